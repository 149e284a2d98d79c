import { describe, expect, it } from "vitest";
import type { SparseMatrix } from "./sparse.ts";
import { inverseDocumentFrequency, pruneTerms, weighTfidf } from "./tfidf.ts";

/** Three documents over four terms: term 0 everywhere, term 3 once. */
function counts(): SparseMatrix {
  return {
    rows: 3,
    cols: 4,
    rowPtr: Int32Array.from([0, 3, 5, 7]),
    colIdx: Int32Array.from([0, 1, 3, 0, 2, 0, 1]),
    values: Float32Array.from([1, 2, 1, 1, 4, 1, 1]),
  };
}

describe("pruneTerms", () => {
  it("drops terms below the minimum and above the maximum share, most frequent first", () => {
    const { matrix, kept, documentFrequency } = pruneTerms(counts(), {
      minDocuments: 2,
      maxShare: 0.7,
      maxTerms: 10,
    });
    expect(Array.from(kept)).toEqual([1]);
    expect(Array.from(documentFrequency)).toEqual([2]);
    expect(Array.from(matrix.rowPtr)).toEqual([0, 1, 1, 2]);
    expect(Array.from(matrix.values)).toEqual([2, 1]);
  });
  it("keeps at most maxTerms, the most frequent, with rows still sorted by column", () => {
    const { matrix, kept } = pruneTerms(counts(), { minDocuments: 1, maxShare: 1, maxTerms: 2 });
    expect(Array.from(kept)).toEqual([0, 1]);
    expect(Array.from(matrix.colIdx)).toEqual([0, 1, 0, 0, 1]);
  });
});

describe("weighTfidf", () => {
  it("uses scikit-learn's smooth idf", () => {
    const idf = inverseDocumentFrequency(Int32Array.from([3, 1]), 3);
    expect(idf[0]).toBeCloseTo(1);
    expect(idf[1]).toBeCloseTo(Math.log(4 / 2) + 1);
  });
  it("applies 1 + ln tf and gives every non-empty row unit length", () => {
    const matrix = weighTfidf(counts(), Float64Array.from([1, 1, 1, 1]));
    const norm = (i: number) => {
      let s = 0;
      for (let p = matrix.rowPtr[i] as number; p < (matrix.rowPtr[i + 1] as number); p++)
        s += (matrix.values[p] as number) ** 2;
      return s;
    };
    for (let i = 0; i < 3; i++) expect(norm(i)).toBeCloseTo(1, 6);
    // Row 1: tf 1 and 4 → weights 1 and 1 + ln 4 before scaling.
    expect((matrix.values[4] as number) / (matrix.values[3] as number)).toBeCloseTo(1 + Math.log(4), 5);
  });
});
