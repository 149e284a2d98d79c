// Turns a text into its reading and the sparse features the linear polarity and emotion models weigh.
import { emotionNames } from "./emotion-cues.ts";
import type { SentimentLexicon } from "./lexicon.ts";
import { type FeatureSink, type Reading, readTokens } from "./negation.ts";
import { tokenize } from "./tokenize.ts";

/** A text's reading and, when asked, its features. */
export interface TextFeatures {
  reading: Reading;
  /** Lexicon compound score in −1..1 (VADER's normalisation of the valence sum). */
  compound: number;
  sink: FeatureSink | undefined;
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

/**
 * Dense lexicon features appended to the sparse word features: compound, positive and negative sums and the
 * emotion cue counts, under names that cannot clash with tokens (they start with `§`).
 */
export const emotionFeatureNames = emotionNames.map((name) => `§e:${name}`);

/** Reads `text` once; with `withFeatures`, also lists its unigram, bigram and lexicon features. */
export function textFeatures(text: string, lexicon: SentimentLexicon, withFeatures: boolean): TextFeatures {
  const tokens = tokenize(text);
  const sink: FeatureSink | undefined = withFeatures ? { keys: [], values: [] } : undefined;
  const reading = readTokens(tokens, lexicon, sink);
  const compound = compoundOf(reading);
  if (sink) {
    sink.keys.push("§lex", "§pos", "§neg");
    sink.values.push(compound, Math.min(reading.positive, 4), Math.min(reading.negative, 4));
    for (let e = 0; e < emotionFeatureNames.length; e++) {
      const count = reading.emotions[e] ?? 0;
      if (count > 0) {
        sink.keys.push(emotionFeatureNames[e] as string);
        sink.values.push(Math.min(count, 3));
      }
    }
  }
  return { reading, compound, sink };
}
