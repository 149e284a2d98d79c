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

const languages = Object.keys(markers) as Language[];

/** Returns the most likely language, or `fallback` when no marker word decides. */
export function detectLanguage(
  text: string,
  fallback: Language | "unknown" = "unknown",
): Language | "unknown" {
  const words = text.toLowerCase().split(/[^\p{L}']+/u);
  const scores = [0, 0, 0];
  for (const raw of words) {
    if (raw.length === 0) continue;
    // French elisions (l', d', qu') carry the language too.
    const word = raw.includes("'") ? raw.slice(0, raw.indexOf("'")) : raw;
    if (raw !== word && "l d j qu n s c m t".split(" ").includes(word)) scores[0] = (scores[0] ?? 0) + 1;
    for (let i = 0; i < languages.length; i++) {
      const language = languages[i] as Language;
      if (markers[language].has(word)) scores[i] = (scores[i] ?? 0) + 1;
    }
  }
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i] ?? 0;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best < 0 ? fallback : (languages[best] as Language);
}
