// Randomized truncated SVD of a sparse matrix (Halko, Martinsson & Tropp 2011, SIAM Review 53(2), alg. 4.4 and 5.1).
import { orthonormalizeColumns, symmetricEigen } from "./dense.ts";
import type { Random } from "./random.ts";
import type { SparseMatrix } from "./sparse.ts";

export interface SvdOptions {
  /** Number of singular triplets kept. */
  rank: number;
  /** Extra random directions that make the captured subspace accurate (Halko et al. suggest 5–10). */
  oversample: number;
  /** Power iterations (A Aᵀ)^q that sharpen a slowly decaying spectrum, as text spectra are. */
  powerIterations: number;
  random: Random;
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
 * Computes the top singular directions of A (n × m) from a Gaussian sketch: Y = A Ω, then q times
 * W = orth(Aᵀ Y), Y = A W, so Y = A W spans the dominant left subspace; the small Gram matrix Yᵀ Y
 * (l × l) is diagonalized (Rayleigh–Ritz) to rotate and truncate it. Cost: (2q + 1) passes over the
 * non-zeros times l = rank + oversample, plus n·l² for the Gram matrix. Memory: n × l float32.
 */
export function truncatedSvd(matrix: SparseMatrix, options: SvdOptions): TruncatedSvd {
  const n = matrix.rows;
  const m = matrix.cols;
  const width = Math.max(1, Math.min(options.rank + options.oversample, m, n));
  const rank = Math.max(1, Math.min(options.rank, width));
  const passes = 1 + 2 * Math.max(1, options.powerIterations);
  let done = 0;
  const factor = new Float32Array(m * width);
  for (let i = 0; i < factor.length; i++) factor[i] = options.random.gaussian();
  const y = new Float32Array(n * width);
  multiply(matrix, factor, width, y);
  options.onPass?.(++done, passes);
  const w = new Float64Array(m * width);
  for (let q = 0; q < Math.max(1, options.powerIterations); q++) {
    multiplyTransposed(matrix, y, width, w);
    options.onPass?.(++done, passes);
    orthonormalizeColumns(w, m, width);
    // float32 halves the memory traffic of the random row reads, the bottleneck of the sparse product.
    factor.set(w);
    multiply(matrix, factor, width, y);
    options.onPass?.(++done, passes);
  }
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
