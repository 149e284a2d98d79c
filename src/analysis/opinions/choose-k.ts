// The number of opinion groups when there is no history to smooth it: the k that wins most bootstrap resamples.
import type { RandomSource } from "../random.ts";
import { planeDistances, silhouette } from "../silhouette.ts";
import { type Clustering, kmeans } from "./kmeans.ts";

export interface BootstrapOptions {
  random: RandomSource;
  /** Bootstrap resamples of the participants; 20 by default. */
  resamples?: number;
  /** k-means++ runs per k and resample, the lowest inertia kept; 10 by default. */
  restarts?: number;
}

export interface KChoice {
  k: number;
  /** Resamples in which each k had the best silhouette. */
  wins: Record<number, number>;
}

/**
 * Chooses k among the candidates of `silhouettes` by the stability of the choice itself: the participants are
 * resampled with replacement, each resample gives the base clusters new weights (members drawn) and new
 * centers (their mean), these are grouped again for every k, and the k with the best silhouette (Pol.is's
 * criterion, on base-cluster centers) wins that resample. The k winning most resamples is chosen, ties going
 * to the smaller k. This is the one-shot counterpart of Pol.is's `:group-k-buffer` (a k is shown only after
 * winning 4 updates in a row): a k ahead by noise, as in near-ties of silhouettes, wins few resamples. No
 * threshold is fitted to any conversation. `baseLabels[i]` is the base cluster of point i, among `nBase`.
 */
export function chooseK(
  points: Float64Array,
  baseLabels: Int32Array,
  nBase: number,
  silhouettes: Record<number, number>,
  options: BootstrapOptions,
): KChoice {
  const ks = Object.keys(silhouettes)
    .map(Number)
    .sort((a, b) => a - b);
  if (ks.length === 0) return { k: 1, wins: {} };
  const resamples = options.resamples ?? 20;
  const restarts = options.restarts ?? 10;
  const n = baseLabels.length;
  const scores: Record<number, number[]> = {};
  for (const k of ks) scores[k] = [];
  for (let b = 0; b < resamples; b++) {
    const sx = new Float64Array(nBase);
    const sy = new Float64Array(nBase);
    const count = new Float64Array(nBase);
    for (let draw = 0; draw < n; draw++) {
      const i = Math.min(n - 1, Math.floor(options.random() * n));
      const c = baseLabels[i]!;
      sx[c]! += points[2 * i]!;
      sy[c]! += points[2 * i + 1]!;
      count[c]! += 1;
    }
    const centers: number[] = [];
    const weights: number[] = [];
    for (let c = 0; c < nBase; c++) {
      if (count[c]! === 0) continue;
      centers.push(sx[c]! / count[c]!, sy[c]! / count[c]!);
      weights.push(count[c]!);
    }
    const at = Float64Array.from(centers);
    const w = Float64Array.from(weights);
    const distances = planeDistances(at);
    for (const k of ks) {
      if (k > weights.length) {
        scores[k]!.push(0);
        continue;
      }
      let chosen: Clustering | undefined;
      for (let r = 0; r < restarts; r++) {
        const run = kmeans(at, k, { weights: w, random: options.random, maxIterations: 100 });
        if (!chosen || run.inertia < chosen.inertia - 1e-12) chosen = run;
      }
      scores[k]!.push(chosen && chosen.k >= 2 ? silhouette(distances, chosen.labels, chosen.k) : 0);
    }
  }
  const wins: Record<number, number> = {};
  for (const k of ks) wins[k] = 0;
  for (let b = 0; b < resamples; b++) {
    let winner = ks[0]!;
    for (const k of ks) if (scores[k]![b]! > scores[winner]![b]! + 1e-12) winner = k;
    wins[winner]! += 1;
  }
  let k = ks[0]!;
  for (const candidate of ks) if (wins[candidate]! > wins[k]!) k = candidate;
  return { k, wins };
}
