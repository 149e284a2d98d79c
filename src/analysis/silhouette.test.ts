import { describe, expect, it } from "vitest";
import { planeDistances, silhouette } from "./silhouette.ts";

describe("silhouette", () => {
  it("is 1 for two far apart pairs and scores lone points 0", () => {
    // Distances: 0–1 close, 2–3 close, pairs far apart.
    const d = Float32Array.from([0, 0, 1, 1, 0, 0, 1, 1, 1, 1, 0, 0, 1, 1, 0, 0]);
    expect(silhouette(d, Int32Array.from([0, 0, 1, 1]), 2)).toBeCloseTo(1);
    expect(silhouette(d, Int32Array.from([0, 1, 2, 2]), 3)).toBeCloseTo(0.5);
  });

  it("matches a hand computation on the line", () => {
    // Points 0, 1 | 10, 11. For 0: a = 1, b = (10 + 11) / 2 = 10.5, s = 9.5 / 10.5; by symmetry all four agree
    // (for 1: a = 1, b = (9 + 10) / 2 = 9.5, s = 8.5 / 9.5).
    const points = Float64Array.of(0, 0, 1, 0, 10, 0, 11, 0);
    const labels = Int32Array.of(0, 0, 1, 1);
    const expected = (9.5 / 10.5 + 8.5 / 9.5 + 8.5 / 9.5 + 9.5 / 10.5) / 4;
    expect(silhouette(planeDistances(points), labels, 2)).toBeCloseTo(expected, 12);
  });

  it("scores a point alone in its cluster as 0", () => {
    const points = Float64Array.of(0, 0, 1, 0, 10, 0);
    const labels = Int32Array.of(0, 0, 1);
    // For 0: a = 1, b = 10 → 0.9; for 1: a = 1, b = 9 → 8/9; the singleton adds 0.
    expect(silhouette(planeDistances(points), labels, 2)).toBeCloseTo((0.9 + 8 / 9) / 3, 12);
  });

  it("scores 0 rather than NaN when points coincide, and 0 for one group or one point", () => {
    const same = planeDistances(Float64Array.of(1, 1, 1, 1, 1, 1, 1, 1));
    expect(silhouette(same, Int32Array.of(0, 0, 1, 1), 2)).toBe(0);
    expect(silhouette(planeDistances(Float64Array.of(0, 0, 5, 5)), Int32Array.of(0, 0), 1)).toBe(0);
    expect(silhouette(new Float64Array(1), Int32Array.of(0), 2)).toBe(0);
  });
});

describe("planeDistances", () => {
  it("gives the symmetric matrix of Euclidean distances with a zero diagonal", () => {
    expect([...planeDistances(Float64Array.of(0, 0, 3, 4, 0, 4))]).toEqual([0, 5, 4, 5, 0, 3, 4, 3, 0]);
  });
});
