// Finds near-duplicate contributions: SimHash buckets on the reduced vectors, confirmed by TF-IDF cosine.
import { dotAt, type Points } from "./kmeans.ts";
import type { Random } from "./random.ts";
import { rowDot, type SparseMatrix } from "./sparse.ts";

export interface NearDuplicateOptions {
  random: Random;
  /** TF-IDF cosine at or above which two texts count as near-duplicates. */
  threshold?: number;
  /** Sign bits per band; two texts are compared when one band matches (Charikar 2002 random hyperplanes). */
  bitsPerBand?: number;
  bands?: number;
  /** Texts a newcomer is compared with in one bucket, which bounds the work on huge runs of copies. */
  perBucket?: number;
}

/**
 * Returns sets of near-duplicate rows (each of two or more rows, increasing), largest first.
 * Each row gets `bands` signatures of `bitsPerBand` random-hyperplane signs; rows sharing a signature are
 * candidates, confirmed when the cosine of their TF-IDF rows reaches the threshold; sets are the
 * connected components (union–find). Work is O(rows × bands × perBucket) cosine checks.
 */
export function findNearDuplicates(
  points: Points,
  tfidf: SparseMatrix,
  options: NearDuplicateOptions,
): number[][] {
  const { data, rows, dims } = points;
  const bits = options.bitsPerBand ?? 20;
  const bands = options.bands ?? 3;
  const threshold = options.threshold ?? 0.9;
  const perBucket = options.perBucket ?? 4;
  const planes = new Float32Array(bands * bits * dims);
  for (let i = 0; i < planes.length; i++) planes[i] = options.random.gaussian();
  const parent = Int32Array.from({ length: rows }, (_, i) => i);
  const find = (x: number): number => {
    let root = x;
    while (parent[root] !== root) root = parent[root] as number;
    while (parent[x] !== root) {
      const next = parent[x] as number;
      parent[x] = root;
      x = next;
    }
    return root;
  };
  const signatures = new Int32Array(rows * bands);
  for (let i = 0; i < rows; i++) {
    for (let band = 0; band < bands; band++) {
      let signature = 0;
      for (let b = 0; b < bits; b++) {
        if (dotAt(data, i * dims, planes, (band * bits + b) * dims, dims) >= 0) signature |= 1 << b;
      }
      signatures[i * bands + band] = signature;
    }
  }
  for (let band = 0; band < bands; band++) {
    const buckets = new Map<number, number[]>();
    for (let i = 0; i < rows; i++) {
      if ((tfidf.rowPtr[i + 1] as number) === (tfidf.rowPtr[i] as number)) continue;
      const signature = signatures[i * bands + band] as number;
      const bucket = buckets.get(signature);
      if (!bucket) {
        buckets.set(signature, [i]);
        continue;
      }
      let matched = false;
      for (const other of bucket) {
        const a = find(i);
        const b = find(other);
        if (a === b || rowDot(tfidf, i, other) >= threshold) {
          if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
          matched = true;
          break;
        }
      }
      if (!matched && bucket.length < perBucket) bucket.push(i);
    }
  }
  const sets = new Map<number, number[]>();
  for (let i = 0; i < rows; i++) {
    const root = find(i);
    let set = sets.get(root);
    if (!set) {
      set = [];
      sets.set(root, set);
    }
    set.push(i);
  }
  return [...sets.values()]
    .filter((set) => set.length > 1)
    .sort((a, b) => b.length - a.length || (a[0] as number) - (b[0] as number));
}
