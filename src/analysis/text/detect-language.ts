// Detects whether a short text is French, English or German from its most frequent function words.

/** Languages the analysis engine reads. */
export type Language = "fr" | "en" | "de";

/**
 * Function words that are frequent in one language and rare in the others. Counting them is fast
 * (one pass, no n-gram model) and reliable from a sentence on; short or mixed texts may stay undecided.
 */
const markers: Record<Language, ReadonlySet<string>> = {
  fr: new Set(
    "le la les des du un une est et en dans que qui pour pas sur au aux ce cette nous vous ils elles sont avec ne plus mais ou où très été être avoir fait son ses leur".split(
      " ",
    ),
  ),
  en: new Set(
    "the and is are was were of to in that it for on with as this be by not have has but they you we at from or an which their there would".split(
      " ",
    ),
  ),
  de: new Set(
    "der die das und ist nicht ein eine zu den mit sich des auf für im dem von sie es auch wir ich sind werden wird oder aber nach bei".split(
      " ",
    ),
  ),
};

/** Returns the most likely language, or `fallback` when no marker word decides. */
export function detectLanguage(
  text: string,
  fallback: Language | "unknown" = "unknown",
): Language | "unknown" {
  return detectLanguageOfWords(text.toLowerCase().split(/[^\p{L}']+/u), fallback);
}

const frenchElisions = new Set("l d j qu n s c m t".split(" "));

/**
 * How much one lower-case word counts for each language, packed as fr + 4·en + 16·de (each 0–3):
 * marker words count 1, and an elided form ("l'", "qu'") counts 1 more for French.
 */
export function markerCounts(raw: string): number {
  const cut = raw.indexOf("'");
  const word = cut >= 0 ? raw.slice(0, cut) : raw;
  let packed = 0;
  if (cut >= 0 && frenchElisions.has(word)) packed += 1;
  if (markers.fr.has(word)) packed += 1;
  if (markers.en.has(word)) packed += 4;
  if (markers.de.has(word)) packed += 16;
  return packed;
}

/** The language with the most marker counts (ties go to French, then English), or `fallback` when none. */
export function languageOfCounts<F extends Language | "unknown">(
  fr: number,
  en: number,
  de: number,
  fallback: F,
): Language | F {
  if (fr === 0 && en === 0 && de === 0) return fallback;
  if (fr >= en && fr >= de) return "fr";
  return en >= de ? "en" : "de";
}

/**
 * Same as detectLanguage on words already lower-cased and split (by the tokenizer, say); elided forms
 * ("l'", "qu'") count for French, and `null` or empty entries are skipped.
 */
export function detectLanguageOfWords<F extends Language | "unknown">(
  words: readonly (string | null)[],
  fallback: F,
): Language | F {
  let fr = 0;
  let en = 0;
  let de = 0;
  for (const raw of words) {
    if (raw === null || raw.length === 0) continue;
    const packed = markerCounts(raw);
    fr += packed & 3;
    en += (packed >> 2) & 3;
    de += (packed >> 4) & 3;
  }
  return languageOfCounts(fr, en, de, fallback);
}
