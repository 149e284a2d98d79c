// The seven reputation dimensions, found in a text from editable French and English keyword lexicons.

import enLexicon from "./lexicons/dimensions-en.json" with { type: "json" };
import frLexicon from "./lexicons/dimensions-fr.json" with { type: "json" };
import { type MatchableText, matchTokens } from "./match-tokens.ts";

/** The dimensions, in the order reports print them (after the seven drivers of corporate reputation). */
export const dimensionNames = [
  "products-and-services",
  "innovation",
  "workplace",
  "governance",
  "citizenship",
  "leadership",
  "performance",
] as const;

export type DimensionName = (typeof dimensionNames)[number];

/**
 * A lexicon file as shipped in `lexicons/` (CC0) or as edited by a user: per dimension, keywords (one word,
 * a phrase of several words, or a word prefix ending with `*`, at least 3 letters before it). Case and accents
 * do not matter.
 */
export interface DimensionLexiconData {
  language: string;
  version: string;
  licence?: string;
  dimensions: Partial<Record<DimensionName, string[]>>;
}

/** A compiled lexicon: one map lookup per token of a text. */
export interface DimensionLexicon {
  versions: string[];
  words: Map<string, number>;
  prefixes: Map<string, number>;
  prefixLengths: number[];
  phrases: Array<{ tokens: string[]; mask: number }>;
}

/** A lexicon entry that cannot be used; `dimension` and `index` locate it in the file. */
export class LexiconError extends Error {
  constructor(
    message: string,
    readonly dimension: string,
    readonly index: number,
  ) {
    super(message);
    this.name = "LexiconError";
  }
}

/** Compiles one or more lexicons (typically French and English) into one; dimensions are bits of a mask. */
export function compileDimensionLexicon(...files: DimensionLexiconData[]): DimensionLexicon {
  const lexicon: DimensionLexicon = {
    versions: [],
    words: new Map(),
    prefixes: new Map(),
    prefixLengths: [],
    phrases: [],
  };
  const lengths = new Set<number>();
  for (const file of files) {
    lexicon.versions.push(`${file.language}@${file.version}`);
    for (const [name, entries] of Object.entries(file.dimensions)) {
      const bit = dimensionNames.indexOf(name as DimensionName);
      if (bit < 0) throw new LexiconError(`unknown dimension "${name}"`, name, -1);
      (entries ?? []).forEach((entry, index) => {
        const prefix = entry.endsWith("*");
        const tokens = matchTokens(prefix ? entry.slice(0, -1) : entry);
        if (tokens.length === 0) throw new LexiconError(`"${entry}" has no letters or digits`, name, index);
        const mask = 1 << bit;
        if (prefix) {
          const stem = tokens.join("");
          if (tokens.length !== 1 || stem.length < 3) {
            throw new LexiconError(`"${entry}": a prefix is one word of at least 3 letters`, name, index);
          }
          lexicon.prefixes.set(stem, (lexicon.prefixes.get(stem) ?? 0) | mask);
          lengths.add(stem.length);
        } else if (tokens.length === 1) {
          const word = tokens[0] as string;
          lexicon.words.set(word, (lexicon.words.get(word) ?? 0) | mask);
        } else {
          lexicon.phrases.push({ tokens, mask });
        }
      });
    }
  }
  lexicon.prefixLengths = [...lengths].sort((a, b) => a - b);
  return lexicon;
}

/** The French and English lexicons shipped with Cocrea. */
export const defaultDimensionLexicon: DimensionLexicon = compileDimensionLexicon(
  frLexicon as DimensionLexiconData,
  enLexicon as DimensionLexiconData,
);

/** The dimensions a text touches, as a bit mask over `dimensionNames` (0: none). */
export function dimensionMaskOf(
  text: MatchableText,
  lexicon: DimensionLexicon = defaultDimensionLexicon,
): number {
  let mask = 0;
  const { words, prefixes, prefixLengths } = lexicon;
  for (const token of text.tokens) {
    const word = token.charCodeAt(0) === 35 ? token.slice(1) : token;
    mask |= words.get(word) ?? 0;
    for (const length of prefixLengths) {
      if (length > word.length) break;
      mask |= prefixes.get(word.length === length ? word : word.slice(0, length)) ?? 0;
    }
  }
  for (const phrase of lexicon.phrases) {
    if ((mask & phrase.mask) === phrase.mask) continue;
    if (containsPhrase(text, phrase.tokens)) mask |= phrase.mask;
  }
  return mask;
}

/** The names of the dimensions in a mask, in the canonical order. */
export function dimensionsOfMask(mask: number): DimensionName[] {
  const names: DimensionName[] = [];
  for (let bit = 0; bit < dimensionNames.length; bit++) {
    if (mask & (1 << bit)) names.push(dimensionNames[bit] as DimensionName);
  }
  return names;
}

/** The dimensions a text touches, by name. */
export function dimensionsOf(text: MatchableText, lexicon?: DimensionLexicon): DimensionName[] {
  return dimensionsOfMask(dimensionMaskOf(text, lexicon));
}

function containsPhrase(text: MatchableText, tokens: readonly string[]): boolean {
  if (!text.set.has(tokens[0] as string) || !text.set.has(tokens[tokens.length - 1] as string)) return false;
  const all = text.tokens;
  for (let i = 0; i + tokens.length <= all.length; i++) {
    let j = 0;
    while (j < tokens.length && all[i + j] === tokens[j]) j += 1;
    if (j === tokens.length) return true;
  }
  return false;
}
