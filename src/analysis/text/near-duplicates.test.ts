import { describe, expect, it } from "vitest";
import { Random } from "../random.ts";
import { normalizeRows, type Points } from "./kmeans.ts";
import { findNearDuplicates, wordOverlap } from "./near-duplicates.ts";
import type { SparseMatrix } from "./sparse.ts";
import { weighTfidf } from "./tfidf.ts";

/** Rows over 6 terms; the dense points are the same rows (a perfect "reduction"). */
function corpus(rows: number[][]): { points: Points; tfidf: SparseMatrix } {
  const rowPtr = [0];
  const colIdx: number[] = [];
  const values: number[] = [];
  for (const row of rows) {
    row.forEach((value, col) => {
      if (value) {
        colIdx.push(col);
        values.push(value);
      }
    });
    rowPtr.push(colIdx.length);
  }
  const tfidf = weighTfidf(
    {
      rows: rows.length,
      cols: 6,
      rowPtr: Int32Array.from(rowPtr),
      colIdx: Int32Array.from(colIdx),
      values: Float32Array.from(values),
    },
    Float64Array.from([1, 1, 1, 1, 1, 1]),
  );
  const points: Points = { data: Float32Array.from(rows.flat()), rows: rows.length, dims: 6 };
  normalizeRows(points);
  return { points, tfidf };
}

describe("findNearDuplicates", () => {
  it("groups copies and leaves distinct texts out", () => {
    const { points, tfidf } = corpus([
      [1, 1, 1, 0, 0, 0],
      [0, 0, 0, 1, 1, 0],
      [1, 1, 1, 0, 0, 0],
      [0, 0, 1, 0, 0, 1],
      [1, 1, 1, 0, 0, 0],
    ]);
    expect(findNearDuplicates(points, tfidf, { random: new Random(1) })).toEqual([[0, 2, 4]]);
  });
  it("ignores empty rows", () => {
    const { points, tfidf } = corpus([
      [0, 0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0],
    ]);
    expect(findNearDuplicates(points, tfidf, { random: new Random(1) })).toEqual([]);
  });
});

describe("wordOverlap", () => {
  it("is the Jaccard similarity of the content words, stop words and breaks aside", () => {
    // Surfaces 0–3 are words 10, 11, 12 and a stop word.
    const surfaceTerm = Int32Array.from([10, 11, 12, -1]);
    const tokens = Int32Array.from([0, 3, 1, -1, 1, 0, 2]);
    const tokenStart = Int32Array.from([0, 3, 7]);
    expect(wordOverlap(tokens, tokenStart, surfaceTerm, 0, 1)).toBeCloseTo(2 / 3);
    expect(wordOverlap(tokens, tokenStart, surfaceTerm, 0, 0)).toBe(1);
  });
});
