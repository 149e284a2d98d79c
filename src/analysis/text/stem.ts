// Reduces words to their Snowball stems (Porter 2001, snowballstem.org) with accents folded afterwards.
import snowball from "snowball-stemmers";
import type { Language } from "./detect-language.ts";
import { foldAccents } from "./normalize.ts";

const algorithms: Record<Language, string> = { fr: "french", en: "english", de: "german" };

/**
 * Returns a stemming function for a language. The Snowball algorithms expect accents, so they are
 * folded only after stemming: "électricité" and "electricite" then share the stem "electr".
 */
export function createStemmer(language: Language): (word: string) => string {
  const stemmer = snowball.newStemmer(algorithms[language]);
  return (word) => foldAccents(stemmer.stem(word));
}
