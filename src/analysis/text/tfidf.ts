// Keeps the informative terms of a count matrix and weighs them by sublinear TF-IDF with unit-length rows.
import { columnCounts, type SparseMatrix } from "./sparse.ts";

export interface TermFilter {
  /** Terms in fewer documents than this are dropped (typos, one-off names). */
  minDocuments: number;
  /** Terms in more than this share of the documents are dropped (they separate nothing). */
  maxShare: number;
  /** At most this many terms are kept, the most frequent (bounds the SVD's memory and time). */
  maxTerms: number;
}

/**
 * Default filter for a corpus of n documents: in at least 2 documents (one in 25,000 for big corpora, where
 * rarer terms cannot shape a group but cost SVD time), in at most half of them, and at most 2n terms
 * (5,000 to 50,000): the SVD's orthonormalizations cost terms × dimensions², which dominated small corpora.
 */
export function defaultTermFilter(documents: number): TermFilter {
  return {
    minDocuments: Math.max(2, Math.ceil(documents / 25_000)),
    maxShare: 0.5,
    maxTerms: Math.min(50_000, Math.max(5_000, 2 * documents)),
  };
}

/**
 * Drops rare and ubiquitous columns in place (the buffers are reused) and renumbers the rest by decreasing
 * document frequency, so the SVD's hot rows of the dense factors sit together in memory.
 * Returns the filtered matrix, the original id of each kept column and each kept column's document frequency.
 */
export function pruneTerms(
  matrix: SparseMatrix,
  filter: TermFilter,
): { matrix: SparseMatrix; kept: Int32Array; documentFrequency: Int32Array } {
  const df = columnCounts(matrix);
  const maxDocuments = Math.max(filter.minDocuments, Math.floor(filter.maxShare * matrix.rows));
  const candidates: number[] = [];
  for (let t = 0; t < matrix.cols; t++) {
    const count = df[t] as number;
    if (count >= filter.minDocuments && count <= maxDocuments) candidates.push(t);
  }
  candidates.sort((a, b) => (df[b] as number) - (df[a] as number) || a - b);
  const cols = Math.min(candidates.length, filter.maxTerms);
  const newId = new Int32Array(matrix.cols).fill(-1);
  for (let id = 0; id < cols; id++) newId[candidates[id] as number] = id;
  const kept = new Int32Array(cols);
  const documentFrequency = new Int32Array(cols);
  for (let t = 0; t < matrix.cols; t++) {
    const id = newId[t] as number;
    if (id >= 0) {
      kept[id] = t;
      documentFrequency[id] = df[t] as number;
    }
  }
  const { rowPtr, colIdx, values } = matrix;
  let out = 0;
  let start = 0;
  for (let i = 0; i < matrix.rows; i++) {
    const end = rowPtr[i + 1] as number;
    const rowStart = out;
    for (let p = start; p < end; p++) {
      const id = newId[colIdx[p] as number] as number;
      if (id >= 0) {
        colIdx[out] = id;
        values[out] = values[p] as number;
        out++;
      }
    }
    sortRow(colIdx, values, rowStart, out);
    start = end;
    rowPtr[i + 1] = out;
  }
  return {
    matrix: {
      rows: matrix.rows,
      cols,
      rowPtr,
      colIdx: colIdx.subarray(0, out),
      values: values.subarray(0, out),
    },
    kept,
    documentFrequency,
  };
}

/** Smooth inverse document frequency, as scikit-learn's TfidfVectorizer: ln((1 + n) / (1 + df)) + 1. */
export function inverseDocumentFrequency(documentFrequency: Int32Array, documents: number): Float64Array {
  const idf = new Float64Array(documentFrequency.length);
  for (let t = 0; t < idf.length; t++) {
    idf[t] = Math.log((1 + documents) / (1 + (documentFrequency[t] as number))) + 1;
  }
  return idf;
}

/**
 * Replaces counts by (1 + ln tf) × idf and scales every non-empty row to unit Euclidean length, in place
 * (Manning, Raghavan & Schütze 2008, §6.4.1 sublinear tf scaling).
 */
export function weighTfidf(matrix: SparseMatrix, idf: Float64Array): SparseMatrix {
  const { rowPtr, colIdx, values } = matrix;
  for (let i = 0; i < matrix.rows; i++) {
    const start = rowPtr[i] as number;
    const end = rowPtr[i + 1] as number;
    let norm = 0;
    for (let p = start; p < end; p++) {
      const w = (1 + Math.log(values[p] as number)) * (idf[colIdx[p] as number] as number);
      values[p] = w;
      norm += w * w;
    }
    if (norm > 0) {
      const scale = 1 / Math.sqrt(norm);
      for (let p = start; p < end; p++) values[p] = (values[p] as number) * scale;
    }
  }
  return matrix;
}

/** Insertion sort of one row's entries by column (rows are short). */
function sortRow(colIdx: Int32Array, values: Float32Array, from: number, to: number): void {
  for (let p = from + 1; p < to; p++) {
    const col = colIdx[p] as number;
    const value = values[p] as number;
    let q = p - 1;
    while (q >= from && (colIdx[q] as number) > col) {
      colIdx[q + 1] = colIdx[q] as number;
      values[q + 1] = values[q] as number;
      q--;
    }
    colIdx[q + 1] = col;
    values[q + 1] = value;
  }
}
