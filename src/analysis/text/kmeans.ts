// Spherical k-means (Dhillon & Modha 2001) on unit-length rows: cosine similarity, k-means++ seeding.
import type { Random } from "../random.ts";

/** Row-major points of unit length: `rows` × `dims`. */
export interface Points {
  data: Float32Array;
  rows: number;
  dims: number;
}

export interface KMeansOptions {
  random: Random;
  /** Lloyd iterations at most (stops earlier when no point moves). */
  maxIterations?: number;
  /** Independent seedings; the one with the highest total similarity wins. */
  restarts?: number;
  /** Fit on these rows only (a sample); default all rows. */
  subset?: Int32Array;
  /**
   * Starting centroids (k × dims, unit length), e.g. the groups of a previous run: Lloyd starts from them once,
   * instead of from `restarts` k-means++ seedings, so that the groups move only where the data moved.
   */
  initial?: Float32Array;
}

export interface KMeansFit {
  k: number;
  /** k × dims, unit length. */
  centroids: Float32Array;
  /** Per fitted row (of the subset when one is given): its centroid. */
  assignment: Int32Array;
  /** Sum over fitted rows of the cosine to their centroid (higher is tighter). */
  cohesion: number;
}

/** Clusters the rows into k groups; deterministic for a given random state. */
export function kmeans(points: Points, k: number, options: KMeansOptions): KMeansFit {
  const rows = options.subset ?? Int32Array.from({ length: points.rows }, (_, i) => i);
  const groups = Math.max(1, Math.min(k, rows.length));
  if (options.initial) {
    return lloyd(
      points,
      rows,
      Float32Array.from(options.initial),
      groups,
      options.maxIterations ?? 50,
      options.random,
    );
  }
  let best: KMeansFit | undefined;
  for (let r = 0; r < (options.restarts ?? 1); r++) {
    const centroids = seedPlusPlus(points, rows, groups, options.random);
    const fit = lloyd(points, rows, centroids, groups, options.maxIterations ?? 50, options.random);
    if (!best || fit.cohesion > best.cohesion) best = fit;
  }
  return best as KMeansFit;
}

/** k-means++ seeding (Arthur & Vassilvitskii 2007) with squared chord distance 2 − 2 cos. */
function seedPlusPlus(points: Points, rows: Int32Array, k: number, random: Random): Float32Array {
  const { data, dims } = points;
  const centroids = new Float32Array(k * dims);
  const first = rows[random.int(rows.length)] as number;
  centroids.set(data.subarray(first * dims, first * dims + dims), 0);
  const distance = new Float64Array(rows.length).fill(Number.POSITIVE_INFINITY);
  for (let c = 1; c < k; c++) {
    let total = 0;
    const prev = (c - 1) * dims;
    for (let j = 0; j < rows.length; j++) {
      const base = (rows[j] as number) * dims;
      let dot = 0;
      for (let d = 0; d < dims; d++) dot += (data[base + d] as number) * (centroids[prev + d] as number);
      const dist = Math.max(0, 2 - 2 * dot);
      if (dist < (distance[j] as number)) distance[j] = dist;
      total += distance[j] as number;
    }
    let target = random.next() * total;
    let pick = rows.length - 1;
    for (let j = 0; j < rows.length; j++) {
      target -= distance[j] as number;
      if (target <= 0) {
        pick = j;
        break;
      }
    }
    const base = (rows[pick] as number) * dims;
    centroids.set(data.subarray(base, base + dims), c * dims);
  }
  return centroids;
}

function lloyd(
  points: Points,
  rows: Int32Array,
  centroids: Float32Array,
  k: number,
  maxIterations: number,
  random: Random,
): KMeansFit {
  const { data, dims } = points;
  const assignment = new Int32Array(rows.length).fill(-1);
  const similarity = new Float32Array(rows.length);
  const sums = new Float64Array(k * dims);
  const sizes = new Int32Array(k);
  let cohesion = 0;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let moved = 0;
    cohesion = 0;
    for (let j = 0; j < rows.length; j++) {
      const base = (rows[j] as number) * dims;
      let best = 0;
      let sim = Number.NEGATIVE_INFINITY;
      for (let c = 0; c < k; c++) {
        const dot = dotAt(data, base, centroids, c * dims, dims);
        if (dot > sim) {
          sim = dot;
          best = c;
        }
      }
      if (assignment[j] !== best) moved++;
      assignment[j] = best;
      similarity[j] = sim;
      cohesion += sim;
    }
    // Stop when fewer than one point in five hundred moves: the tail of Lloyd's iterations barely changes
    // the groups, and the final pass over all rows refines them anyway.
    if (moved <= rows.length / 500) break;
    sums.fill(0);
    sizes.fill(0);
    for (let j = 0; j < rows.length; j++) {
      const c = assignment[j] as number;
      sizes[c]! += 1;
      const base = (rows[j] as number) * dims;
      const out = c * dims;
      for (let d = 0; d < dims; d++) sums[out + d] = (sums[out + d] as number) + (data[base + d] as number);
    }
    for (let c = 0; c < k; c++) {
      if (sizes[c] === 0) {
        // An empty group takes the point worst served by its own centroid.
        let worst = random.int(rows.length);
        for (let j = 0; j < rows.length; j++)
          if ((similarity[j] as number) < (similarity[worst] as number)) worst = j;
        similarity[worst] = 1;
        const base = (rows[worst] as number) * dims;
        for (let d = 0; d < dims; d++) sums[c * dims + d] = data[base + d] as number;
      }
      normalizeInto(sums, c * dims, dims, centroids);
    }
  }
  return { k, centroids, assignment, cohesion };
}

