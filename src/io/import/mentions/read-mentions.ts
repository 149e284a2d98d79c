// Reads mentions from a CSV/TSV, JSON array or JSONL export with a column mapping, streaming, with line numbers.
import { extname } from "node:path";
import { AppError } from "../../../errors.ts";
import type { ByteSource } from "./byte-source.ts";
import { decodeText } from "./decode-text.ts";
import { type Delimiter, delimitedRecords } from "./delimited-records.ts";
import { jsonArrayRecords, jsonlRecords } from "./json-records.ts";
import { mapMention } from "./map-mention.ts";
import type { MentionMapping, MentionRecord } from "./mention.ts";

export type MentionFormat = "csv" | "json" | "jsonl";

export interface ReadMentionsOptions {
  mapping: MentionMapping;
  /** Default: from the extension (.json, .jsonl/.ndjson, else CSV), then from the first character. */
  format?: MentionFormat;
  /** CSV only; default detected from the header line. */
  delimiter?: Delimiter;
  onBytes?: (bytesRead: number, totalBytes: number) => void;
}

/** The format a name suggests; JSON files whose first character is "{" are read as JSONL. */
export function formatOf(name: string): MentionFormat {
  const ext = extname(name).toLowerCase();
  if (ext === ".jsonl" || ext === ".ndjson") return "jsonl";
  if (ext === ".json") return "json";
  return "csv";
}

/** The text chunks of a source, and the format once the first character is seen. */
export async function openText(
  source: ByteSource,
  format: MentionFormat | undefined,
  onBytes?: ReadMentionsOptions["onBytes"],
): Promise<{ format: MentionFormat; chunks: AsyncIterable<string> }> {
  const iterator = decodeText(source, onBytes)[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) throw new AppError("empty-input", "the file is empty", { where: source.name });
  const head = first.value;
  let chosen = format ?? formatOf(source.name);
  const start = head.trimStart()[0];
  if (format === undefined && chosen === "json" && start === "{") chosen = "jsonl";
  if (
    format === undefined &&
    chosen === "csv" &&
    (start === "[" || start === "{") &&
    /\.(txt|dat)$|^[^.]*$/i.test(source.name)
  ) {
    chosen = start === "[" ? "json" : "jsonl";
  }
  async function* chunks(): AsyncGenerator<string> {
    yield head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { format: chosen, chunks: chunks() };
}

function jsonValueOf(value: Record<string, unknown>): (column: string) => unknown {
  return (column) => {
    if (column in value) return value[column];
    const path = column.split(/[./]/);
    let at: unknown = value;
    for (const key of path) {
      if (at === null || typeof at !== "object") return undefined;
      at = (at as Record<string, unknown>)[key];
    }
    return at;
  };
}

/** The columns a mapping names. */
function mappedColumns(mapping: MentionMapping): Array<{ field: string; column: string }> {
  const out: Array<{ field: string; column: string }> = [];
  for (const [field, column] of Object.entries(mapping)) {
    if (field === "sourceName" || column === undefined) continue;
    for (const one of Array.isArray(column) ? column : [column]) out.push({ field, column: one as string });
  }
  return out;
}

/**
 * Yields `{ line, mention }` for every usable row and `{ line, column?, field?, reason }` for every row left out
 * (wrong number of fields, empty text, a date or number that does not parse, a JSON value of the wrong type).
 * Only one chunk and one row are in memory at a time. Stops with an AppError at file:line:column for what makes
 * the whole file unreadable: another encoding than UTF-8, a quote never closed, a broken JSON array, a mapped
 * column missing from the header ("missing-column", naming the field), or no row at all ("empty-input").
 */
export async function* readMentions(
  source: ByteSource,
  options: ReadMentionsOptions,
): AsyncGenerator<MentionRecord> {
  const { format, chunks } = await openText(source, options.format, options.onBytes);
  let rows = 0;
  if (format === "csv") {
    let header: string[] | undefined;
    let index = new Map<string, number>();
    for await (const record of delimitedRecords(chunks, source.name, options.delimiter)) {
      if (!header) {
        header = record.fields.map((field) => field.trim());
        index = new Map(header.map((column, at) => [column, at] as const));
        for (const { field, column } of mappedColumns(options.mapping)) {
          if (!index.has(column)) {
            throw new AppError(
              "missing-column",
              `column "${column}" (for ${field}) not found; the columns are: ${header.join(", ")}`,
              { where: `${source.name}:${record.line}`, field },
            );
          }
        }
        continue;
      }
      rows += 1;
      if (record.fields.length !== header.length) {
        yield {
          line: record.line,
          reason: `expected ${header.length} fields, found ${record.fields.length}`,
        };
        continue;
      }
      const fields = record.fields;
      yield mapMention(record.line, (column) => fields[index.get(column) as number], options.mapping, false);
    }
  } else {
    const records = format === "jsonl" ? jsonlRecords(chunks) : jsonArrayRecords(chunks, source.name);
    for await (const record of records) {
      rows += 1;
      if ("reason" in record) {
        yield record;
        continue;
      }
      yield mapMention(record.line, jsonValueOf(record.value), options.mapping, true);
    }
  }
  if (rows === 0) throw new AppError("empty-input", "the file has no rows", { where: source.name });
}
