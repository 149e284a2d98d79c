// Finds near-duplicate contributions: SimHash buckets on the reduced vectors, confirmed by TF-IDF cosine.

import type { Random } from "../random.ts";
import { dotAt, type Points } from "./kmeans.ts";
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
  /**
   * A last check on a pair that passed the cosine: the TF-IDF rows hold only the kept terms, so two texts
   * sharing just their frequent words can look alike there (see wordOverlap).
   */
  confirm?: (a: number, b: number) => boolean;
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
  // Buckets by sorting (signature, row) keys packed in a float64: no map or array per row at a million rows.
  const keys = new Float64Array(rows);
  const leaders = new Int32Array(perBucket);
  for (let band = 0; band < bands; band++) {
    let count = 0;
    for (let i = 0; i < rows; i++) {
      if ((tfidf.rowPtr[i + 1] as number) === (tfidf.rowPtr[i] as number)) continue;
      keys[count++] = (signatures[i * bands + band] as number) * 2 ** 31 + i;
    }
    const sorted = keys.subarray(0, count).sort();
    let runSignature = -1;
    let leaderCount = 0;
    for (let j = 0; j < count; j++) {
      const key = sorted[j] as number;
      const signature = Math.floor(key / 2 ** 31);
      const i = key - signature * 2 ** 31;
      if (signature !== runSignature) {
        runSignature = signature;
        leaders[0] = i;
        leaderCount = 1;
        continue;
      }
      let matched = false;
      for (let l = 0; l < leaderCount; l++) {
        const other = leaders[l] as number;
        const a = find(i);
        const b = find(other);
        if (a === b || (rowDot(tfidf, i, other) >= threshold && (options.confirm?.(i, other) ?? true))) {
          if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
          matched = true;
          break;
        }
      }
      if (!matched && leaderCount < perBucket) leaders[leaderCount++] = i;
    }
  }
  const sizes = new Int32Array(rows);
  for (let i = 0; i < rows; i++) sizes[find(i)]! += 1;
  const sets = new Map<number, number[]>();
  for (let i = 0; i < rows; i++) {
    const root = find(i);
    if ((sizes[root] as number) < 2) continue;
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

/**
 * Jaccard similarity of the sets of content words of two documents, from a token stream (surface ids,
 * -1 at breaks) and each surface's term (-1 for stop words): all words count here, rare ones included.
 */
export function wordOverlap(
  tokens: Int32Array,
  tokenStart: Int32Array,
  surfaceTerm: Int32Array,
  a: number,
  b: number,
): number {
  const setOf = (row: number) => {
    const terms: number[] = [];
    for (let p = tokenStart[row] as number; p < (tokenStart[row + 1] as number); p++) {
      const surface = tokens[p] as number;
      const term = surface < 0 ? -1 : (surfaceTerm[surface] as number);
      if (term >= 0) terms.push(term);
    }
    return [...new Set(terms)].sort((x, y) => x - y);
  };
  const x = setOf(a);
  const y = setOf(b);
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) {
      shared++;
      i++;
      j++;
    } else if ((x[i] as number) < (y[j] as number)) i++;
    else j++;
  }
  const union = x.length + y.length - shared;
  return union === 0 ? 0 : shared / union;
}
