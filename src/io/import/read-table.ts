// Streams rows of a UTF-8 CSV (header row) or JSONL file, with line numbers for error messages.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import { parse } from "csv-parse";
import { AppError, fileError } from "../../errors.ts";

export type TableFormat = "csv" | "jsonl";

/** One input row: its fields as strings, and the 1-based line where it starts. */
export interface TableRow {
  line: number;
  fields: Record<string, string>;
}

export interface ReadTableOptions {
  /**
   * Columns that must exist in the header (CSV) or first record (JSONL): the columns the caller reads. In JSONL each
   * must hold a JSON string (or null, read as ""): a number, boolean, object or array is refused with its line and
   * field rather than turned into text.
   */
  required?: string[];
  /** Columns among `required` that may also hold an integer in JSONL (ids, Unix times), read as its digits. */
  integers?: string[];
  /** Called with the bytes read so far, for progress bars. */
  onBytes?: (bytesRead: number, totalBytes: number) => void;
  format?: TableFormat;
}

/** Guesses the format from the extension: .jsonl/.ndjson/.json are JSONL, anything else CSV. */
export function tableFormatOf(file: string): TableFormat {
  const ext = extname(file).toLowerCase();
  return ext === ".jsonl" || ext === ".ndjson" || ext === ".json" ? "jsonl" : "csv";
}

/**
 * Reads a table file row by row without holding it in memory.
 * Throws AppError with file:line:column for bad encoding, unreadable rows, missing columns or an empty file.
 */
export async function* readTable(file: string, options: ReadTableOptions = {}): AsyncGenerator<TableRow> {
  const name = basename(file);
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch {
    throw new AppError("invalid-file", `cannot read ${file}: no such file`, { where: file });
  }
  if (size === 0) throw fileError("empty-input", "the file is empty", name);
  const format = options.format ?? tableFormatOf(file);
  const rows = format === "csv" ? readCsv(file, name, size, options) : readJsonl(file, name, size, options);
  let count = 0;
  for await (const row of rows) {
    if (count === 0) checkColumns(row, name, options.required ?? []);
    count += 1;
    yield row;
  }
  if (count === 0) throw fileError("empty-input", "the file has no data rows", name);
}

function checkColumns(row: TableRow, name: string, required: string[]): void {
  for (const column of required) {
    if (!(column in row.fields)) {
      const present = Object.keys(row.fields).join(", ");
      throw new AppError("missing-column", `column "${column}" not found (columns: ${present})`, {
        where: `${name}:1`,
        field: column,
      });
    }
  }
}

/** Decodes chunks as strict UTF-8, so a Latin-1 file fails with its line instead of producing mojibake. */
async function* decodedChunks(
  file: string,
  name: string,
  size: number,
  onBytes: ReadTableOptions["onBytes"],
): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let bytes = 0;
  let lines = 1;
  let first = true;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    const buffer = chunk as Buffer;
    bytes += buffer.length;
    let text: string;
    try {
      text = decoder.decode(buffer, { stream: true });
    } catch {
      const badLine = lines + countNewlines(firstInvalidPrefix(buffer));
      throw fileError("invalid-file", "the file is not valid UTF-8 text (save it as UTF-8)", name, badLine);
    }
    if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    first = false;
    lines += countNewlines(text);
    onBytes?.(bytes, size);
    yield text;
  }
}

function countNewlines(text: string | Buffer): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = typeof text === "string" ? text.charCodeAt(i) : text[i];
    if (c === 10) n++;
  }
  return n;
}

/** The longest valid UTF-8 prefix of a buffer, to locate the line of the first bad byte. */
function firstInvalidPrefix(buffer: Buffer): Buffer {
  let lo = 0;
  let hi = buffer.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(buffer.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return buffer.subarray(0, lo);
}

async function* readCsv(
  file: string,
  name: string,
  size: number,
  options: ReadTableOptions,
): AsyncGenerator<TableRow> {
  const parser = parse({ columns: true, skip_empty_lines: true, relax_column_count: false, info: true });
  const source = decodedChunks(file, name, size, options.onBytes);
  const feed = (async () => {
    try {
      for await (const text of source) {
        if (!parser.write(text)) await new Promise((resolve) => parser.once("drain", resolve));
      }
      parser.end();
    } catch (error) {
      parser.destroy(error as Error);
    }
  })();
  try {
    for await (const item of parser as AsyncIterable<{
      record: Record<string, string>;
      info: { lines: number };
    }>) {
      yield { line: item.info.lines, fields: item.record };
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const e = error as { code?: string; lines?: number; message?: string; column?: number | string };
    throw fileError("invalid-file", `cannot read this CSV row: ${e.message ?? String(error)}`, name, e.lines);
  }
  await feed;
}

async function* readJsonl(
  file: string,
  name: string,
  size: number,
  options: ReadTableOptions,
): AsyncGenerator<TableRow> {
  const read = new Set(options.required ?? []);
  const integers = new Set(options.integers ?? []);
  let pending = "";
  let line = 0;
  for await (const text of decodedChunks(file, name, size, options.onBytes)) {
    pending += text;
    const parts = pending.split("\n");
    pending = parts.pop() ?? "";
    for (const part of parts) {
      line += 1;
      const row = parseJsonLine(part, name, line, read, integers);
      if (row) yield row;
    }
  }
  line += 1;
  const last = parseJsonLine(pending, name, line, read, integers);
  if (last) yield last;
}

/** The JSON type of a value as a reader of the file would name it. */
function jsonType(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "number") return "a number";
  if (typeof value === "boolean") return "a boolean";
  return typeof value;
}

/**
 * Turns one JSONL value into a field: strings as they are, null as "", integers where allowed as their digits.
 * Anything else is refused: silently writing `{"a":1}` or `12.5` into a text would store what nobody wrote.
 */
function readJsonField(
  value: unknown,
  key: string,
  read: ReadonlySet<string>,
  integers: ReadonlySet<string>,
  where: { name: string; line: number },
): string | undefined {
  if (typeof value === "string") return value;
  if (value === null) return "";
  if (integers.has(key) && Number.isSafeInteger(value)) return String(value);
  if (!read.has(key)) return undefined;
  const expected = integers.has(key) ? "a JSON string or an integer" : "a JSON string";
  throw new AppError(
    "invalid-input",
    `field "${key}" must be ${expected}, got ${jsonType(value)} (write it in quotes if it is text)`,
    { where: `${where.name}:${where.line}`, field: key },
  );
}

function parseJsonLine(
  text: string,
  name: string,
  line: number,
  read: ReadonlySet<string>,
  integers: ReadonlySet<string>,
): TableRow | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (error) {
    const match = /position (\d+)/.exec((error as Error).message);
    const column = match ? Number(match[1]) + 1 : undefined;
    throw fileError("invalid-file", "this line is not valid JSON", name, line, column);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw fileError("invalid-file", "each line must be a JSON object", name, line, 1);
  }
  // Fields the caller does not read may hold anything; they are left out rather than turned into text.
  const fields: Record<string, string> = {};
  for (const [key, field] of Object.entries(value)) {
    const taken = readJsonField(field, key, read, integers, { name, line });
    if (taken !== undefined) fields[key] = taken;
  }
  return { line, fields };
}
