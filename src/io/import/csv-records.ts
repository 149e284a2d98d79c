// Fast reading of large machine-written CSV files whose records each fit on one line (e.g. Pol.is votes.csv).
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { AppError, fileError } from "../../errors.ts";

export interface CsvRecordsOptions {
  /** Columns that must exist in the header. */
  required?: string[];
  onBytes?: (bytesRead: number, totalBytes: number) => void;
}

/** Thrown when a quoted field spans lines: the caller falls back to the general CSV reader. */
export class MultilineRecord extends Error {}

/**
 * Calls `onRecord` for every data row of a UTF-8 CSV file, synchronously within each 1 MiB chunk, with the row's
 * fields and its 1-based line. About 10× faster than a streaming CSV parser with one await per row, which matters
 * for votes.csv files of millions of rows. Handles quoted fields ("a,b", doubled quotes) on one line; throws
 * MultilineRecord when a quoted field continues on the next line, so the caller can use the general reader.
 * Errors: AppError with file:line for bad UTF-8, a missing column, a row with the wrong number of fields.
 */
export async function forEachCsvRecord(
  file: string,
  onHeader: (columns: string[]) => void,
  onRecord: (fields: string[], line: number) => void,
  options: CsvRecordsOptions = {},
): Promise<void> {
  const name = basename(file);
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch {
    throw new AppError("invalid-file", `cannot read ${file}: no such file`, { where: file });
  }
  if (size === 0) throw fileError("empty-input", "the file is empty", name);
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let pending = "";
  let line = 0;
  let columns: string[] | undefined;
  let bytes = 0;
  let first = true;
  let records = 0;
  const handle = (text: string) => {
    if (text.trim() === "") return;
    const fields = splitLine(text, name, line);
    if (!columns) {
      columns = fields.map((f) => f.trim());
      for (const column of options.required ?? []) {
        if (!columns.includes(column)) {
          throw new AppError(
            "missing-column",
            `column "${column}" not found (columns: ${columns.join(", ")})`,
            {
              where: `${name}:1`,
              field: column,
            },
          );
        }
      }
      onHeader(columns);
      return;
    }
    if (fields.length !== columns.length) {
      throw fileError(
        "invalid-file",
        `cannot read this CSV row: expected ${columns.length} fields, found ${fields.length}`,
        name,
        line,
      );
    }
    records += 1;
    onRecord(fields, line);
  };
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    const buffer = chunk as Buffer;
    bytes += buffer.length;
    let text: string;
    try {
      text = decoder.decode(buffer, { stream: true });
    } catch {
      throw fileError("invalid-file", "the file is not valid UTF-8 text (save it as UTF-8)", name, line + 1);
    }
    if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    first = false;
    text = pending + text;
    let start = 0;
    for (let end = text.indexOf("\n", start); end >= 0; end = text.indexOf("\n", start)) {
      line += 1;
      handle(text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end));
      start = end + 1;
    }
    pending = text.slice(start);
    options.onBytes?.(bytes, size);
  }
  if (pending !== "") {
    line += 1;
    handle(pending.endsWith("\r") ? pending.slice(0, -1) : pending);
  }
  if (!columns || records === 0) throw fileError("empty-input", "the file has no data rows", name);
}

/** Splits one CSV line into fields (RFC 4180 quoting within the line). */
function splitLine(text: string, name: string, line: number): string[] {
  if (!text.includes('"')) return text.split(",");
  const fields: string[] = [];
  let i = 0;
  while (i <= text.length) {
    if (text.charCodeAt(i) === 34) {
      let value = "";
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) throw new MultilineRecord(`${name}:${line}`);
        value += text.slice(j, q);
        if (text.charCodeAt(q + 1) === 34) {
          value += '"';
          j = q + 2;
          continue;
        }
        j = q + 1;
        break;
      }
      fields.push(value);
      if (j < text.length && text.charCodeAt(j) !== 44) {
        throw fileError(
          "invalid-file",
          "cannot read this CSV row: text after a closing quote",
          name,
          line,
          j + 1,
        );
      }
      i = j + 1;
    } else {
      const comma = text.indexOf(",", i);
      const end = comma < 0 ? text.length : comma;
      fields.push(text.slice(i, end));
      i = end + 1;
    }
  }
  return fields;
}
