import { describe, expect, it } from "vitest";
import { columnCounts, rowDot, type SparseMatrix } from "./sparse.ts";

const matrix: SparseMatrix = {
  rows: 2,
  cols: 3,
  rowPtr: Int32Array.from([0, 2, 4]),
  colIdx: Int32Array.from([0, 2, 1, 2]),
  values: Float32Array.from([0.6, 0.8, 0.6, 0.8]),
};

describe("sparse rows", () => {
  it("counts the rows holding each column", () => {
    expect(Array.from(columnCounts(matrix))).toEqual([1, 1, 2]);
  });
  it("takes the dot product of two rows on their shared columns", () => {
    expect(rowDot(matrix, 0, 1)).toBeCloseTo(0.64);
    expect(rowDot(matrix, 0, 0)).toBeCloseTo(1);
  });
});
