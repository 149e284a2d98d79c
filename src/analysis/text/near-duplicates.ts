// Finds near-duplicate contributions: SimHash buckets on the reduced vectors, confirmed by TF-IDF cosine.
import type { Points } from "./kmeans.ts";
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
  const bits = options.bitsPerBand ?? 16;
  const bands = options.bands ?? 4;
  const threshold = options.threshold ?? 0.9;
  const perBucket = options.perBucket ?? 8;
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
  for (let band = 0; band < bands; band++) {
    const buckets = new Map<number, number[]>();
    for (let i = 0; i < rows; i++) {
      if ((tfidf.rowPtr[i + 1] as number) === (tfidf.rowPtr[i] as number)) continue;
      let signature = 0;
      for (let b = 0; b < bits; b++) {
        const plane = (band * bits + b) * dims;
        let dot = 0;
        for (let d = 0; d < dims; d++) dot += (data[i * dims + d] as number) * (planes[plane + d] as number);
        if (dot >= 0) signature |= 1 << b;
      }
      const bucket = buckets.get(signature);
      if (!bucket) {
        buckets.set(signature, [i]);
        continue;
      }
      let matched = false;
      for (const other of bucket) {
        if (rowDot(tfidf, i, other) >= threshold) {
          const a = find(i);
          const b = find(other);
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
