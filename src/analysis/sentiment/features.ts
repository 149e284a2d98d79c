// Turns a text into its reading and, for the linear models, its sparse word and lexicon features.
import { emotionNames } from "./emotion-cues.ts";
import { hashToken } from "./feature-hash.ts";
import type { SentimentLexicon } from "./lexicon.ts";
import { type FeatureSink, type Reading, readTokens } from "./negation.ts";
import { tokenize } from "./tokenize.ts";

/** A text's reading and its lexicon compound score. */
export interface TextFeatures {
  reading: Reading;
  /** Lexicon compound score in −1..1 (VADER's normalisation of the valence sum). */
  compound: number;
}

/** VADER's normalisation constant α = 15 on its −4..4 scale, i.e. 15/16 on our −1..1 scale. */
const alpha = 15 / 16;

/** VADER adds 0.292 per exclamation mark (up to 4) on its −4..4 scale: 0.073 on ours. */
const exclamationBoost = 0.073;

/** Lexicon-only polarity in −1..1: sum / √(sum² + α), with exclamation marks amplifying the sign. */
export function compoundOf(reading: Reading): number {
  let sum = reading.positive - reading.negative;
  if (sum !== 0) sum += Math.sign(sum) * exclamationBoost * Math.min(reading.exclamations, 4);
  return sum / Math.sqrt(sum * sum + alpha);
}

/** Hashes of the lexicon features; `§` keeps them apart from tokens. */
export const lexiconFeatures = {
  compound: hashToken("§lex"),
  positive: hashToken("§pos"),
  negative: hashToken("§neg"),
  emotions: emotionNames.map((name) => hashToken(`§e:${name}`)),
};

/**
 * Reads `text` once. With a `sink`, also emits its unigram and bigram features (from `readTokens`) and the
 * lexicon features: compound (`§lex`), positive and negative sums (`§pos`, `§neg`, capped at 4) and emotion cue
 * counts (`§e:<emotion>`, capped at 3).
 */
export function textFeatures(text: string, lexicon: SentimentLexicon, sink?: FeatureSink): TextFeatures {
  const reading = readTokens(tokenize(text), lexicon, sink);
  const compound = compoundOf(reading);
  if (sink) {
    sink.add(lexiconFeatures.compound, compound);
    sink.add(lexiconFeatures.positive, Math.min(reading.positive, 4));
    sink.add(lexiconFeatures.negative, Math.min(reading.negative, 4));
    for (let e = 0; e < lexiconFeatures.emotions.length; e++) {
      const count = reading.emotions[e] ?? 0;
      if (count > 0) sink.add(lexiconFeatures.emotions[e] as number, Math.min(count, 3));
    }
  }
  return { reading, compound };
}
