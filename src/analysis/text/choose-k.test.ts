import { describe, expect, it } from "vitest";
import { Random } from "../random.ts";
import { candidateKs, chooseK } from "./choose-k.ts";
import type { Points } from "./kmeans.ts";

/** `groups` tight bundles of unit vectors along the axes of a `groups`-dimensional space. */
function bundles(groups: number, perGroup: number): Points {
  const random = new Random(11);
  const data = new Float32Array(groups * perGroup * groups);
  for (let g = 0; g < groups; g++) {
    for (let i = 0; i < perGroup; i++) {
      const row = g * perGroup + i;
      let norm = 0;
      for (let d = 0; d < groups; d++) {
        const value = (d === g ? 1 : 0) + random.next() * 0.15;
        data[row * groups + d] = value;
        norm += value * value;
      }
      for (let d = 0; d < groups; d++)
        data[row * groups + d] = (data[row * groups + d] as number) / Math.sqrt(norm);
    }
  }
  return { data, rows: groups * perGroup, dims: groups };
}

describe("chooseK", () => {
  it("finds the number of well-separated groups", () => {
    const { k } = chooseK(bundles(5, 30), { random: new Random(1), candidates: [2, 3, 4, 5, 6, 7, 8] });
    expect(k).toBe(5);
  });
  it("offers candidates that grow with the corpus, capped at 40", () => {
    expect(candidateKs(1000)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 17, 20]);
    expect(candidateKs(1_000_000).at(-1)).toBeLessThanOrEqual(40);
    expect(candidateKs(3)).toEqual([2]);
  });
  it("lets a small set have as many groups as it has topics of four texts", () => {
    expect(candidateKs(16)).toEqual([2, 3, 4]);
    expect(candidateKs(50)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });
});
