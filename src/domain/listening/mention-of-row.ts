// One row of an upload → a mention ready for the engine, or the reason it is rejected (naming the field).
import type { ColumnMapping, RejectedRow } from "../../db/schema/listening.ts";
import { textHashOf } from "./mention-reading.ts";
import type { UploadRow } from "./read-upload.ts";

/** Longest mention kept, in characters; longer ones are rejected rather than cut. */
export const maxMentionLength = 20_000;

/** Reads a date: ISO 8601, a Unix time in seconds or milliseconds, or a French day "31/12/2025 [hh:mm]". */
export function parseMentionDate(value: string): Date | undefined {
  const text = value.trim();
  if (/^\d{9,13}$/.test(text)) {
    const n = Number(text);
    return new Date(text.length > 11 ? n : n * 1000);
  }
  const fr = text.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T](\d{1,2}):(\d{2}))?$/);
  if (fr) {
    const [, d, m, y, hh, mm] = fr;
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d), Number(hh ?? 0), Number(mm ?? 0)));
    return Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(d) ? undefined : date;
  }
  if (!/^\d{4}-\d{2}-\d{2}/.test(text) && !/[a-z]{3},? \d{1,2} [a-z]{3}/i.test(text)) return undefined;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function count(value: string | undefined, field: string): number | string {
  if (value === undefined || value.trim() === "") return 0;
  const n = Number(value.replace(/[\s\u202f]/g, ""));
  return Number.isInteger(n) && n >= 0 ? n : `${field} must be a whole number ≥ 0, not "${value}"`;
}

/** A row read and checked, before the engine reads it; `language` may be "auto". */
export interface ParsedMention {
  line: number;
  externalId: string | null;
  textHash: string;
  text: string;
  publishedAt: Date;
  day: string;
  author: string | null;
  source: string;
  channel: string;
  url: string | null;
  reach: number;
  likes: number;
  shares: number;
  comments: number;
  language: string;
}

/** One row → a mention, or the reason it is rejected (naming the field). */
export function mentionOfRow(
  row: UploadRow,
  mapping: ColumnMapping,
  now: Date,
): { mention: ParsedMention } | RejectedRow {
  const get = (field: keyof ColumnMapping) => {
    const column = mapping[field];
    return column === undefined ? undefined : row.fields[column];
  };
  const text = (get("text") ?? "").trim();
  if (text === "") return { line: row.line, reason: "the text is empty", field: "text" };
  if (text.length > maxMentionLength)
    return {
      line: row.line,
      reason: `the text is longer than ${maxMentionLength} characters`,
      field: "text",
    };
  const rawDate = get("date");
  const publishedAt =
    rawDate === undefined || rawDate.trim() === ""
      ? mapping.date
        ? undefined
        : now
      : parseMentionDate(rawDate);
  if (!publishedAt)
    return { line: row.line, reason: `the date "${rawDate ?? ""}" is not understood`, field: "date" };
  const numbers: Record<"reach" | "likes" | "shares" | "comments", number> = {
    reach: 0,
    likes: 0,
    shares: 0,
    comments: 0,
  };
  for (const field of ["reach", "likes", "shares", "comments"] as const) {
    const n = count(get(field), field);
    if (typeof n === "string") return { line: row.line, reason: n, field };
    numbers[field] = n;
  }
  const externalId = get("id")?.trim() || null;
  return {
    mention: {
      line: row.line,
      externalId,
      textHash: textHashOf(text),
      text,
      publishedAt,
      day: publishedAt.toISOString().slice(0, 10),
      author: get("author")?.trim() || null,
      source: get("source")?.trim() ?? "",
      channel: get("channel")?.trim() ?? "",
      url: get("url")?.trim() || null,
      ...numbers,
      language: get("language")?.trim().toLowerCase().slice(0, 2) || "auto",
    },
  };
}
