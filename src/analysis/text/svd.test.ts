import { describe, expect, it } from "vitest";
import { Random } from "../random.ts";
import type { SparseMatrix } from "./sparse.ts";
import { truncatedSvd } from "./svd.ts";

/** A sparse matrix from dense rows. */
function sparse(rows: number[][]): SparseMatrix {
  const rowPtr = [0];
  const colIdx: number[] = [];
  const values: number[] = [];
  for (const row of rows) {
    row.forEach((value, col) => {
      if (value !== 0) {
        colIdx.push(col);
        values.push(value);
      }
    });
    rowPtr.push(colIdx.length);
  }
  return {
    rows: rows.length,
    cols: rows[0]?.length ?? 0,
    rowPtr: Int32Array.from(rowPtr),
    colIdx: Int32Array.from(colIdx),
    values: Float32Array.from(values),
  };
}

describe("truncatedSvd", () => {
  it("recovers the singular values of a diagonal matrix", () => {
    const m = sparse([
      [5, 0, 0, 0],
      [0, 3, 0, 0],
      [0, 0, 1, 0],
      [0, 0, 0, 0.5],
    ]);
    const svd = truncatedSvd(m, { rank: 2, oversample: 2, powerIterations: 2, random: new Random(1) });
    expect(svd.singularValues[0]).toBeCloseTo(5, 4);
    expect(svd.singularValues[1]).toBeCloseTo(3, 4);
    // A V = U Σ: the first document lies along the first direction with length 5.
    expect(Math.abs(svd.embedding[0] as number)).toBeCloseTo(5, 4);
  });
  it("matches the exact top singular value of a dense random matrix", () => {
    const random = new Random(2);
    const rows = Array.from({ length: 30 }, () => Array.from({ length: 12 }, () => random.next()));
    const svd = truncatedSvd(sparse(rows), {
      rank: 3,
      oversample: 5,
      powerIterations: 3,
      random: new Random(3),
    });
    // Power iteration on AᵀA gives the reference top singular value.
    let v = Array.from({ length: 12 }, () => 1);
    let sigma = 0;
    for (let it = 0; it < 200; it++) {
      const av = rows.map((row) => row.reduce((s, x, j) => s + x * (v[j] as number), 0));
      const w = v.map((_, j) => rows.reduce((s, row, i) => s + (row[j] as number) * (av[i] as number), 0));
      const norm = Math.hypot(...w);
      v = w.map((x) => x / norm);
      sigma = Math.sqrt(norm);
    }
    expect(svd.singularValues[0]).toBeCloseTo(sigma, 3);
  });
  it("is deterministic for a seed", () => {
    const m = sparse([
      [1, 2, 0],
      [0, 1, 3],
      [4, 0, 1],
    ]);
    const a = truncatedSvd(m, { rank: 2, oversample: 1, powerIterations: 1, random: new Random(9) });
    const b = truncatedSvd(m, { rank: 2, oversample: 1, powerIterations: 1, random: new Random(9) });
    expect(Array.from(a.embedding)).toEqual(Array.from(b.embedding));
  });
});

describe("truncatedSvd on big shared matrices", () => {
  it("gives the same result on one thread and on two", () => {
    const rows = 40_000;
    const perRow = 30;
    const random = new Random(5);
    const rowPtr = new Int32Array(new SharedArrayBuffer((rows + 1) * 4));
    const colIdx = new Int32Array(new SharedArrayBuffer(rows * perRow * 4));
    const values = new Float32Array(new SharedArrayBuffer(rows * perRow * 4));
    for (let i = 0; i < rows; i++) {
      rowPtr[i + 1] = (i + 1) * perRow;
      const start = random.int(1000);
      for (let j = 0; j < perRow; j++) {
        colIdx[i * perRow + j] = start + j * 3;
        values[i * perRow + j] = random.next();
      }
    }
    const matrix: SparseMatrix = { rows, cols: 1100, rowPtr, colIdx, values };
    const one = truncatedSvd(matrix, {
      rank: 8,
      oversample: 4,
      powerIterations: 2,
      random: new Random(1),
      threads: 1,
    });
    const two = truncatedSvd(matrix, {
      rank: 8,
      oversample: 4,
      powerIterations: 2,
      random: new Random(1),
      threads: 2,
    });
    expect(Array.from(two.singularValues)).toEqual(Array.from(one.singularValues));
    expect(two.embedding.subarray(0, 100)).toEqual(one.embedding.subarray(0, 100));
  });
});
