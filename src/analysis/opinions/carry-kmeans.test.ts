import { describe, expect, it } from "vitest";
import { carryKmeans } from "./carry-kmeans.ts";

describe("carryKmeans", () => {
  it("starts from the first distinct points without previous clusters, as Pol.is's init-clusters", () => {
    const items = { ids: [10, 11, 12, 13], points: Float64Array.of(0, 0, 0, 0, 10, 0, 10, 1) };
    const clusters = carryKmeans(items, 2, undefined);
    expect(clusters.map((c) => c.members)).toEqual([
      [10, 11],
      [12, 13],
    ]);
    expect(clusters[1]!.center).toEqual([10, 0.5]);
  });

  it("keeps a cluster's id when its members moved to the other side of the plane (axes flipped)", () => {
    const previous = [
      { id: 7, members: [1, 2], center: [-5, 0] as [number, number] },
      { id: 3, members: [3, 4], center: [5, 0] as [number, number] },
    ];
    // The same participants, every coordinate negated.
    const items = { ids: [1, 2, 3, 4], points: Float64Array.of(5, 0, 5, 1, -5, 0, -5, 1) };
    const clusters = carryKmeans(items, 2, previous);
    expect(clusters).toEqual([
      { id: 3, members: [3, 4], center: [-5, 0.5] },
      { id: 7, members: [1, 2], center: [5, 0.5] },
    ]);
  });

  it("opens a cluster on the most distant newcomer when fewer clusters than k are carried", () => {
    const previous = [{ id: 0, members: [1, 2], center: [0, 0] as [number, number] }];
    const items = { ids: [1, 2, 3], points: Float64Array.of(0, 0, 1, 0, 20, 0) };
    const clusters = carryKmeans(items, 2, previous);
    expect(clusters.map((c) => [c.id, c.members])).toEqual([
      [0, [1, 2]],
      [1, [3]],
    ]);
  });

  it("drops a carried cluster whose members all left and weighs the centers", () => {
    const previous = [
      { id: 0, members: [9], center: [3, 3] as [number, number] },
      { id: 1, members: [1, 2], center: [0, 0] as [number, number] },
    ];
    const items = { ids: [1, 2], points: Float64Array.of(0, 0, 4, 0), weights: [3, 1] };
    const clusters = carryKmeans(items, 1, previous);
    expect(clusters).toEqual([{ id: 1, members: [1, 2], center: [1, 0] }]);
  });
});
