// The machine's reading of one mention (language, polarity, emotions, dimensions) and which frame queries it matches.
// A bridge to the analysis engines: the listening engine's query and dimension modules take its place when they land.
import { createHash } from "node:crypto";
import { scoreSentiment } from "../../analysis/sentiment/score-sentiment.ts";
import { detectLanguage } from "../../analysis/text/detect-language.ts";
import type { FrameQuery, ListeningFrame } from "../../db/schema/listening.ts";
import { AppError } from "../../errors.ts";

export type MentionPolarity = "positive" | "neutral" | "negative";

/** The seven reputation dimensions, in the order the dashboard shows them. */
export const dimensionNames = [
  "products-services",
  "innovation",
  "workplace",
  "governance",
  "citizenship",
  "leadership",
  "performance",
] as const;
export type DimensionName = (typeof dimensionNames)[number];

/** Versions frozen with a snapshot, so a re-audit says whether the machine changed in between. */
export const engineVersion = "sentiment-linear-1";
export const lexiconVersion = "dimensions-seed-1";

/** Seed keywords per dimension (French and English, accents folded, matched as word prefixes); CC0, editable. */
const dimensionWords: Record<DimensionName, readonly string[]> = {
  "products-services": [
    "service",
    "produit",
    "accueil",
    "qualite",
    "prix",
    "tarif",
    "product",
    "price",
    "guichet",
    "bus",
    "tram",
    "piscine",
    "mediatheque",
    "marche",
    "dechet",
    "proprete",
    "voirie",
    "stationnement",
  ],
  innovation: [
    "innov",
    "numerique",
    "nouveau",
    "nouvelle",
    "moderne",
    "appli",
    "digital",
    "startup",
    "technolog",
    "experiment",
  ],
  workplace: [
    "agent",
    "salarie",
    "employe",
    "recrut",
    "emploi",
    "greve",
    "personnel",
    "staff",
    "hiring",
    "syndicat",
    "travail",
  ],
  governance: [
    "transparen",
    "conseil municipal",
    "budget",
    "corruption",
    "ethique",
    "decision",
    "deliber",
    "concertation",
    "marche public",
    "governance",
  ],
  citizenship: [
    "environnement",
    "ecolog",
    "solidar",
    "associati",
    "climat",
    "social",
    "benevol",
    "inclusion",
    "citoyen",
    "charity",
    "handicap",
  ],
  leadership: [
    "maire",
    "elu",
    "vision",
    "projet de ville",
    "strateg",
    "mayor",
    "leader",
    "adjoint",
    "promesse",
  ],
  performance: [
    "dette",
    "impot",
    "taxe",
    "finance",
    "economi",
    "attractiv",
    "croissance",
    "investiss",
    "chomage",
    "growth",
    "revenue",
  ],
};

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
  dimensions: DimensionName[];
}

/** Reads one mention; `language` "auto" detects it. */
export function readMention(text: string, language: string): MachineReading {
  const detected = language === "auto" || language === "" ? detectLanguage(text) : language;
  const lang = detected === "en" ? "en" : "fr";
  const sentiment = scoreSentiment(text, lang);
  const folded = ` ${foldText(text).replace(/[^\p{L}\p{N}]+/gu, " ")}`;
  const dimensions = dimensionNames.filter((name) =>
    dimensionWords[name].some((word) => folded.includes(` ${word}`)),
  );
  return {
    language: detected === "unknown" ? lang : detected,
    polarity: sentiment.polarity,
    score: sentiment.score,
    emotions: sentiment.emotions,
    dimensions,
  };
}

/** A parsed query: groups of alternatives (OR) that must all be present, and exclusions. */
interface ParsedQuery {
  all: string[][];
  none: string[];
}

/**
 * Parses a query: words, "quoted phrases", OR between terms, -exclusions; @handles and #hashtags kept whole;
 * case- and accent-insensitive. Throws `invalid-input` on `field` for unbalanced quotes or an empty query.
 */
export function parseFrameQuery(query: string, field: string): ParsedQuery {
  if ((query.match(/"/g) ?? []).length % 2 === 1)
    throw new AppError("invalid-input", `unbalanced quotes in the query "${query}"`, { field });
  const tokens = [...query.matchAll(/(-?)"([^"]*)"|(\S+)/g)].map((m) =>
    m[2] !== undefined ? { negated: m[1] === "-", term: m[2] } : { negated: false, term: m[3] ?? "" },
  );
  const parsed: ParsedQuery = { all: [], none: [] };
  let joinNext = false;
  for (const token of tokens) {
    if (token.term === "OR") {
      joinNext = parsed.all.length > 0;
      continue;
    }
    let term = token.term;
    let negated = token.negated;
    if (!negated && term.startsWith("-") && term.length > 1) {
      negated = true;
      term = term.slice(1);
    }
    const folded = foldText(term);
    if (folded === "") continue;
    if (negated) parsed.none.push(folded);
    else if (joinNext) parsed.all[parsed.all.length - 1]?.push(folded);
    else parsed.all.push([folded]);
    joinNext = false;
  }
  if (parsed.all.length === 0)
    throw new AppError("invalid-input", `the query "${query}" has no term to look for`, { field });
  return parsed;
}

function contains(haystack: string, term: string): boolean {
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(term, from);
    if (at < 0) return false;
    const before = at === 0 ? " " : (haystack[at - 1] ?? " ");
    const after = haystack[at + term.length] ?? " ";
    if (!/[\p{L}\p{N}_]/u.test(before) && !/[\p{L}\p{N}_]/u.test(after)) return true;
    from = at + 1;
  }
}

/** A compiled frame: tells which named queries a mention matches and whether it is in the frame's scope. */
export interface FrameMatcher {
  names: string[];
  brandsOf(text: string): string[];
  inScope(mention: { source: string; language: string; day: string }): boolean;
}

/** Compiles the frame (validating each query, naming its field) into a matcher. */
export function compileFrame(frame: ListeningFrame): FrameMatcher {
  const queries: Array<FrameQuery & { parsed: ParsedQuery }> = [
    { ...frame.brand, parsed: parseFrameQuery(frame.brand.query, "brand.query") },
    ...frame.competitors.map((c, i) => ({
      ...c,
      parsed: parseFrameQuery(c.query, `competitors/${i}/query`),
    })),
  ];
  const sources = new Set(frame.sources);
  return {
    names: queries.map((q) => q.name),
    brandsOf(text) {
      const folded = foldText(text);
      return queries
        .filter(
          (q) =>
            q.parsed.all.every((alternatives) => alternatives.some((term) => contains(folded, term))) &&
            !q.parsed.none.some((term) => contains(folded, term)),
        )
        .map((q) => q.name);
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
