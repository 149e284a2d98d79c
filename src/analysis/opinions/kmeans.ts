// Weighted k-means in the plane: Pol.is's base clusters and opinion groups.
import type { RandomSource } from "../random.ts";

/** A partition of 2-D points: `centers` x, y interleaved; `labels[i]` in 0..k-1; `weights` summed per cluster. */
export interface Clustering {
  k: number;
  centers: Float64Array;
  labels: Int32Array;
  weights: Float64Array;
  /** Weighted sum of squared distances to the assigned center. */
  inertia: number;
}

export interface KMeansOptions {
  /** One weight per point (Pol.is weighs base clusters by their member count); default 1. */
  weights?: Float64Array;
  random: RandomSource;
  /** Initial centers (x, y interleaved) instead of k-means++ seeding; k is then their number. */
  init?: Float64Array;
  /** Lloyd iterations cap; Pol.is uses 100 for base clusters (`conversation.clj` `:base-iters`). */
  maxIterations?: number;
  /**
   * Stop once no center moves farther than this; Pol.is: 0.01 (`clusters.clj` `same-clustering?`), in the
   * units of the points. 0 runs until no assignment changes.
   */
  threshold?: number;
}

/**
 * k-means (Lloyd) seeded by k-means++ (Arthur & Vassilvitskii 2007) drawn from `random`. Pol.is instead seeds
 * with the first k distinct points (`clusters.clj` `init-clusters`) and then carries clusters over from one
 * update to the next; a one-shot computation has no history, so a spread-out seeding is the closer stand-in.
 * Clusters that end up empty are dropped, as `clusters.clj` `cluster-step` does, so `k` may come out smaller;
 * it is also at most the number of distinct points. Stops when no assignment changes or, as Pol.is does, when
 * no center moved more than `threshold`.
 */
export function kmeans(points: Float64Array, k: number, options: KMeansOptions): Clustering {
  const n = points.length / 2;
  const weights = options.weights ?? new Float64Array(n).fill(1);
  const maxIterations = options.maxIterations ?? 100;
  const threshold = options.threshold ?? 0.01;
  let centers = options.init
    ? Float64Array.from(options.init)
    : seedPlusPlus(points, weights, k, options.random);
  let count = centers.length / 2;
  const labels = new Int32Array(n).fill(-1);
  const bounds = { upper: new Float64Array(n), lower: new Float64Array(n), valid: false };
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const changed = assign(points, centers, count, labels, bounds);
    if (!changed && iteration > 0) break;
    const next = new Float64Array(count * 2);
    const mass = new Float64Array(count);
    for (let i = 0; i < n; i++) {
      const c = labels[i]!;
      const w = weights[i]!;
      next[2 * c]! += w * points[2 * i]!;
      next[2 * c + 1]! += w * points[2 * i + 1]!;
      mass[c]! += w;
    }
    // Drop empty clusters and renumber the others in order.
    const remap = new Int32Array(count).fill(-1);
    let kept = 0;
    for (let c = 0; c < count; c++) {
      if (mass[c]! > 0) {
        next[2 * kept] = next[2 * c]! / mass[c]!;
        next[2 * kept + 1] = next[2 * c + 1]! / mass[c]!;
        remap[c] = kept++;
      }
    }
    let moved = 0;
    if (kept < count) {
      for (let i = 0; i < n; i++) labels[i] = remap[labels[i]!]!;
      moved = Number.POSITIVE_INFINITY;
      bounds.valid = false;
    } else {
      // Hamerly's bounds follow the centers: the own center moved by at most shift[c], any other by the largest.
      const shift = new Float64Array(count);
      let most = 0;
      let second = 0;
      for (let c = 0; c < count; c++) {
        shift[c] = Math.hypot(next[2 * c]! - centers[2 * c]!, next[2 * c + 1]! - centers[2 * c + 1]!);
        if (shift[c]! > most) {
          second = most;
          most = shift[c]!;
        } else if (shift[c]! > second) second = shift[c]!;
      }
      moved = most;
      for (let i = 0; i < n; i++) {
        const c = labels[i]!;
        bounds.upper[i]! += shift[c]!;
        bounds.lower[i]! -= shift[c] === most ? second : most;
      }
    }
    centers = next.slice(0, kept * 2);
    count = kept;
    if (moved < threshold) break;
  }
  bounds.valid = false;
  assign(points, centers, count, labels, bounds);
  const clusterWeights = new Float64Array(count);
  let inertia = 0;
  for (let i = 0; i < n; i++) {
    const c = labels[i]!;
    clusterWeights[c]! += weights[i]!;
    inertia +=
      weights[i]! *
      ((points[2 * i]! - centers[2 * c]!) ** 2 + (points[2 * i + 1]! - centers[2 * c + 1]!) ** 2);
  }
  return { k: count, centers, labels, weights: clusterWeights, inertia };
}

