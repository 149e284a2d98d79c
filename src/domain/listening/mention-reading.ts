// The machine's reading of one mention (language, polarity, emotions, dimensions) and which frame queries it matches.
// A bridge from the listening use cases to the analysis engines (sentiment, query language, dimension lexicons).
import { createHash } from "node:crypto";
import { dimensionNames, dimensionsOf } from "../../analysis/listening/dimensions.ts";
import { prepareText } from "../../analysis/listening/match-tokens.ts";
import { matchQuery, parseQuery, type Query, QuerySyntaxError } from "../../analysis/listening/query.ts";
import { scoreSentiment } from "../../analysis/sentiment/score-sentiment.ts";
import { detectLanguage } from "../../analysis/text/detect-language.ts";
import type { FrameQuery, ListeningFrame } from "../../db/schema/listening.ts";
import { AppError } from "../../errors.ts";

export type MentionPolarity = "positive" | "neutral" | "negative";

export type { DimensionName } from "../../analysis/listening/dimensions.ts";
export { dimensionNames };

/** Versions frozen with a snapshot, so a re-audit says whether the machine changed in between. */
export const engineVersion = "sentiment-linear-1";
export const lexiconVersion = "dimensions-1";

/** Lowercase, accents folded, spacing collapsed: the form queries, rules and dimensions are matched on. */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** sha1 of the text without links, punctuation, case, accents and spacing: near-identical mentions share it. */
export function textHashOf(text: string): string {
  const core = foldText(text.replace(/https?:\/\/\S+/g, " "))
    .replace(/[^\p{L}\p{N}@#]+/gu, " ")
    .trim();
  return createHash("sha1").update(core).digest("hex");
}

export interface MachineReading {
  language: string;
  polarity: MentionPolarity;
  score: number;
  emotions: Record<string, number>;
  dimensions: string[];
}

/** Reads one mention; `language` "auto" detects it. */
export function readMention(text: string, language: string): MachineReading {
  const detected = language === "auto" || language === "" ? detectLanguage(text) : language;
  const lang = detected === "en" ? "en" : "fr";
  const sentiment = scoreSentiment(text, lang);
  const dimensions = dimensionsOf(prepareText(text));
  return {
    language: detected === "unknown" ? lang : detected,
    polarity: sentiment.polarity,
    score: sentiment.score,
    emotions: sentiment.emotions,
    dimensions,
  };
}

/** Parses a frame query with the listening query language; a syntax error names `field` and its column. */
export function parseFrameQuery(query: string, field: string): Query {
  try {
    return parseQuery(query);
  } catch (error) {
    if (error instanceof QuerySyntaxError)
      throw new AppError("invalid-input", `${error.message} (column ${error.column} of "${query}")`, {
        field,
        details: { column: error.column },
      });
    throw error;
  }
}

/** A compiled frame: tells which named queries a mention matches and whether it is in the frame's scope. */
export interface FrameMatcher {
  names: string[];
  brandsOf(text: string, language?: string): string[];
  inScope(mention: { source: string; language: string; day: string }): boolean;
}

/** Compiles the frame (validating each query, naming its field) into a matcher. */
export function compileFrame(frame: ListeningFrame): FrameMatcher {
  const queries: Array<FrameQuery & { parsed: Query }> = [
    { ...frame.brand, parsed: parseFrameQuery(frame.brand.query, "brand.query") },
    ...frame.competitors.map((c, i) => ({
      ...c,
      parsed: parseFrameQuery(c.query, `competitors/${i}/query`),
    })),
  ];
  const sources = new Set(frame.sources);
  return {
    names: queries.map((q) => q.name),
    brandsOf(text, language) {
      const prepared = prepareText(text, language);
      return queries.filter((q) => matchQuery(q.parsed, prepared)).map((q) => q.name);
    },
    inScope(mention) {
      if (sources.size > 0 && !sources.has(mention.source)) return false;
      if (frame.language !== "auto" && mention.language !== frame.language) return false;
      if (frame.periodStart && mention.day < frame.periodStart) return false;
      if (frame.periodEnd && mention.day > frame.periodEnd) return false;
      return true;
    },
  };
}
