// Randomized truncated SVD of a sparse matrix (Halko, Martinsson & Tropp 2011, SIAM Review 53(2), alg. 4.4 and 5.1).

import type { Random } from "../random.ts";
import { orthonormalizeColumns, symmetricEigen } from "./dense.ts";
import { isShared, ParallelGram } from "./parallel-gram.ts";
import type { SparseMatrix } from "./sparse.ts";

export interface SvdOptions {
  /** Number of singular triplets kept. */
  rank: number;
  /** Extra random directions that make the captured subspace accurate (Halko et al. suggest 5–10). */
  oversample: number;
  /** Power iterations (A Aᵀ)^q that sharpen a slowly decaying spectrum, as text spectra are. */
  powerIterations: number;
  random: Random;
  /** Threads for the sparse sweeps (used when the matrix's buffers are shared and it is big enough). */
  threads?: number;
  /** Called after each pass over the matrix, with passes done and total. */
  onPass?: (done: number, total: number) => void;
}

export interface TruncatedSvd {
  rank: number;
  singularValues: Float64Array;
  /** Rows × rank, row-major: U Σ = A V, the documents in the reduced space (scikit-learn's transform). */
  embedding: Float32Array;
}

/**
 * Computes the top singular directions of A (n × m) from a Gaussian sketch: W = Ω, then q times
 * W = orth(Aᵀ A W), so W spans the dominant right subspace and Y = A W the left one; the small Gram matrix
 * Yᵀ Y (l × l) is diagonalized (Rayleigh–Ritz) to rotate and truncate it. Cost: q + 1 sweeps over the
 * non-zeros (each fused sweep does 2 products) times l = rank + oversample, plus n·l² for the Gram matrix
 * and m·l² per orthonormalization. Memory: n × l float32 for Y, m × l for W.
 */
export function truncatedSvd(matrix: SparseMatrix, options: SvdOptions): TruncatedSvd {
  const n = matrix.rows;
  const m = matrix.cols;
  const width = Math.max(1, Math.min(options.rank + options.oversample, m, n));
  const rank = Math.max(1, Math.min(options.rank, width));
  const iterations = Math.max(1, options.powerIterations);
  const passes = iterations + 1;
  let done = 0;
  const nnz = matrix.rowPtr[n] as number;
  const threads = options.threads ?? 1;
  // Big matrices are always swept in two bands summed in order, so results do not depend on the thread count.
  const pool = nnz >= 1_000_000 ? new ParallelGram(matrix, 2, isShared(matrix) ? threads : 1) : undefined;
  const factor = pool ? new Float32Array(new SharedArrayBuffer(m * width * 4)) : new Float32Array(m * width);
  for (let i = 0; i < factor.length; i++) factor[i] = options.random.gaussian();
  const w = new Float64Array(m * width);
  for (let q = 0; q < iterations; q++) {
    // W ← orth(Aᵀ A W), one sweep over the rows: A's non-zeros are read once per iteration, not twice.
    if (pool)
      pool.run(factor, width, w, (from, to, out) => multiplyGram(matrix, factor, width, out, from, to));
    else multiplyGram(matrix, factor, width, w);
    options.onPass?.(++done, passes);
    orthonormalizeColumns(w, m, width);
    // float32 halves the memory traffic of the random row reads, the bottleneck of the sparse product.
    factor.set(w);
  }
  pool?.close();
  const y = new Float32Array(n * width);
  multiply(matrix, factor, width, y);
  options.onPass?.(++done, passes);
  const gram = gramMatrix(y, n, width);
  const { values, vectors } = symmetricEigen(gram, width);
  const singularValues = new Float64Array(rank);
  for (let c = 0; c < rank; c++) singularValues[c] = Math.sqrt(Math.max(0, values[c] as number));
  const embedding = new Float32Array(n * rank);
  const row = new Float64Array(rank);
  for (let i = 0; i < n; i++) {
    row.fill(0);
    const base = i * width;
    for (let k = 0; k < width; k++) {
      const value = y[base + k] as number;
      if (value === 0) continue;
      const vk = k * width;
      for (let c = 0; c < rank; c++) row[c] = (row[c] as number) + value * (vectors[vk + c] as number);
    }
    embedding.set(row, i * rank);
  }
  return { rank, singularValues, embedding };
}

/** out (n × width, row-major) = A × x (m × width). */
export function multiply(matrix: SparseMatrix, x: Float32Array, width: number, out: Float32Array): void {
  const { rowPtr, colIdx, values } = matrix;
  const acc = new Float64Array(width);
  for (let i = 0; i < matrix.rows; i++) {
    acc.fill(0);
    const end = rowPtr[i + 1] as number;
    for (let p = rowPtr[i] as number; p < end; p++) {
      const v = values[p] as number;
      const base = (colIdx[p] as number) * width;
      for (let c = 0; c < width; c++) acc[c] = (acc[c] as number) + v * (x[base + c] as number);
    }
    out.set(acc, i * width);
  }
}

/** out (m × width) = Aᵀ (A x), row by row: each row's product with x is scattered back at once. */
export function multiplyGram(
  matrix: SparseMatrix,
  x: Float32Array,
  width: number,
  out: Float64Array,
  from = 0,
  to = matrix.rows,
): void {
  const { rowPtr, colIdx, values } = matrix;
  const acc = new Float64Array(width);
  out.fill(0);
  for (let i = from; i < to; i++) {
    const start = rowPtr[i] as number;
    const end = rowPtr[i + 1] as number;
    if (start === end) continue;
    acc.fill(0);
    for (let p = start; p < end; p++) {
      const v = values[p] as number;
      const base = (colIdx[p] as number) * width;
      for (let c = 0; c < width; c++) acc[c] = (acc[c] as number) + v * (x[base + c] as number);
    }
    for (let p = start; p < end; p++) {
      const v = values[p] as number;
      const base = (colIdx[p] as number) * width;
      for (let c = 0; c < width; c++) out[base + c] = (out[base + c] as number) + v * (acc[c] as number);
    }
  }
}

/** out (m × width) = Aᵀ × y (n × width). */
export function multiplyTransposed(
  matrix: SparseMatrix,
  y: Float32Array,
  width: number,
  out: Float64Array,
): void {
  const { rowPtr, colIdx, values } = matrix;
  out.fill(0);
  for (let i = 0; i < matrix.rows; i++) {
    const end = rowPtr[i + 1] as number;
    const yBase = i * width;
    for (let p = rowPtr[i] as number; p < end; p++) {
      const v = values[p] as number;
      const base = (colIdx[p] as number) * width;
      for (let c = 0; c < width; c++)
        out[base + c] = (out[base + c] as number) + v * (y[yBase + c] as number);
    }
  }
}

/** Yᵀ Y for a row-major n × width matrix, in float64. */
function gramMatrix(y: Float32Array, n: number, width: number): Float64Array {
  const gram = new Float64Array(width * width);
  for (let i = 0; i < n; i++) {
    const base = i * width;
    for (let a = 0; a < width; a++) {
      const ya = y[base + a] as number;
      if (ya === 0) continue;
      const row = a * width;
      for (let b = a; b < width; b++)
        gram[row + b] = (gram[row + b] as number) + ya * (y[base + b] as number);
    }
  }
  for (let a = 0; a < width; a++)
    for (let b = 0; b < a; b++) gram[a * width + b] = gram[b * width + a] as number;
  return gram;
}
