// Picks a group's representative texts: central to the group yet different from each other.
import type { Points } from "./kmeans.ts";

export interface RepresentativeOptions {
  count: number;
  /** Weight of centrality against novelty in maximal marginal relevance (Carbonell & Goldstein 1998). */
  lambda?: number;
  /** Texts at least this similar to one already chosen are never chosen (near-copies). */
  maxSimilarity?: number;
  /** Only the members this close to the centroid are considered, for speed. */
  pool?: number;
}

/**
 * Greedy maximal marginal relevance on the reduced vectors: each pick maximizes
 * λ·cos(text, centroid) − (1 − λ)·max cos(text, picked). Returns member row indices.
 */
export function pickRepresentatives(
  points: Points,
  members: Int32Array,
  centroid: Float32Array,
  options: RepresentativeOptions,
): number[] {
  const { data, dims } = points;
  const lambda = options.lambda ?? 0.7;
  const maxSimilarity = options.maxSimilarity ?? 0.95;
  const closeness = new Float32Array(members.length);
  for (let j = 0; j < members.length; j++)
    closeness[j] = dot(data, (members[j] as number) * dims, centroid, dims);
  const order = Int32Array.from({ length: members.length }, (_, j) => j).sort(
    (a, b) => (closeness[b] as number) - (closeness[a] as number) || a - b,
  );
  const pool = Array.from(order.subarray(0, options.pool ?? 200), (j) => members[j] as number);
  const relevance = Array.from(order.subarray(0, pool.length), (j) => closeness[j] as number);
  const redundancy = pool.map(() => Number.NEGATIVE_INFINITY);
  const chosen: number[] = [];
  const taken = new Set<number>();
  while (chosen.length < options.count) {
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (let j = 0; j < pool.length; j++) {
      if (taken.has(j) || (redundancy[j] as number) >= maxSimilarity) continue;
      const novelty = chosen.length === 0 ? 0 : (redundancy[j] as number);
      const score = lambda * (relevance[j] as number) - (1 - lambda) * novelty;
      if (score > bestScore) {
        bestScore = score;
        best = j;
      }
    }
    if (best < 0) break;
    taken.add(best);
    const row = pool[best] as number;
    chosen.push(row);
    const pick = data.subarray(row * dims, row * dims + dims);
    for (let j = 0; j < pool.length; j++) {
      const sim = dot(data, (pool[j] as number) * dims, pick, dims);
      if (sim > (redundancy[j] as number)) redundancy[j] = sim;
    }
  }
  return chosen;
}

function dot(data: Float32Array, base: number, other: Float32Array, dims: number): number {
  let sum = 0;
  for (let d = 0; d < dims; d++) sum += (data[base + d] as number) * (other[d] as number);
  return sum;
}
