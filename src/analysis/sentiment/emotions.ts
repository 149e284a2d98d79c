// Emotion strengths of a text for Plutchik's eight emotions, from the linear model or from cue words and emoji.
import { emotionNames } from "./emotion-cues.ts";
import type { TextFeatures } from "./features.ts";

/** How fast cue counts saturate when no model is used: strength = 1 − e^(−rate·count). */
const cueRate = 0.8;

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/**
 * Strengths in 0..1, in `emotionNames` order. With the model's sums z (from column `offset` on) and biases b:
 * the probability above its base rate, rescaled, max(0, (σ(z) − σ(b)) / (1 − σ(b))), so a text with nothing
 * emotional scores 0. Without a model: saturating cue counts. A text with no word has all zeros.
 */
export function emotionsOf(
  features: TextFeatures,
  model?: { sums: Float64Array; bias: Float64Array; offset: number },
): Float64Array {
  const count = emotionNames.length;
  const result = new Float64Array(count);
  if (features.reading.words === 0) return result;
  if (!model) {
    const cues = features.reading.emotions;
    for (let e = 0; e < count; e++) result[e] = 1 - Math.exp(-cueRate * (cues[e] ?? 0));
    return result;
  }
  for (let e = 0; e < count; e++) {
    const base = sigmoid(model.bias[model.offset + e] ?? 0);
    const p = sigmoid(model.sums[model.offset + e] ?? 0);
    result[e] = Math.max(0, (p - base) / (1 - base));
  }
  return result;
}
