// Streams the records of a CSV or TSV text (comma, semicolon or tab, detected), RFC 4180 quoting, with line numbers.
import { fileError } from "../../../errors.ts";

export type Delimiter = "," | ";" | "\t";

/** One record: its fields and the 1-based line where it starts. */
export interface DelimitedRecord {
  line: number;
  fields: string[];
}

/**
 * The delimiter of a table from its first line: the most frequent of comma, semicolon and tab outside quotes
 * (comma when none appears, so a one-column file reads as CSV).
 */
export function detectDelimiter(firstLine: string): Delimiter {
  const counts = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const c of firstLine) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "," || c === ";" || c === "\t")) counts[c] += 1;
  }
  if (counts["\t"] > 0 && counts["\t"] >= counts[","] && counts["\t"] >= counts[";"]) return "\t";
  return counts[";"] > counts[","] ? ";" : ",";
}

/**
 * Splits text chunks into records. Quoted fields may hold delimiters, doubled quotes and line breaks; text after
 * a closing quote is kept. Blank lines are skipped. A quote still open at the end is an "invalid-file" error
 * naming the line where it opened. The delimiter is detected on the first line unless given.
 */
export async function* delimitedRecords(
  chunks: AsyncIterable<string>,
  name: string,
  delimiter?: Delimiter,
  onDelimiter?: (delimiter: Delimiter) => void,
): AsyncGenerator<DelimitedRecord> {
  let separator = delimiter === undefined ? -1 : delimiter.charCodeAt(0);
  if (delimiter !== undefined) onDelimiter?.(delimiter);
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  let carry = "";
  let head = "";
  const out: DelimitedRecord[] = [];
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && field === "" && !quoted)) out.push({ line: recordLine, fields });
    fields = [];
    field = "";
    quoted = false;
  };
  for await (const piece of chunks) {
    let text = carry + piece;
    carry = "";
    if (separator < 0) {
      head += text;
      const newline = head.indexOf("\n");
      if (newline < 0 && head.length < 1 << 20) continue;
      const detected = detectDelimiter(newline < 0 ? head : head.slice(0, newline));
      onDelimiter?.(detected);
      separator = detected.charCodeAt(0);
      text = head;
      head = "";
    }
    if (text.endsWith("\r")) {
      carry = "\r";
      text = text.slice(0, -1);
    }
    let start = 0;
    let i = 0;
    const n = text.length;
    while (i < n) {
      if (inQuotes) {
        const close = text.indexOf('"', i);
        const end = close < 0 ? n : close;
        for (let at = text.indexOf("\n", i); at >= 0 && at < end; at = text.indexOf("\n", at + 1)) line += 1;
        field += text.slice(i, end);
        if (close < 0) {
          i = n;
          start = n;
          break;
        }
        if (close + 1 >= n) {
          // The quote may be the first of a doubled pair: decide with the next chunk.
          carry = '"';
          i = n;
          start = n;
          break;
        }
        if (text.charCodeAt(close + 1) === 34) {
          field += '"';
          i = close + 2;
        } else {
          inQuotes = false;
          i = close + 1;
        }
        start = i;
        continue;
      }
      const c = text.charCodeAt(i);
      if (c === separator) {
        field += text.slice(start, i);
        fields.push(field);
        field = "";
        quoted = false;
        i += 1;
        start = i;
      } else if (c === 10 || c === 13) {
        field += text.slice(start, i);
        endRecord();
        i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
        line += 1;
        recordLine = line;
        start = i;
      } else if (c === 34 && i === start && field === "" && !quoted) {
        inQuotes = true;
        quoted = true;
        quoteLine = line;
        i += 1;
        start = i;
      } else {
        i += 1;
      }
    }
    if (!inQuotes) field += text.slice(start, n);
    if (out.length > 0) {
      yield* out;
      out.length = 0;
    }
  }
  if (separator < 0 && head !== "") {
    yield* delimitedRecords(single(head), name, detectDelimiter(head), onDelimiter);
    return;
  }
  if (inQuotes && carry !== '"') {
    throw fileError(
      "invalid-file",
      `a quoted field opened on line ${quoteLine} is never closed`,
      name,
      quoteLine,
    );
  }
  if (carry === '"') inQuotes = false;
  if (field !== "" || fields.length > 0 || quoted) endRecord();
  yield* out;
}

async function* single(text: string): AsyncGenerator<string> {
  yield text;
}
