// The single scoring pass over tokens: idioms, phrases, negation scope, intensifiers and contrasts.
import { afterContrast, beforeContrast, negationFactor, negationReach } from "./cues.ts";
import { emotionNames } from "./emotion-cues.ts";
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

/** Sparse features for the linear models: `keys[i]` has value `values[i]` (repeats add up). */
export interface FeatureSink {
  keys: string[];
  values: number[];
}

/** Prefix of a word read inside a negation scope ("pas content" → "¬content"). */
export const negatedMark = "¬";

function isPunctuation(token: string): boolean {
  return token === clauseEnd || token === phraseEnd || token === "!" || token === "?";
}

/**
 * Reads `tokens` once. A negation (ne, pas, jamais, not…) flips the valence of the polar words in the next
 * `negationReach` words, times VADER's −0.74; fillers ("du tout", "at all") do not use up the reach, and
 * punctuation or a contrast closes the scope. An intensifier multiplies the next polar word. After a contrast
 * ("mais", "but") earlier sums count half and later words one and a half (Hutto & Gilbert 2014, VADER).
 * When `sink` is given, also emits unigram features (negated ones marked with `¬`) and bigrams.
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
  let previous: string | undefined;
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const token = tokens[i] as string;
    if (isPunctuation(token)) {
      if (token === "!") exclamations += 1;
      if (sink && (token === "!" || token === "?")) emit(sink, token, 1);
      scope = 0;
      boost = 1;
      previous = undefined;
      continue;
    }
    words += 1;
    let key = token;
    let valence: number | undefined;
    let negatable = true;
    const longest = lexicon.phraseStarts.get(token);
    if (longest !== undefined) {
      for (let length = Math.min(longest, n - i); length >= 2; length--) {
        const phrase = tokens.slice(i, i + length).join(" ");
        const idiom = lexicon.idioms.get(phrase);
        if (idiom !== undefined) {
          valence = idiom;
          negatable = false;
        } else {
          valence = lexicon.valence.get(phrase);
        }
        if (valence !== undefined) {
          key = phrase;
          words += length - 1;
          i += length - 1;
          break;
        }
      }
    }
    if (valence === undefined) {
      if (lexicon.negations.has(token)) {
        scope = negationReach;
        if (sink) emitWord(sink, token, 1, previous);
        previous = token;
        continue;
      }
      if (scope > 0 && lexicon.negationFillers.has(token)) {
        if (sink) emitWord(sink, token, 1, previous);
        previous = token;
        continue;
      }
      const intensity = lexicon.intensifiers.get(token);
      if (intensity !== undefined && i + 1 < n && leadsToPolarWord(tokens[i + 1] as string, lexicon)) {
        boost *= intensity;
        if (sink) emitWord(sink, token, 1, previous);
        previous = token;
        continue;
      }
      valence = lexicon.valence.get(token);
    }
    // Emoji and emoticons say how the writer feels whatever the words around them: never negated.
    const negated = scope > 0 && negatable && !isSymbol(key);
    if (valence !== undefined) {
      hits += 1;
      const value = valence * boost * weight * (negated ? negationFactor : 1);
      if (value > 0) positive += value;
      else negative -= value;
    }
    const emotion = lexicon.emotions.get(key);
    if (emotion !== undefined && !negated) emotions[emotion] = (emotions[emotion] ?? 0) + boost * weight;
    if (sink) emitWord(sink, negated ? negatedMark + key : key, boost, previous);
    previous = key;
    boost = 1;
    if (scope > 0) scope -= 1;
    if (lexicon.contrasts.has(token)) {
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

function leadsToPolarWord(next: string, lexicon: SentimentLexicon): boolean {
  return (
    lexicon.valence.has(next) ||
    lexicon.intensifiers.has(next) ||
    lexicon.emotions.has(next) ||
    lexicon.phraseStarts.has(next)
  );
}

function emit(sink: FeatureSink, key: string, value: number): void {
  sink.keys.push(key);
  sink.values.push(value);
}

function emitWord(sink: FeatureSink, key: string, value: number, previous: string | undefined): void {
  emit(sink, key, value);
  if (previous !== undefined) emit(sink, `${previous} ${key}`, 1);
}
