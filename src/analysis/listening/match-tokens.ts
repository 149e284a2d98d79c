// Tokens for matching queries and lexicons: lower case, accents folded, @handles and #hashtags kept whole.

const marks = /\p{M}+/gu;
const tokenPattern = /[@#][\p{L}\p{N}_]+(?:\.[\p{L}\p{N}_]+)*|[\p{L}\p{N}]+/gu;

/** Lower case without diacritics ("Écologie" → "ecologie"); plain ASCII text skips the Unicode passes. */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) > 127) return lower.normalize("NFD").replace(marks, "").normalize("NFC");
  }
  return lower;
}

/**
 * The tokens of a text for matching: runs of letters and digits, and `@handle` / `#hashtag` as one token with
 * their sign. Apostrophes, hyphens and other punctuation separate tokens, so "l'Hôtel-de-Ville" gives
 * `l`, `hotel`, `de`, `ville`.
 */
export function matchTokens(text: string): string[] {
  return foldText(text).match(tokenPattern) ?? [];
}

/** A text prepared once for many queries and lexicons: its tokens and the set of them. */
export interface MatchableText {
  tokens: readonly string[];
  set: ReadonlySet<string>;
  /** The mention's language code when known ("fr"), for `lang:` filters. */
  language?: string | undefined;
}

/** Prepares a text for `matchQuery` and the dimension lexicons. */
export function prepareText(text: string, language?: string): MatchableText {
  const tokens = matchTokens(text);
  return { tokens, set: new Set(tokens), language: language?.toLowerCase() };
}
