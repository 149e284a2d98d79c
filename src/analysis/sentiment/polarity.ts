// Polarity of a text: a linear model over word and lexicon features when one is trained, else the lexicon score.
import type { TextFeatures } from "./features.ts";
import type { FeatureSink } from "./negation.ts";

export type Polarity = "negative" | "neutral" | "positive";

/** A logistic-regression polarity model: P(positive) = σ(bias + Σ weight·value). */
export interface PolarityModel {
  bias: number;
  weights: ReadonlyMap<string, number>;
  /** Scores with |score| below this are neutral. */
  neutralBand: number;
}

/** Band of the lexicon-only score treated as neutral. */
export const lexiconNeutralBand = 0.1;

/** Σ weight·value over the features of `sink` (unknown features weigh nothing). */
export function linearSum(sink: FeatureSink, weights: ReadonlyMap<string, number>): number {
  let z = 0;
  const { keys, values } = sink;
  for (let i = 0; i < keys.length; i++) {
    const w = weights.get(keys[i] as string);
    if (w !== undefined) z += w * (values[i] as number);
  }
  return z;
}

/**
 * Score in −1..1 and label. With a model the score is 2·P(positive) − 1 = tanh(z / 2); without, the lexicon
 * compound. A text with no word is neutral with score 0.
 */
export function polarityOf(
  features: TextFeatures,
  model?: PolarityModel,
): { polarity: Polarity; score: number } {
  if (features.reading.words === 0) return { polarity: "neutral", score: 0 };
  let score = features.compound;
  let band = lexiconNeutralBand;
  if (model && features.sink) {
    score = Math.tanh((model.bias + linearSum(features.sink, model.weights)) / 2);
    band = model.neutralBand;
  }
  const polarity: Polarity = score >= band ? "positive" : score <= -band ? "negative" : "neutral";
  return { polarity, score };
}
