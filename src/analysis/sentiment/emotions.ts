// Emotion strengths of a text for Plutchik's eight emotions, from a linear model or from cue words and emoji.
import { emotionNames } from "./emotion-cues.ts";
import type { TextFeatures } from "./features.ts";

/** One-vs-rest logistic regressions, one column per emotion in `emotionNames` order. */
export interface EmotionModel {
  bias: Float64Array;
  weights: ReadonlyMap<string, Float64Array>;
  /** Strength from which an emotion is counted present (tuned for F1 on a validation split). */
  thresholds: Float64Array;
}

/** How fast cue counts saturate when no model is trained: strength = 1 − e^(−rate·count). */
const cueRate = 0.8;

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/**
 * Strengths in 0..1. With a model: the model's probability above its base rate, rescaled,
 * max(0, (p − p₀) / (1 − p₀)) with p₀ = σ(bias), so a text with nothing emotional scores 0. Without a model:
 * saturating cue counts. A text with no word has all zeros.
 */
export function emotionsOf(features: TextFeatures, model?: EmotionModel): Float64Array {
  const count = emotionNames.length;
  const result = new Float64Array(count);
  if (features.reading.words === 0) return result;
  const cues = features.reading.emotions;
  if (!model || !features.sink) {
    for (let e = 0; e < count; e++) result[e] = 1 - Math.exp(-cueRate * (cues[e] ?? 0));
    return result;
  }
  const z = new Float64Array(model.bias);
  const { keys, values } = features.sink;
  for (let i = 0; i < keys.length; i++) {
    const w = model.weights.get(keys[i] as string);
    if (w === undefined) continue;
    const value = values[i] as number;
    for (let e = 0; e < count; e++) z[e] = (z[e] ?? 0) + (w[e] ?? 0) * value;
  }
  for (let e = 0; e < count; e++) {
    const base = sigmoid(model.bias[e] ?? 0);
    const p = sigmoid(z[e] ?? 0);
    result[e] = Math.max(0, (p - base) / (1 - base));
  }
  return result;
}
