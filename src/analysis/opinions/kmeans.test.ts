import { describe, expect, it } from "vitest";
import { createRandom } from "../random.ts";
import { kmeans } from "./kmeans.ts";

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