interface Bounds {
  /** Distance to the assigned center is at most upper[i]; to any other center at least lower[i]. */
  upper: Float64Array;
  lower: Float64Array;
  valid: boolean;
}

/**
 * Assigns each point to its nearest center (lowest index on ties); true when any label changed. Uses Hamerly's
 * bounds (Hamerly 2010, "Making k-means even faster") to skip points whose center cannot have changed, which
 * gives the same assignment as a full scan at a fraction of the distance computations.
 */
function assign(
  points: Float64Array,
  centers: Float64Array,
  count: number,
  labels: Int32Array,
  bounds: Bounds,
): boolean {
  let changed = false;
  const n = points.length / 2;
  const { upper, lower } = bounds;
  // half the distance from each center to its nearest other center
  const half = new Float64Array(count).fill(Number.POSITIVE_INFINITY);
  if (bounds.valid) {
    for (let a = 0; a < count; a++) {
      for (let b = a + 1; b < count; b++) {
        const d =
          Math.hypot(centers[2 * a]! - centers[2 * b]!, centers[2 * a + 1]! - centers[2 * b + 1]!) / 2;
        if (d < half[a]!) half[a] = d;
        if (d < half[b]!) half[b] = d;
      }
    }
  }
  for (let i = 0; i < n; i++) {
    const x = points[2 * i]!;
    const y = points[2 * i + 1]!;
    if (bounds.valid) {
      const own = labels[i]!;
      const bound = Math.max(half[own]!, lower[i]!);
      if (upper[i]! <= bound) continue;
      upper[i] = Math.hypot(x - centers[2 * own]!, y - centers[2 * own + 1]!);
      if (upper[i]! <= bound) continue;
    }
    let best = 0;
    let bestDistance = Number.POSITIVE_INFINITY;
    let secondDistance = Number.POSITIVE_INFINITY;
    for (let c = 0; c < count; c++) {
      const dx = x - centers[2 * c]!;
      const dy = y - centers[2 * c + 1]!;
      const d = dx * dx + dy * dy;
      if (d < bestDistance) {
        secondDistance = bestDistance;
        bestDistance = d;
        best = c;
      } else if (d < secondDistance) secondDistance = d;
    }
    upper[i] = Math.sqrt(bestDistance);
    lower[i] = Math.sqrt(secondDistance);
    if (labels[i] !== best) {
      labels[i] = best;
      changed = true;
    }
  }
  bounds.valid = true;
  return changed;
}

/**
 * The first k distinct points in the order given: Pol.is's initialization (`clusters.clj` `init-clusters`),
 * deterministic and biased toward the earliest participants, as Pol.is's clusters are by its incremental updates.
 */
export function firstDistinct(points: Float64Array, k: number, order?: ArrayLike<number>): Float64Array {
  const n = points.length / 2;
  const seen = new Set<string>();
  const chosen: number[] = [];
  for (let r = 0; r < n && chosen.length < 2 * k; r++) {
    const i = order ? order[r]! : r;
    const key = `${points[2 * i]},${points[2 * i + 1]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    chosen.push(points[2 * i]!, points[2 * i + 1]!);
  }
  return Float64Array.from(chosen);
}

/** k-means++ seeding, weighted: each next center is drawn with probability ∝ weight × squared distance. */
function seedPlusPlus(
  points: Float64Array,
  weights: Float64Array,
  k: number,
  random: RandomSource,
): Float64Array {
  const n = points.length / 2;
  if (n === 0 || k <= 0) return new Float64Array(0);
  const chosen: number[] = [];
  let total = 0;
  for (let i = 0; i < n; i++) total += weights[i]!;
  chosen.push(pick(weights, total, random));
  const nearest = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  while (chosen.length < k) {
    const last = chosen[chosen.length - 1]!;
    const cx = points[2 * last]!;
    const cy = points[2 * last + 1]!;
    let sum = 0;
    const score = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const d = (points[2 * i]! - cx) ** 2 + (points[2 * i + 1]! - cy) ** 2;
      if (d < nearest[i]!) nearest[i] = d;
      score[i] = weights[i]! * nearest[i]!;
      sum += score[i]!;
    }
    if (!(sum > 0)) break; // every point sits on a center already: fewer distinct points than k
    chosen.push(pick(score, sum, random));
  }
  const centers = new Float64Array(chosen.length * 2);
  chosen.forEach((i, c) => {
    centers[2 * c] = points[2 * i]!;
    centers[2 * c + 1] = points[2 * i + 1]!;
  });
  return centers;
}

function pick(scores: Float64Array, total: number, random: RandomSource): number {
  let target = random() * total;
  for (let i = 0; i < scores.length; i++) {
    target -= scores[i]!;
    if (target < 0 && scores[i]! > 0) return i;
  }
  for (let i = scores.length - 1; i >= 0; i--) if (scores[i]! > 0) return i;
  return 0;
}
