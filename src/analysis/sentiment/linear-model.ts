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
  /**
   * Bucket → 1-based row in `weights`, 0 for an empty bucket. Two bytes per bucket while there are fewer than
   * 65,535 rows (512 KB for 2^18 buckets), so the index stays in a core's cache and only used rows are read.
   */
  rowOf: Uint16Array | Uint32Array;
  /** Row-major weights of the used buckets: weights[(row − 1) · modelColumns + column]. */
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

/** Builds the bucket index and the weight rows from the JSON weights; undefined while the file holds none. */
export function compileModel(data: LinearModelData): LinearModel | undefined {
  const entries = Object.entries(data.weights);
  if (entries.length === 0) return undefined;
  if (data.bucketBits !== bucketBits)
    throw new Error(`weights hashed into 2^${data.bucketBits} buckets, expected 2^${bucketBits}`);
  const rowOf = entries.length < 0xffff ? new Uint16Array(bucketMask + 1) : new Uint32Array(bucketMask + 1);
  const weights = new Float32Array(entries.length * modelColumns);
  entries.forEach(([bucket, row], index) => {
    rowOf[Number(bucket)] = index + 1;
    weights.set(row, index * modelColumns);
  });
  return {
    rowOf,
    weights,
    bias: Float64Array.from(data.bias),
    neutralBand: data.neutralBand,
    thresholds: Float64Array.from(data.thresholds),
  };
}

/** A sink that adds weight·value into the model's outputs as features arrive. */
export class LinearScorer implements FeatureSink {
  readonly sums: Float64Array;

  constructor(private readonly model: LinearModel) {
    this.sums = Float64Array.from(model.bias);
  }

  add(feature: number, value: number): void {
    const row = this.model.rowOf[feature & bucketMask] as number;
    if (row === 0) return;
    const weights = this.model.weights;
    const at = (row - 1) * modelColumns;
    const sums = this.sums;
    for (let c = 0; c < modelColumns; c++)
      sums[c] = (sums[c] as number) + (weights[at + c] as number) * value;
  }
}
