// Reads an uploaded table of mentions (CSV/TSV with detected delimiter, JSON array, JSONL) into rows with line numbers.
import { parse } from "csv-parse/sync";
import { AppError } from "../../errors.ts";

export type UploadFormat = "csv" | "tsv" | "json" | "jsonl" | "paste";

/** One row of an upload: its fields as strings and the 1-based line where it starts. */
export interface UploadRow {
  line: number;
  fields: Record<string, string>;
}

export interface UploadTable {
  format: UploadFormat;
  columns: string[];
  rows: UploadRow[];
}

/** UTF-8 text of the upload without its byte-order mark; other encodings are refused, naming the first bad byte. */
export function decodeUpload(content: Buffer, fileName: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(content);
  } catch {
    const text = content.toString("latin1");
    const bad = content.findIndex((byte, i) => byte >= 0x80 && !validUtf8At(content, i));
    const before = text.slice(0, Math.max(0, bad));
    const line = before.split("\n").length;
    const column = bad - before.lastIndexOf("\n");
    throw new AppError(
      "invalid-file",
      "the file is not UTF-8 text (save it as UTF-8, e.g. from a spreadsheet's CSV UTF-8 export)",
      { where: `${fileName}:${line}:${column}`, field: "file" },
    );
  }
}

function validUtf8At(content: Buffer, i: number): boolean {
  for (let start = Math.max(0, i - 3); start <= i; start++) {
    const lead = content[start] ?? 0;
    const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    if (length > 1 && start + length > i) {
      try {
        new TextDecoder("utf-8", { fatal: true }).decode(content.subarray(start, start + length));
        return true;
      } catch {
        /* try the next start */
      }
    }
  }
  return false;
}

/** Guesses the format from the name, then from the first character and the delimiters of the first line. */
export function formatOf(text: string, fileName: string): UploadFormat {
  const name = fileName.toLowerCase();
  if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) return "jsonl";
  if (name.endsWith(".json")) return text.trimStart().startsWith("[") ? "json" : "jsonl";
  if (name.endsWith(".tsv")) return "tsv";
  const start = text.trimStart();
  if (start.startsWith("[")) return "json";
  if (start.startsWith("{")) return "jsonl";
  return "csv";
}

/** The delimiter of a CSV: the most frequent of comma, semicolon and tab on the header line. */
export function delimiterOf(text: string): string {
  const header = text.slice(0, text.indexOf("\n") >= 0 ? text.indexOf("\n") : text.length);
  const counts = [",", ";", "\t"].map((d) => [d, header.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]?.[1] ? counts[0][0] : ",";
}

/** Reads the whole upload; `limit` stops after that many rows (for the preview). */
export function readUpload(content: Buffer, fileName: string, limit = Number.POSITIVE_INFINITY): UploadTable {
  const text = decodeUpload(content, fileName).replace(/^\uFEFF/, "");
  if (text.trim() === "")
    throw new AppError("empty-input", "the file is empty", { where: fileName, field: "file" });
  const format = formatOf(text, fileName);
  if (format === "json") return readJsonArray(text, fileName, limit);
  if (format === "jsonl") return readJsonl(text, fileName, limit);
  return readCsv(text, fileName, format === "tsv" ? "\t" : delimiterOf(text), limit, format);
}

/** Pasted text: one mention per non-empty line, under the single column `text`. */
export function readPaste(text: string): UploadTable {
  const rows: UploadRow[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() !== "") rows.push({ line: i + 1, fields: { text: line.trim() } });
  });
  if (rows.length === 0) throw new AppError("empty-input", "nothing was pasted", { field: "text" });
  return { format: "paste", columns: ["text"], rows };
}

function readCsv(
  text: string,
  fileName: string,
  delimiter: string,
  limit: number,
  format: UploadFormat,
): UploadTable {
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, {
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      to_line: Number.isFinite(limit) ? limit + 50 : undefined,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (error) {
    const e = error as { lines?: number; column?: number; message?: string };
    throw new AppError("invalid-file", `unreadable CSV: ${e.message ?? "parse error"}`, {
      where: `${fileName}:${e.lines ?? 1}${e.column === undefined ? "" : `:${e.column}`}`,
      field: "file",
    });
  }
  const [header, ...body] = records;
  if (!header)
    throw new AppError("empty-input", "the file has no header row", { where: fileName, field: "file" });
  const columns = header.record.map((c) => c.trim());
  const rows = body.slice(0, Number.isFinite(limit) ? limit : undefined).map(({ record, info }) => {
    const fields: Record<string, string> = {};
    columns.forEach((column, i) => {
      fields[column] = record[i] ?? "";
    });
    return { line: info.lines, fields };
  });
  return { format, columns, rows };
}

function fieldsOf(value: unknown, fileName: string, line: number): Record<string, string> {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw new AppError("invalid-file", "each record must be a JSON object", { where: `${fileName}:${line}` });
  const fields: Record<string, string> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>))
    fields[key] = v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v);
  return fields;
}

function columnsOf(rows: UploadRow[]): string[] {
  const seen = new Set<string>();
  for (const row of rows.slice(0, 100)) for (const key of Object.keys(row.fields)) seen.add(key);
  return [...seen];
}

function readJsonl(text: string, fileName: string, limit: number): UploadTable {
  const rows: UploadRow[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length && rows.length < limit; i++) {
    const raw = (lines[i] ?? "").trim();
    if (raw === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      throw new AppError("invalid-file", `unreadable JSON: ${(error as Error).message}`, {
        where: `${fileName}:${i + 1}`,
        field: "file",
      });
    }
    rows.push({ line: i + 1, fields: fieldsOf(value, fileName, i + 1) });
  }
  return { format: "jsonl", columns: columnsOf(rows), rows };
}

function readJsonArray(text: string, fileName: string, limit: number): UploadTable {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new AppError("invalid-file", `unreadable JSON: ${(error as Error).message}`, {
      where: fileName,
      field: "file",
    });
  }
  if (!Array.isArray(value))
    throw new AppError("invalid-file", "a JSON upload must be an array of objects", { where: fileName });
  // Records are numbered from 1, as "line" of the report.
  const rows = value
    .slice(0, Number.isFinite(limit) ? limit : undefined)
    .map((record, i) => ({ line: i + 1, fields: fieldsOf(record, fileName, i + 1) }));
  return { format: "json", columns: columnsOf(rows), rows };
}
