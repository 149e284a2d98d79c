// A sparse matrix in compressed sparse row form (CSR): one flat buffer per field, no object per row.

/** Rows × columns, row i's entries at [rowPtr[i], rowPtr[i+1]) of colIdx and values, columns increasing. */
export interface SparseMatrix {
  rows: number;
  cols: number;
  rowPtr: Int32Array;
  colIdx: Int32Array;
  values: Float32Array;
}

/** Number of rows holding each column (the document frequency when rows are documents). */
export function columnCounts(matrix: SparseMatrix): Int32Array {
  const counts = new Int32Array(matrix.cols);
  const nnz = matrix.rowPtr[matrix.rows] ?? 0;
  for (let p = 0; p < nnz; p++) counts[matrix.colIdx[p] as number]! += 1;
  return counts;
}

/** Cosine of two rows of an l2-normalized matrix (a merge of their sorted columns). */
export function rowDot(matrix: SparseMatrix, a: number, b: number): number {
  const { rowPtr, colIdx, values } = matrix;
  let p = rowPtr[a] as number;
  const pEnd = rowPtr[a + 1] as number;
  let q = rowPtr[b] as number;
  const qEnd = rowPtr[b + 1] as number;
  let sum = 0;
  while (p < pEnd && q < qEnd) {
    const cp = colIdx[p] as number;
    const cq = colIdx[q] as number;
    if (cp === cq) {
      sum += (values[p] as number) * (values[q] as number);
      p++;
      q++;
    } else if (cp < cq) p++;
    else q++;
  }
  return sum;
}
