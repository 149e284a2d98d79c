// Polarity of a text: the linear model's probability when one is trained, else the lexicon compound score.
import type { TextFeatures } from "./features.ts";

export type Polarity = "negative" | "neutral" | "positive";

/** Band of the lexicon-only score treated as neutral. */
export const lexiconNeutralBand = 0.1;

/**
 * Score in −1..1 and label. With the model's sum z the score is 2·P(positive) − 1 = tanh(z / 2); without, the
 * lexicon compound. Scores within ±`band` are neutral; a text with no word is neutral with score 0.
 */
export function polarityOf(
  features: TextFeatures,
  modelSum?: number,
  band = lexiconNeutralBand,
): { polarity: Polarity; score: number } {
  if (features.reading.words === 0) return { polarity: "neutral", score: 0 };
  const score = modelSum === undefined ? features.compound : Math.tanh(modelSum / 2);
  const polarity: Polarity = score >= band ? "positive" : score <= -band ? "negative" : "neutral";
  return { polarity, score };
}
