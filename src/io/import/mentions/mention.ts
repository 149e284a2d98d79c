// A mention as read from an export, the column mapping that produces it, and a rejected row.

/** One thing said about an organization, read from a row of an export. */
export interface Mention {
  /** The id column's value; undefined when no id column is mapped. */
  id: string | undefined;
  text: string;
  /** ISO 8601 in UTC. */
  date: string | undefined;
  author: string | undefined;
  source: string | undefined;
  url: string | undefined;
  reach: number | undefined;
  likes: number | undefined;
  shares: number | undefined;
  comments: number | undefined;
  /** The engagement column, else likes + shares + comments (those present), else undefined. */
  engagement: number | undefined;
  language: string | undefined;
}

/** The fields a mapping may fill, and what each holds. */
export const mentionFields = [
  "text",
  "id",
  "date",
  "author",
  "source",
  "url",
  "reach",
  "likes",
  "shares",
  "comments",
  "engagement",
  "language",
] as const;

export type MentionField = (typeof mentionFields)[number];

export const numericFields = ["reach", "likes", "shares", "comments", "engagement"] as const;

/**
 * Which column feeds which field. `text` may name several columns (a title and a body), joined with a blank
 * line. A JSON key may be a path ("author.name" or Decidim's "author/name"). `sourceName` gives every mention the
 * same source when the export has no channel column (e.g. "Decidim").
 */
export interface MentionMapping {
  text: string | string[];
  id?: string;
  date?: string;
  author?: string;
  source?: string;
  url?: string;
  reach?: string;
  likes?: string;
  shares?: string;
  comments?: string;
  engagement?: string;
  language?: string;
  sourceName?: string;
}

/** A row read and mapped. */
export interface MentionRow {
  line: number;
  mention: Mention;
}

/**
 * A row left out, with why: the field and the column (its name in a table, its character position in a JSON
 * line) when one value is at fault.
 */
export interface MentionRejection {
  line: number;
  column?: string | number;
  field?: MentionField;
  reason: string;
}

export type MentionRecord = MentionRow | MentionRejection;

/** Whether a record is a rejection. */
export function isRejection(record: MentionRecord): record is MentionRejection {
  return "reason" in record;
}
