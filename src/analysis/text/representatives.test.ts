import { describe, expect, it } from "vitest";
import type { Points } from "./kmeans.ts";
import { pickRepresentatives } from "./representatives.ts";

function unit(angles: number[]): Points {
  const data = new Float32Array(angles.length * 2);
  angles.forEach((angle, i) => {
    data[i * 2] = Math.cos(angle);
    data[i * 2 + 1] = Math.sin(angle);
  });
  return { data, rows: angles.length, dims: 2 };
}

describe("pickRepresentatives", () => {
  it("starts with the most central text and skips its near-copies", () => {
    // Rows 0 and 1 are copies at the centre; rows 2 and 3 sit on either side.
    const points = unit([0, 0.001, 0.5, -0.5]);
    const centroid = Float32Array.from([1, 0]);
    const chosen = pickRepresentatives(points, Int32Array.from([0, 1, 2, 3]), centroid, { count: 3 });
    expect(chosen[0]).toBe(0);
    expect(chosen).not.toContain(1);
    expect(chosen.slice(1).sort()).toEqual([2, 3]);
  });
  it("returns fewer when the group is small", () => {
    const points = unit([0]);
    expect(
      pickRepresentatives(points, Int32Array.from([0]), Float32Array.from([1, 0]), { count: 3 }),
    ).toEqual([0]);
  });
});
