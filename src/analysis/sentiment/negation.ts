// The single scoring pass over tokens: idioms, phrases, negation scope, intensifiers and contrasts.
import { afterContrast, beforeContrast, negationFactor, negationReach } from "./cues.ts";
import { emotionNames } from "./emotion-cues.ts";
import { bigramHash, combineHashes, hashToken, negatedHash } from "./feature-hash.ts";
import type { SentimentLexicon } from "./lexicon.ts";
import { clauseEnd, phraseEnd } from "./tokenize.ts";

/** What one pass over a text's tokens found. */
export interface Reading {
  /** Words, emoji and emoticons read (punctuation excluded). */
  words: number;
  /** Sum of positive valences after negation, intensity and contrast weights (lexicon scale). */
  positive: number;
  /** Sum of the magnitudes of negative valences, weighted the same way. */
  negative: number;
  /** Lexicon terms found, whatever their sign. */
  hits: number;
  exclamations: number;
  /** Emotion word and emoji counts, weighted by intensity, in `emotionNames` order; negated cues do not count. */
  emotions: Float64Array;
}

/** Receives the hashed features of a text for the linear models (a repeated feature adds up). */
export interface FeatureSink {
  add(feature: number, value: number): void;
}

/** A sink that keeps the features as parallel lists, for training and inspection. */
export class FeatureList implements FeatureSink {
  readonly features: number[] = [];
  readonly values: number[] = [];

  add(feature: number, value: number): void {
    this.features.push(feature);
    this.values.push(value);
  }
}

function isPunctuation(token: string): boolean {
  return token === clauseEnd || token === phraseEnd || token === "!" || token === "?";
}

/**
 * Reads `tokens` once. A negation (ne, pas, jamais, not…) flips the valence of the polar words in the next
 * `negationReach` words, times VADER's −0.74; fillers ("du tout", "at all") do not use up the reach, and
 * punctuation or a contrast closes the scope. An intensifier multiplies the next polar word. After a contrast
 * ("mais", "but") earlier sums count half and later words one and a half (Hutto & Gilbert 2014, VADER).
 * When `sink` is given, also emits hashed unigram features (negated ones apart: ¬word) and bigrams.
 */
export function readTokens(
  tokens: readonly string[],
  lexicon: SentimentLexicon,
  sink?: FeatureSink,
): Reading {
  const emotions = new Float64Array(emotionNames.length);
  let words = 0;
  let positive = 0;
  let negative = 0;
  let hits = 0;
  let exclamations = 0;
  let scope = 0;
  let boost = 1;
  let weight = 1;
  let previous = -1;
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const token = tokens[i] as string;
    if (isPunctuation(token)) {
      if (token === "!") exclamations += 1;
      if (sink && (token === "!" || token === "?"))
        sink.add(token === "!" ? exclamationHash : questionHash, 1);
      scope = 0;
      boost = 1;
      previous = -1;
      continue;
    }
    words += 1;
    const entry = lexicon.entries.get(token);
    let key = token;
    let valence = Number.NaN;
    let emotion = -1;
    let negatable = true;
    if (entry !== undefined && entry.phraseLength > 0) {
      // Grow the phrase word by word and keep the longest entry found; idioms win over lexicon phrases.
      let phrase = token;
      let matched = 0;
      const last = Math.min(i + entry.phraseLength, n);
      for (let j = i + 1; j < last; j++) {
        const next = tokens[j] as string;
        if (isPunctuation(next)) break;
        phrase = `${phrase} ${next}`;
        const idiom = lexicon.idioms.get(phrase);
        const found = idiom ?? lexicon.valence.get(phrase);
        if (found !== undefined) {
          valence = found;
          negatable = idiom === undefined;
          key = phrase;
          matched = j - i;
        }
      }
      if (matched > 0) emotion = lexicon.emotions.get(key) ?? -1;
      words += matched;
      i += matched;
    }
    if (key === token && entry !== undefined) {
      if (entry.negation) {
        scope = negationReach;
        if (sink) previous = emitWord(sink, hashToken(token), 1, previous);
        continue;
      }
      if (scope > 0 && entry.negationFiller) {
        if (sink) previous = emitWord(sink, hashToken(token), 1, previous);
        continue;
      }
      if (
        entry.intensity > 0 &&
        i + 1 < n &&
        lexicon.entries.get(tokens[i + 1] as string)?.leadsToPolarWord
      ) {
        boost *= entry.intensity;
        if (sink) previous = emitWord(sink, hashToken(token), 1, previous);
        continue;
      }
      valence = entry.valence;
      emotion = entry.emotion;
    }
    // Emoji and emoticons say how the writer feels whatever the words around them: never negated.
    const negated = scope > 0 && negatable && !isSymbol(key);
    if (!Number.isNaN(valence)) {
      hits += 1;
      const value = valence * boost * weight * (negated ? negationFactor : 1);
      if (value > 0) positive += value;
      else negative -= value;
    }
    if (emotion >= 0 && !negated) emotions[emotion] = (emotions[emotion] ?? 0) + boost * weight;
    if (sink) {
      const hash = hashToken(key);
      previous = emitWord(sink, negated ? negatedHash(hash) : hash, boost, previous);
      if (key.length > prefixLength + 1) {
        const stem = combineHashes(prefixSeed, hashToken(key.slice(0, prefixLength)));
        sink.add(negated ? negatedHash(stem) : stem, boost);
      }
    }
    boost = 1;
    if (scope > 0) scope -= 1;
    if (entry?.contrast === true) {
      positive *= beforeContrast;
      negative *= beforeContrast;
      for (let e = 0; e < emotions.length; e++) emotions[e] = (emotions[e] ?? 0) * beforeContrast;
      weight = afterContrast;
      scope = 0;
    }
  }
  return { words, positive, negative, hits, exclamations, emotions };
}

function isSymbol(token: string): boolean {
  const code = token.charCodeAt(0);
  return code < 0x41 || code >= 0x2000;
}

/** Words longer than this also give their first letters as a feature: a crude stem (content, contente, contents). */
const prefixLength = 5;
const prefixSeed = hashToken("§prefix");
const exclamationHash = hashToken("!");
const questionHash = hashToken("?");

/** Emits a word feature and its bigram with the previous word (−1: none); returns the word's hash. */
function emitWord(sink: FeatureSink, hash: number, value: number, previous: number): number {
  sink.add(hash, value);
  if (previous >= 0) sink.add(bigramHash(previous, hash), 1);
  return hash;
}
