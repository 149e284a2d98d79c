// Opinion groups: many small base clusters of participants, then 2 to 5 groups of base clusters by silhouette.

import type { RandomSource } from "../random.ts";
import { planeDistances, silhouette } from "../silhouette.ts";
import { chooseK } from "./choose-k.ts";
import { type Clustering, firstDistinct, kmeans } from "./kmeans.ts";

export interface GroupOptions {
  random: RandomSource;
  /** Number of base clusters; Pol.is: 100 (`conversation.clj` `:base-k`). */
  baseK?: number;
  /** Most groups; Pol.is: 5 (`:max-k`), further capped at 2 + ⌊baseClusters / 12⌋ (`max-k-fn`). */
  maxK?: number;
  /**
   * k-means runs per k for the groups, each seeded by k-means++, keeping the lowest inertia; with ~100 base
   * clusters 100 runs cost little and make the groups practically independent of the seed.
   */
  restarts?: number;
  /**
   * Base clusters start from the first distinct points in this order, as Pol.is does (`init-clusters`); pass
   * the participants in joining order (Pol.is's pid order). "plusplus" seeds them by k-means++ instead.
   */
  baseInit?: "first" | "plusplus";
  /** Groups: "plusplus" (default, best of `restarts`) or "first" (Pol.is's first distinct base clusters). */
  groupInit?: "first" | "plusplus";
  /** Order of the points for "first" initialization; default input order. */
  order?: ArrayLike<number>;
  /**
   * "bootstrap" (default): the k with the best silhouette in most bootstrap resamples (`choose-k.ts`);
   * "silhouette": the best silhouette on all participants, ties to the smaller k.
   */
  kRule?: "bootstrap" | "silhouette";
}

export interface OpinionGroups {
  /** Group of each input point, 0..k-1, groups numbered by decreasing size. */
  labels: Int32Array;
  k: number;
  /** Group centers, x, y interleaved. */
  centers: Float64Array;
  /** Mean silhouette of each k tried (on base-cluster centers), by k. */
  silhouettes: Record<number, number>;
  baseClusters: number;
}

/**
 * Pol.is's two-level clustering (`conversation.clj` `:base-clusters` and `:group-clusterings`): k-means with
 * k = 100 on the participants' 2-D positions, then weighted k-means (weight = members) of the base-cluster
 * centers for every k from 2 to maxK, keeping the k with the best silhouette computed on the base-cluster
 * centers (`clusters.clj` `silhouette`). Base clusters smooth out individual noise and make the silhouette
 * cheap. Pol.is also waits until a new k wins 4 updates in a row (`:group-k-buffer`), which keeps a k that
 * wins by noise from showing; a one-shot computation has no previous k, so near-ties are settled by the
 * bootstrap instead: the k with the best silhouette in most resamples of the participants (`choose-k.ts`).
 *
 * Initialization, measured against Pol.is's own group-id on 13 openData conversations (BENCHMARKS.md): base
 * clusters seeded like Pol.is (first distinct points by participant id) agree with Pol.is's number of groups
 * on 11 of 13 conversations with a median ARI of 0.88 for every seed tried, against 10 of 13 and 0.74–0.81
 * with k-means++ seeding (which isolates far-out participants into base clusters of their own and lifts the
 * silhouette of splits Pol.is does not make); the groups take the lowest-inertia of 100 k-means++ runs.
 */
export function findGroups(points: Float64Array, options: GroupOptions): OpinionGroups {
  const n = points.length / 2;
  const baseK = options.baseK ?? 100;
  const restarts = options.restarts ?? 100;
  if (n < 2) return single(n, points);
  const base = kmeans(points, Math.min(baseK, n), {
    random: options.random,
    maxIterations: 100,
    ...(options.baseInit === "plusplus"
      ? {}
      : { init: firstDistinct(points, Math.min(baseK, n), options.order) }),
  });
  const maxK = Math.min(options.maxK ?? 5, 2 + Math.floor(base.k / 12), base.k);
  if (maxK < 2) return single(n, points, base.k);
  const silhouettes: Record<number, number> = {};
  const byK = new Map<number, Clustering>();
  const distances = planeDistances(base.centers);
  for (let k = 2; k <= maxK; k++) {
    let chosen: Clustering | undefined;
    for (let r = 0; r < restarts; r++) {
      const run = kmeans(base.centers, k, {
        weights: base.weights,
        random: options.random,
        maxIterations: 100,
      });
      if (!chosen || run.inertia < chosen.inertia - 1e-12) chosen = run;
    }
    if (!chosen || chosen.k < 2) continue;
    const score = silhouette(distances, chosen.labels, chosen.k);
    silhouettes[k] = score;
    byK.set(k, chosen);
  }
  if (byK.size === 0) return single(n, points, base.k);
  const rule = options.kRule ?? "bootstrap";
  let bestK = [...byK.keys()].reduce((a, k) => (silhouettes[k]! > silhouettes[a]! + 1e-12 ? k : a));
  if (rule === "bootstrap")
    bestK = chooseK(points, base.labels, base.k, silhouettes, { random: options.random }).k;
  const best = byK.get(bestK)!;
  // Renumber groups by decreasing size so that ids are stable and readable.
  const order = Array.from({ length: best.k }, (_, g) => g).sort(
    (a, b) => best.weights[b]! - best.weights[a]! || a - b,
  );
  const rank = new Int32Array(best.k);
  order.forEach((g, r) => {
    rank[g] = r;
  });
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) labels[i] = rank[best.labels[base.labels[i]!]!]!;
  const centers = new Float64Array(best.k * 2);
  order.forEach((g, r) => {
    centers[2 * r] = best.centers[2 * g]!;
    centers[2 * r + 1] = best.centers[2 * g + 1]!;
  });
  return { labels, k: best.k, centers, silhouettes, baseClusters: base.k };
}

function single(n: number, points: Float64Array, baseClusters = n): OpinionGroups {
  let x = 0;
  let y = 0;
  for (let i = 0; i < n; i++) {
    x += points[2 * i]!;
    y += points[2 * i + 1]!;
  }
  const centers = n > 0 ? Float64Array.of(x / n, y / n) : new Float64Array(0);
  return { labels: new Int32Array(n), k: n > 0 ? 1 : 0, centers, silhouettes: {}, baseClusters };
}
