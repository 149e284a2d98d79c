// The trained French model: a weight row per hashed feature, polarity in column 0 and the eight emotions after it.
import { emotionNames } from "./emotion-cues.ts";
import type { FeatureSink } from "./negation.ts";

/** Columns of a weight row: 0 polarity, 1..8 emotions in `emotionNames` order. */
export const modelColumns = 1 + emotionNames.length;

/** Features are hashed into 2^18 buckets (the hashing trick, Weinberger et al. 2009). */
export const bucketBits = 18;
export const bucketMask = (1 << bucketBits) - 1;

/** Logistic regressions sharing their features (see bench/train-sentiment.ts for the recipe). */
export interface LinearModel {
  /** Row-major table: weights[bucket · modelColumns + column]; unused buckets are zero. */
  weights: Float32Array;
  /** Biases for the `modelColumns` outputs (the polarity bias is 0: the training data is balanced). */
  bias: Float64Array;
  /** Polarity scores with |score| below this are neutral. */
  neutralBand: number;
  /** Per emotion, the strength from which it counts as present (tuned for F1 on a validation split). */
  thresholds: Float64Array;
}

/** The weights file's shape: rows keyed by bucket number. */
export interface LinearModelData {
  recipe: string;
  bucketBits: number;
  neutralBand: number;
  bias: number[];
  thresholds: number[];
  weights: Record<string, number[]>;
}

/** Fills the bucket table from the JSON weights (9.4 MB of Float32); undefined while the file holds no weights. */
export function compileModel(data: LinearModelData): LinearModel | undefined {
  const entries = Object.entries(data.weights);
  if (entries.length === 0) return undefined;
  if (data.bucketBits !== bucketBits)
    throw new Error(`weights hashed into 2^${data.bucketBits} buckets, expected 2^${bucketBits}`);
  const weights = new Float32Array((bucketMask + 1) * modelColumns);
  for (const [bucket, row] of entries) weights.set(row, Number(bucket) * modelColumns);
  return {
    weights,
    bias: Float64Array.from(data.bias),
    neutralBand: data.neutralBand,
    thresholds: Float64Array.from(data.thresholds),
  };
}

/** A sink that adds weight·value into the model's outputs as features arrive: one array read per weight. */
export class LinearScorer implements FeatureSink {
  readonly sums: Float64Array;

  constructor(private readonly model: LinearModel) {
    this.sums = Float64Array.from(model.bias);
  }

  add(feature: number, value: number): void {
    const weights = this.model.weights;
    const at = (feature & bucketMask) * modelColumns;
    const sums = this.sums;
    for (let c = 0; c < modelColumns; c++)
      sums[c] = (sums[c] as number) + (weights[at + c] as number) * value;
  }
}
