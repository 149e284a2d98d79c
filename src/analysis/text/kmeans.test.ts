import { describe, expect, it } from "vitest";
import { Random } from "../random.ts";
import { assignAll, kmeans, normalizeRows, type Points } from "./kmeans.ts";

/** Points around three directions of the plane, unit length. */
function threeBlobs(perBlob: number, seed: number): Points {
  const random = new Random(seed);
  const data = new Float32Array(perBlob * 3 * 2);
  for (let b = 0; b < 3; b++) {
    const angle = (b * 2 * Math.PI) / 3;
    for (let i = 0; i < perBlob; i++) {
      const jitter = (random.next() - 0.5) * 0.4;
      const row = b * perBlob + i;
      data[row * 2] = Math.cos(angle + jitter);
      data[row * 2 + 1] = Math.sin(angle + jitter);
    }
  }
  return { data, rows: perBlob * 3, dims: 2 };
}

describe("kmeans", () => {
  it("separates three clear groups", () => {
    const points = threeBlobs(20, 1);
    const fit = kmeans(points, 3, { random: new Random(1), restarts: 2 });
    for (let b = 0; b < 3; b++) {
      const first = fit.assignment[b * 20];
      for (let i = 0; i < 20; i++) expect(fit.assignment[b * 20 + i]).toBe(first);
    }
    expect(new Set(fit.assignment).size).toBe(3);
  });
  it("is deterministic for a seed and fits a subset", () => {
    const points = threeBlobs(30, 2);
    const subset = new Random(5).sample(points.rows, 40);
    const a = kmeans(points, 3, { random: new Random(4), subset });
    const b = kmeans(points, 3, { random: new Random(4), subset });
    expect(a.assignment).toHaveLength(40);
    expect(Array.from(a.centroids)).toEqual(Array.from(b.centroids));
  });
  it("never returns more groups than points", () => {
    const points: Points = { data: Float32Array.from([1, 0, 0, 1]), rows: 2, dims: 2 };
    expect(kmeans(points, 5, { random: new Random(1) }).k).toBe(2);
  });
});

describe("assignAll and normalizeRows", () => {
  it("assigns every row to its closest centroid with its cosine", () => {
    const points: Points = { data: Float32Array.from([3, 0, 0, 2, 1, 1]), rows: 3, dims: 2 };
    normalizeRows(points);
    const centroids = Float32Array.from([1, 0, 0, 1]);
    const { assignment, similarity } = assignAll(points, centroids, 2, 0);
    expect(Array.from(assignment)).toEqual([0, 1, 0]);
    expect(similarity[2]).toBeCloseTo(Math.SQRT1_2);
  });
});
