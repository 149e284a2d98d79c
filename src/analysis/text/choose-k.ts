// Chooses the number of groups by the mean silhouette (Rousseeuw 1987) of k-means fits on a sample.

import type { Random } from "../random.ts";
import { silhouette } from "../silhouette.ts";
import { kmeans, type Points } from "./kmeans.ts";

export interface ChooseKOptions {
  random: Random;
  /** Candidate numbers of groups, increasing. */
  candidates: number[];
  /** Points sampled for the fits and the silhouette (the silhouette costs sample² time). */
  sampleSize?: number;
  /** Share of the best silhouette that a smaller k may lose and still be chosen. */
  tolerance?: number;
}

export interface KScore {
  k: number;
  silhouette: number;
}

/**
 * Candidate k for n documents: 2…12 one by one, then by steps of about 15% up to min(40, √(n/2)). Below 100
 * documents √(n/2) allowed 2 groups for 16 texts, fewer than the topics people write about; there the top is
 * also at least ⌊n/4⌋ (a group of four texts on average), up to 12.
 */
export function candidateKs(documents: number): number[] {
  const root = Math.floor(Math.sqrt(documents / 2));
  const top = Math.max(
    2,
    Math.min(40, documents < 100 ? Math.max(root, Math.min(12, Math.floor(documents / 4))) : root),
  );
  const out: number[] = [];
  for (let k = 2; k <= top; k = k < 12 ? k + 1 : Math.ceil(k * 1.15)) out.push(k);
  return out;
}

/**
 * Fits k-means for each candidate on one sample and returns the smallest k whose mean silhouette
 * (cosine distance) comes within a tolerance of the best; with the scores, for the stats.
 */
export function chooseK(points: Points, options: ChooseKOptions): { k: number; scores: KScore[] } {
  const sample = options.random.sample(points.rows, options.sampleSize ?? 1500);
  const s = sample.length;
  const { data, dims } = points;
  const distance = new Float32Array(s * s);
  for (let a = 0; a < s; a++) {
    const ba = (sample[a] as number) * dims;
    for (let b = a + 1; b < s; b++) {
      const bb = (sample[b] as number) * dims;
      let dot = 0;
      for (let d = 0; d < dims; d++) dot += (data[ba + d] as number) * (data[bb + d] as number);
      distance[a * s + b] = 1 - dot;
      distance[b * s + a] = 1 - dot;
    }
  }
  const scores: KScore[] = [];
  for (const k of options.candidates) {
    if (k >= s) break;
    const fit = kmeans(points, k, {
      random: options.random,
      subset: sample,
      // One k-means run on a small sample is noisy and five cost little there.
      restarts: s < 200 ? 5 : 1,
      maxIterations: 20,
    });
    scores.push({ k, silhouette: silhouette(distance, fit.assignment, k) });
  }
  let best = scores[0] ?? { k: 1, silhouette: 0 };
  for (const score of scores) if (score.silhouette > best.silhouette) best = score;
  // On text the silhouette creeps up with k long after the groups stop meaning more; the smallest k within
  // `tolerance` of the best is as good a partition and easier to read (a parsimony rule, like the one-standard-error rule).
  const enough = best.silhouette - (options.tolerance ?? 0.1) * Math.abs(best.silhouette);
  const chosen = scores.find((score) => score.silhouette >= enough) ?? best;
  return { k: chosen.k, scores };
}
