// Keeps the informative terms of a count matrix and weighs them by sublinear TF-IDF with unit-length rows.
import { columnCounts, type SparseMatrix } from "./sparse.ts";

export interface TermFilter {
  /** Terms in fewer documents than this are dropped (typos, one-off names). */
  minDocuments: number;
  /** Terms in more than this share of the documents are dropped (they separate nothing). */
  maxShare: number;
}

/** Default filter for a corpus of n documents: at least 2 documents, at most half of them. */
export function defaultTermFilter(documents: number): TermFilter {
  return { minDocuments: documents >= 200_000 ? 3 : 2, maxShare: 0.5 };
}

/**
 * Drops rare and ubiquitous columns in place (the buffers are reused) and renumbers the rest.
 * Returns the filtered matrix, the original id of each kept column and each kept column's document frequency.
 */
export function pruneTerms(
  matrix: SparseMatrix,
  filter: TermFilter,
): { matrix: SparseMatrix; kept: Int32Array; documentFrequency: Int32Array } {
  const df = columnCounts(matrix);
  const maxDocuments = Math.max(filter.minDocuments, Math.floor(filter.maxShare * matrix.rows));
  const newId = new Int32Array(matrix.cols).fill(-1);
  let cols = 0;
  for (let t = 0; t < matrix.cols; t++) {
    const count = df[t] as number;
    if (count >= filter.minDocuments && count <= maxDocuments) newId[t] = cols++;
  }
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
    for (let p = start; p < end; p++) {
      const id = newId[colIdx[p] as number] as number;
      if (id >= 0) {
        colIdx[out] = id;
        values[out] = values[p] as number;
        out++;
      }
    }
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
