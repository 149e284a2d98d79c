import { describe, expect, it } from "vitest";
import { kmeans, silhouette } from "./kmeans.ts";
import { createRandom } from "./random.ts";

const blobs = Float64Array.of(0, 0, 0.1, 0, 0, 0.1, 10, 10, 10.1, 10, 10, 10.1);

describe("kmeans", () => {
  it("separates two distant blobs", () => {
    const result = kmeans(blobs, 2, { random: createRandom(1) });
    expect(result.k).toBe(2);
    const [a, b, c, d, e, f] = result.labels;
    expect(new Set([a, b, c]).size).toBe(1);
    expect(new Set([d, e, f]).size).toBe(1);
    expect(a).not.toBe(d);
    expect(result.inertia).toBeCloseTo(4 * (0.1 ** 2 * (2 / 3)), 9);
  });

  it("never makes more clusters than distinct points", () => {
    const points = Float64Array.of(1, 1, 1, 1, 2, 2, 2, 2);
    expect(kmeans(points, 5, { random: createRandom(3) }).k).toBe(2);
  });

  it("pulls the center toward heavier points", () => {
    const points = Float64Array.of(0, 0, 1, 0);
    const result = kmeans(points, 1, { random: createRandom(0), weights: Float64Array.of(3, 1) });
    expect(result.centers[0]).toBeCloseTo(0.25, 12);
  });

  it("is deterministic for a seed", () => {
    const points = new Float64Array(400);
    const next = createRandom(9);
    for (let i = 0; i < points.length; i++) points[i] = next();
    const a = kmeans(points, 7, { random: createRandom(5) });
    const b = kmeans(points, 7, { random: createRandom(5) });
    expect([...a.labels]).toEqual([...b.labels]);
    expect([...a.centers]).toEqual([...b.centers]);
  });
});

describe("silhouette", () => {
  it("matches a hand computation on the line", () => {
    // Points 0, 1 | 10, 11. For 0: a = 1, b = (10 + 11) / 2 = 10.5, s = 9.5 / 10.5; by symmetry all four agree
    // (for 1: a = 1, b = (9 + 10) / 2 = 9.5, s = 8.5 / 9.5).
    const points = Float64Array.of(0, 0, 1, 0, 10, 0, 11, 0);
    const labels = Int32Array.of(0, 0, 1, 1);
    const expected = (9.5 / 10.5 + 8.5 / 9.5 + 8.5 / 9.5 + 9.5 / 10.5) / 4;
    expect(silhouette(points, labels, 2)).toBeCloseTo(expected, 12);
  });

  it("scores a point alone in its cluster as 0", () => {
    const points = Float64Array.of(0, 0, 1, 0, 10, 0);
    const labels = Int32Array.of(0, 0, 1);
    // For 0: a = 1, b = 10 → 0.9; for 1: a = 1, b = 9 → 8/9; the singleton adds 0.
    expect(silhouette(points, labels, 2)).toBeCloseTo((0.9 + 8 / 9) / 3, 12);
  });
});
