// Compiles the shipped lexicons and cue lists into Maps once per language, for one lookup per token.
import {
  contrasts,
  idioms,
  intensifiers,
  negationFillers,
  negations,
  type SentimentLanguage,
} from "./cues.ts";
import { emotionCues, emotionNames } from "./emotion-cues.ts";
import emojiData from "./lexicons/emoji.json" with { type: "json" };
import enData from "./lexicons/en.json" with { type: "json" };
import frData from "./lexicons/fr.json" with { type: "json" };
import { tokenize } from "./tokenize.ts";

/** Everything the scoring pass looks up, for one language. */
export interface SentimentLexicon {
  language: SentimentLanguage;
  /** Word, emoji or phrase ("à l aise", tokens joined by spaces) → valence in −1..1. */
  valence: ReadonlyMap<string, number>;
  /** Idioms read before negation ("pas mal"), tokens joined by spaces → valence. */
  idioms: ReadonlyMap<string, number>;
  /** First token of any phrase or idiom → the longest phrase length starting with it. */
  phraseStarts: ReadonlyMap<string, number>;
  negations: ReadonlySet<string>;
  negationFillers: ReadonlySet<string>;
  intensifiers: ReadonlyMap<string, number>;
  contrasts: ReadonlySet<string>;
  /** Word or emoji → index in `emotionNames`. */
  emotions: ReadonlyMap<string, number>;
}

/** Default valence of the hand-listed emotion emoji, when the description-derived one is missing or off. */
const emojiValenceByEmotion: Record<(typeof emotionNames)[number], number | undefined> = {
  joy: 0.6,
  trust: 0.5,
  fear: -0.5,
  surprise: undefined,
  sadness: -0.6,
  disgust: -0.6,
  anger: -0.7,
  anticipation: undefined,
};

/** "é" → "e": users often type without accents, so every key also answers in its unaccented form. */
export function foldAccents(word: string): string {
  return word.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

function compile(language: SentimentLanguage, data: { valence: Record<string, number> }): SentimentLexicon {
  const valence = new Map<string, number>(Object.entries(data.valence));
  for (const [key, value] of Object.entries(emojiData.valence))
    if (!valence.has(key)) valence.set(key, value);
  const emotions = emotionCues(language);
  for (const [token, index] of emotions) {
    const byEmotion = emojiValenceByEmotion[emotionNames[index] as (typeof emotionNames)[number]];
    if (byEmotion !== undefined && token.charCodeAt(0) > 0x2000) valence.set(token, byEmotion);
  }
  for (const [key, value] of [...valence]) {
    const folded = foldAccents(key);
    if (!valence.has(folded)) valence.set(folded, value);
  }
  const idiomMap = new Map<string, number>();
  for (const [text, value] of idioms[language]) {
    const key = tokenize(text).join(" ");
    // A one-word idiom ("bof") is just a lexicon entry.
    const target = key.includes(" ") ? idiomMap : valence;
    target.set(key, value);
    target.set(foldAccents(key), value);
  }
  const phraseStarts = new Map<string, number>();
  for (const key of [...valence.keys(), ...idiomMap.keys()]) {
    const space = key.indexOf(" ");
    if (space < 0) continue;
    const first = key.slice(0, space);
    const length = key.split(" ").length;
    phraseStarts.set(first, Math.max(length, phraseStarts.get(first) ?? 0));
  }
  const foldedEmotions = new Map(emotions);
  for (const [word, index] of emotions)
    if (!foldedEmotions.has(foldAccents(word))) foldedEmotions.set(foldAccents(word), index);
  return {
    language,
    valence,
    idioms: idiomMap,
    phraseStarts,
    negations: withFolded(negations[language]),
    negationFillers: withFolded(negationFillers[language]),
    intensifiers: new Map([
      ...intensifiers[language],
      ...[...intensifiers[language]].map(([k, v]) => [foldAccents(k), v] as const),
    ]),
    contrasts: withFolded(contrasts[language]),
    emotions: foldedEmotions,
  };
}

function withFolded(words: ReadonlySet<string>): ReadonlySet<string> {
  return new Set([...words, ...[...words].map(foldAccents)]);
}

const compiled = new Map<SentimentLanguage, SentimentLexicon>();

/** The compiled lexicon of `language`, built on first use (about 20 ms) and kept. */
export function lexiconFor(language: SentimentLanguage): SentimentLexicon {
  let lexicon = compiled.get(language);
  if (!lexicon) {
    lexicon = compile(language, language === "fr" ? frData : enData);
    compiled.set(language, lexicon);
  }
  return lexicon;
}
