import { describe, expect, it } from "vitest";
import { createRandom } from "../random.ts";
import { findGroups } from "./groups.ts";
import { firstDistinct } from "./kmeans.ts";

/**
 * n points around each center, jittered by a seeded generator, interleaved (point i belongs to blob i mod
 * blobs) as participants of different opinions join in no particular order.
 */
function blobs(centers: [number, number][], n: number, spread: number, seed = 1): Float64Array {
  const next = createRandom(seed);
  const points = new Float64Array(centers.length * n * 2);
  for (let i = 0; i < n; i++) {
    centers.forEach(([x, y], c) => {
      const at = i * centers.length + c;
      points[2 * at] = x + (next() - 0.5) * spread;
      points[2 * at + 1] = y + (next() - 0.5) * spread;
    });
  }
  return points;
}

describe("findGroups", () => {
  it("finds two groups in two blobs and three in three", () => {
    const two = findGroups(
      blobs(
        [
          [-5, 0],
          [5, 0],
        ],
        150,
        2,
      ),
      { random: createRandom(0) },
    );
    expect(two.k).toBe(2);
    expect(two.labels[0]).not.toBe(two.labels[1]);
    const three = findGroups(
      blobs(
        [
          [-6, 0],
          [6, 0],
          [0, 8],
        ],
        120,
        2,
      ),
      { random: createRandom(0) },
    );
    expect(three.k).toBe(3);
    expect(new Set([three.labels[0], three.labels[1], three.labels[2]]).size).toBe(3);
  });

  it("numbers groups by decreasing size", () => {
    const points = blobs(
      [
        [-5, 0],
        [5, 0],
        [-5, 0.5],
      ],
      100,
      2,
    ); // 200 on the left, 100 on the right
    const groups = findGroups(points, { random: createRandom(0) });
    expect(groups.k).toBe(2);
    expect(groups.labels[0]).toBe(0);
    expect(groups.labels[1]).toBe(1);
  });

  it("tries at most 2 + ⌊base clusters / 12⌋ groups, as Pol.is's max-k-fn", () => {
    const points = blobs(
      [
        [0, 0],
        [10, 0],
        [0, 10],
        [10, 10],
        [20, 20],
      ],
      4,
      1,
    );
    // 20 points → 20 base clusters → k from 2 to 3
    const groups = findGroups(points, { random: createRandom(0) });
    expect(Object.keys(groups.silhouettes).map(Number)).toEqual([2, 3]);
  });

  it("returns a single group when there is one point", () => {
    const groups = findGroups(Float64Array.of(1, 2), { random: createRandom(0) });
    expect(groups.k).toBe(1);
    expect([...groups.labels]).toEqual([0]);
  });
});

describe("firstDistinct", () => {
  it("takes the first distinct points in the order given, as Pol.is's init-clusters", () => {
    const points = Float64Array.of(0, 0, 0, 0, 1, 1, 2, 2);
    expect([...firstDistinct(points, 2)]).toEqual([0, 0, 1, 1]);
    expect([...firstDistinct(points, 2, [3, 2, 1, 0])]).toEqual([2, 2, 1, 1]);
  });
});
