// The frame of an audit (brand, competitors, language) and the mentions it reads.
import type { AuditLanguage } from "./analyze-mentions.ts";
import type { DimensionLexicon } from "./dimensions.ts";
import type { Interval } from "./spikes.ts";

/** What the audit looks at. */
export interface AuditFrame {
  brand: { name: string; query: string };
  competitors: Array<{ name: string; query: string }>;
  language: AuditLanguage;
  /** Volume buckets and spike detection (default "day"). */
  interval?: Interval;
  lexicon?: DimensionLexicon;
  /** Topics: number of groups or "auto" (default: auto up to 100,000 mentions, then 20). */
  k?: number | "auto";
  seed?: number;
}

/** One mention as the audit needs it. */
export interface AuditMention {
  id: string;
  text: string;
  /** UTC milliseconds or ISO 8601; absent when unknown. */
  date?: number | string | undefined;
  author?: string | undefined;
  source?: string | undefined;
  reach?: number | undefined;
  engagement?: number | undefined;
  language?: string | undefined;
}

/** A brand or competitor query that cannot be read: which one, and where. */
export class AuditFrameError extends Error {
  constructor(
    message: string,
    readonly field: "brand" | "competitor",
    readonly index: number,
    readonly column: number,
  ) {
    super(message);
    this.name = "AuditFrameError";
  }
}

export function timeOf(date: number | string | undefined): number {
  if (date === undefined) return Number.NaN;
  if (typeof date === "number") return date;
  const time = Date.parse(date);
  return Number.isNaN(time) ? Number.NaN : time;
}

export function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

export function roundOrNull(value: number | null): number | null {
  return value === null ? null : round(value);
}
