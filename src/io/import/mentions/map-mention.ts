// Turns one raw row (CSV strings or JSON values) into a mention with a mapping, or says why it cannot.
import { formatIso, isoDate } from "../parse-date.ts";
import type { Mention, MentionField, MentionMapping, MentionRecord } from "./mention.ts";

/** Reads a raw value by column name; JSON rows may also resolve "a.b" and "a/b" paths. */
export type ReadValue = (column: string) => unknown;

class Reject extends Error {
  constructor(
    readonly field: MentionField,
    readonly column: string,
    reason: string,
  ) {
    super(reason);
  }
}

/**
 * Applies a mapping to a row. `strict` (JSON) refuses a value of the wrong type instead of converting it: a
 * number where text is expected, a string where a number is. Empty optional values are left undefined; an
 * empty text, a date that does not parse or a number that is not one rejects the row.
 */
export function mapMention(
  line: number,
  read: ReadValue,
  mapping: MentionMapping,
  strict: boolean,
): MentionRecord {
  try {
    const textColumns = Array.isArray(mapping.text) ? mapping.text : [mapping.text];
    const parts: string[] = [];
    for (const column of textColumns) {
      const part = readText(read, column, "text", strict);
      if (part !== undefined && part.trim() !== "") parts.push(part.trim());
    }
    if (parts.length === 0) {
      return { line, column: textColumns.join(", "), field: "text", reason: "the text is empty" };
    }
    const likes = readNumber(read, mapping.likes, "likes", strict);
    const shares = readNumber(read, mapping.shares, "shares", strict);
    const comments = readNumber(read, mapping.comments, "comments", strict);
    let engagement = readNumber(read, mapping.engagement, "engagement", strict);
    if (engagement === undefined && (likes ?? shares ?? comments) !== undefined) {
      engagement = (likes ?? 0) + (shares ?? 0) + (comments ?? 0);
    }
    const mention: Mention = {
      id: readId(read, mapping.id, strict),
      text: parts.join("\n\n"),
      date: readDate(read, mapping.date, strict),
      author: readOptionalText(read, mapping.author, "author", strict),
      source: readOptionalText(read, mapping.source, "source", strict) ?? mapping.sourceName,
      url: readOptionalText(read, mapping.url, "url", strict),
      reach: readNumber(read, mapping.reach, "reach", strict),
      likes,
      shares,
      comments,
      engagement,
      language: readOptionalText(read, mapping.language, "language", strict)?.toLowerCase(),
    };
    return { line, mention };
  } catch (error) {
    if (error instanceof Reject) {
      return { line, column: error.column, field: error.field, reason: error.message };
    }
    throw error;
  }
}

function readText(read: ReadValue, column: string, field: MentionField, strict: boolean): string | undefined {
  const value = read(column);
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return value;
  if (strict) throw new Reject(field, column, `${field} must be text, found ${describe(value)}`);
  return String(value);
}

function readOptionalText(
  read: ReadValue,
  column: string | undefined,
  field: MentionField,
  strict: boolean,
): string | undefined {
  if (column === undefined) return undefined;
  const text = readText(read, column, field, strict)?.trim();
  return text === "" ? undefined : text;
}

function readId(read: ReadValue, column: string | undefined, strict: boolean): string | undefined {
  if (column === undefined) return undefined;
  const value = read(column);
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  const text = readText(read, column, "id", strict)?.trim();
  if (text === undefined || text === "") throw new Reject("id", column, "the id is empty");
  return text;
}

function readDate(read: ReadValue, column: string | undefined, strict: boolean): string | undefined {
  if (column === undefined) return undefined;
  const value = read(column);
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value === "number") {
    // Unix time: seconds below 10^11, milliseconds above.
    const time = value < 1e11 ? value * 1000 : value;
    if (Number.isFinite(time)) return formatIso(time);
  }
  const text = readText(read, column, "date", strict) as string;
  const iso = isoDate(text);
  if (iso === undefined) throw new Reject("date", column, `"${clip(text)}" is not a date`);
  return iso;
}

function readNumber(
  read: ReadValue,
  column: string | undefined,
  field: MentionField,
  strict: boolean,
): number | undefined {
  if (column === undefined) return undefined;
  const value = read(column);
  if (value === undefined || value === null || value === "") return undefined;
  let number: number | undefined;
  if (typeof value === "number") number = value;
  else if (typeof value === "string" && !strict) number = parseCount(value);
  else throw new Reject(field, column, `${field} must be a number, found ${describe(value)}`);
  if (number === undefined || !Number.isFinite(number) || number < 0) {
    throw new Reject(field, column, `${field} must be a number ≥ 0, found "${clip(String(value))}"`);
  }
  return number;
}

/**
 * A count as exports write it: "1234", "1 234" (French thousands), "1,234" (English thousands), "12,5",
 * "1.2k", "3M"; empty text is no value.
 */
export function parseCount(text: string): number | undefined {
  let t = text.trim().replace(/[\s\u00a0\u202f]/g, "");
  if (t === "") return undefined;
  let scale = 1;
  const suffix = /^(.*?)([kKmM])$/.exec(t);
  if (suffix) {
    t = suffix[1] as string;
    scale = /k/i.test(suffix[2] as string) ? 1_000 : 1_000_000;
  }
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replaceAll(",", "");
  else if (/^\d+,\d+$/.test(t)) t = t.replace(",", ".");
  if (!/^\d+(\.\d+)?$/.test(t)) return undefined;
  return Math.round(Number(t) * scale * 1000) / 1000;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return `the text "${clip(value)}"`;
  return `the ${typeof value} ${String(value)}`;
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
