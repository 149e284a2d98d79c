// The column-mapping step: a file's columns (or JSON keys), its first rows, and the preset that fits it.
import type { ByteSource } from "./byte-source.ts";
import { type Delimiter, delimitedRecords } from "./delimited-records.ts";
import { jsonArrayRecords, jsonlRecords } from "./json-records.ts";
import type { MentionMapping } from "./mention.ts";
import { resolvePreset, suggestPreset } from "./mention-presets.ts";
import { type MentionFormat, openText } from "./read-mentions.ts";

export interface MentionPreview {
  format: MentionFormat;
  delimiter?: Delimiter;
  /** Header columns (CSV) or the keys of the first objects, in order of appearance (JSON). */
  columns: string[];
  /** The first rows as text by column, with their lines. */
  rows: Array<{ line: number; values: Record<string, string> }>;
  /** The best-fitting preset's name and the mapping it gives, when one fits. */
  preset?: string;
  mapping?: MentionMapping;
}

/**
 * Reads only the start of a source: the columns and the first `rows` rows (default 10), for the mapping step.
 * Nested JSON values are shown as JSON text. Errors as readMentions (encoding, broken structure, empty file).
 */
export async function previewMentions(
  source: ByteSource,
  options: { rows?: number; format?: MentionFormat } = {},
): Promise<MentionPreview> {
  const wanted = options.rows ?? 10;
  const { format, chunks } = await openText(source, options.format);
  const preview: MentionPreview = { format, columns: [], rows: [] };
  if (format === "csv") {
    let header: string[] | undefined;
    const onDelimiter = (delimiter: Delimiter) => {
      preview.delimiter = delimiter;
    };
    for await (const record of delimitedRecords(chunks, source.name, undefined, onDelimiter)) {
      if (!header) {
        header = record.fields.map((field) => field.trim());
        preview.columns = header;
        continue;
      }
      const values: Record<string, string> = {};
      header.forEach((column, at) => {
        values[column] = record.fields[at] ?? "";
      });
      preview.rows.push({ line: record.line, values });
      if (preview.rows.length >= wanted) break;
    }
  } else {
    const keys = new Set<string>();
    const records = format === "jsonl" ? jsonlRecords(chunks) : jsonArrayRecords(chunks, source.name);
    for await (const record of records) {
      if ("reason" in record) continue;
      const values: Record<string, string> = {};
      for (const [key, value] of Object.entries(record.value)) {
        keys.add(key);
        values[key] = typeof value === "string" ? value : value === null ? "" : JSON.stringify(value);
      }
      preview.rows.push({ line: record.line, values });
      if (preview.rows.length >= wanted) break;
    }
    preview.columns = [...keys];
  }
  const preset = suggestPreset(preview.columns);
  const mapping = preset && resolvePreset(preset, preview.columns);
  if (preset && mapping) {
    preview.preset = preset.name;
    preview.mapping = mapping;
  }
  return preview;
}
