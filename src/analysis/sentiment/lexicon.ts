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

/**
 * Every role one token plays, so the scoring pass needs a single Map lookup per token. All fields are always
 * set (one object shape for the engine): NaN valence, 0 phrase length or intensity and −1 emotion mean none.
 */
export class TokenEntry {
  valence = Number.NaN;
  /** Longest phrase or idiom starting with this token, in tokens; 0 when none does. */
  phraseLength = 0;
  negation = false;
  negationFiller = false;
  /** Intensifier multiplier, 0 when the token is none. */
  intensity = 0;
  /** Index in `emotionNames`, −1 when none. */
  emotion = -1;
  contrast = false;

  /** Whether an intensifier before this token has something to strengthen. */
  get leadsToPolarWord(): boolean {
    return !Number.isNaN(this.valence) || this.intensity > 0 || this.emotion >= 0 || this.phraseLength > 0;
  }
}

/** Everything the scoring pass looks up, for one language. */
export interface SentimentLexicon {
  language: SentimentLanguage;
  /** Token → all its roles (the maps below, merged); tokens with no role are absent. */
  entries: ReadonlyMap<string, TokenEntry>;
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
  const lexicon = {
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
  return { ...lexicon, entries: mergeEntries(lexicon) };
}

function mergeEntries(lexicon: Omit<SentimentLexicon, "entries">): Map<string, TokenEntry> {
  const entries = new Map<string, TokenEntry>();
  const entry = (token: string): TokenEntry => {
    let found = entries.get(token);
    if (!found) {
      found = new TokenEntry();
      entries.set(token, found);
    }
    return found;
  };
  for (const [token, value] of lexicon.valence) if (!token.includes(" ")) entry(token).valence = value;
  for (const [token, length] of lexicon.phraseStarts) entry(token).phraseLength = length;
  for (const token of lexicon.negations) entry(token).negation = true;
  for (const token of lexicon.negationFillers) entry(token).negationFiller = true;
  for (const [token, value] of lexicon.intensifiers) entry(token).intensity = value;
  for (const [token, index] of lexicon.emotions) if (!token.includes(" ")) entry(token).emotion = index;
  for (const token of lexicon.contrasts) entry(token).contrast = true;
  return entries;
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