/** The centroid most similar to the point at data[base…], and that cosine. */
export function nearest(
  data: Float32Array,
  base: number,
  centroids: Float32Array,
  k: number,
  dims: number,
): [number, number] {
  let best = 0;
  let bestSim = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < k; c++) {
    const dot = dotAt(data, base, centroids, c * dims, dims);
    if (dot > bestSim) {
      bestSim = dot;
      best = c;
    }
  }
  return [best, bestSim];
}

/** Dot product of a[aBase…aBase+dims) and b[bBase…), unrolled by four. */
export function dotAt(a: Float32Array, aBase: number, b: Float32Array, bBase: number, dims: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let d = 0;
  for (; d + 3 < dims; d += 4) {
    s0 += (a[aBase + d] as number) * (b[bBase + d] as number);
    s1 += (a[aBase + d + 1] as number) * (b[bBase + d + 1] as number);
    s2 += (a[aBase + d + 2] as number) * (b[bBase + d + 2] as number);
    s3 += (a[aBase + d + 3] as number) * (b[bBase + d + 3] as number);
  }
  for (; d < dims; d++) s0 += (a[aBase + d] as number) * (b[bBase + d] as number);
  return s0 + s1 + s2 + s3;
}

function normalizeInto(sums: Float64Array, offset: number, dims: number, out: Float32Array): void {
  let norm = 0;
  for (let d = 0; d < dims; d++) norm += (sums[offset + d] as number) ** 2;
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let d = 0; d < dims; d++) out[offset + d] = (sums[offset + d] as number) * scale;
}

/**
 * Assigns every row to its most similar centroid, then runs `refinements` full Lloyd steps over all rows.
 * Returns the final assignment and each row's cosine to its centroid; centroids are updated in place.
 */
export function assignAll(
  points: Points,
  centroids: Float32Array,
  k: number,
  refinements: number,
): { assignment: Int32Array; similarity: Float32Array } {
  const { data, rows, dims } = points;
  const assignment = new Int32Array(rows);
  const similarity = new Float32Array(rows);
  const sums = new Float64Array(k * dims);
  for (let step = 0; step <= refinements; step++) {
    for (let i = 0; i < rows; i++) {
      const base = i * dims;
      let best = 0;
      let sim = Number.NEGATIVE_INFINITY;
      for (let c = 0; c < k; c++) {
        const dot = dotAt(data, base, centroids, c * dims, dims);
        if (dot > sim) {
          sim = dot;
          best = c;
        }
      }
      assignment[i] = best;
      similarity[i] = sim;
    }
    if (step === refinements) break;
    sums.fill(0);
    for (let i = 0; i < rows; i++) {
      const out = (assignment[i] as number) * dims;
      const base = i * dims;
      for (let d = 0; d < dims; d++) sums[out + d] = (sums[out + d] as number) + (data[base + d] as number);
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += (sums[c * dims + d] as number) ** 2;
      if (norm > 0) normalizeInto(sums, c * dims, dims, centroids);
    }
  }
  return { assignment, similarity };
}

/** Scales every row to unit length in place (zero rows stay zero). */
export function normalizeRows(points: Points): void {
  const { data, rows, dims } = points;
  for (let i = 0; i < rows; i++) {
    const base = i * dims;
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += (data[base + d] as number) ** 2;
    if (norm === 0) continue;
    const scale = 1 / Math.sqrt(norm);
    for (let d = 0; d < dims; d++) data[base + d] = (data[base + d] as number) * scale;
  }
}

/**
 * The unit-length mean of each group's rows (`groupOf[row]`, −1 for none), for the groups 0…k−1 that have rows;
 * `k` is how many groups had rows, in order of their index.
 */
export function centroidsOf(
  points: Points,
  groupOf: Int32Array,
  groups: number,
): { centroids: Float32Array; k: number } {
  const { data, dims } = points;
  const sums = new Float64Array(groups * dims);
  const counts = new Int32Array(groups);
  for (let row = 0; row < points.rows; row++) {
    const g = groupOf[row] as number;
    if (g < 0 || g >= groups) continue;
    counts[g] = (counts[g] as number) + 1;
    for (let d = 0; d < dims; d++)
      sums[g * dims + d] = (sums[g * dims + d] as number) + (data[row * dims + d] as number);
  }
  const kept: number[] = [];
  for (let g = 0; g < groups; g++) if ((counts[g] as number) > 0) kept.push(g);
  const centroids = new Float32Array(kept.length * dims);
  kept.forEach((g, c) => {
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += (sums[g * dims + d] as number) ** 2;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let d = 0; d < dims; d++) centroids[c * dims + d] = (sums[g * dims + d] as number) * scale;
  });
  return { centroids, k: kept.length };
}
