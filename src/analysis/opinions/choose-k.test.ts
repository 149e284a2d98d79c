import { describe, expect, it } from "vitest";
import { createRandom } from "../random.ts";
import { chooseK } from "./choose-k.ts";

/** Points on a line in tight runs; base cluster = run. */
function runs(centers: number[], size: number): { points: Float64Array; labels: Int32Array } {
  const points: number[] = [];
  const labels: number[] = [];
  centers.forEach((x, c) => {
    for (let i = 0; i < size; i++) {
      points.push(x + (i % 3) * 0.01, 0);
      labels.push(c);
    }
  });
  return { points: Float64Array.from(points), labels: Int32Array.from(labels) };
}

describe("chooseK", () => {
  it("chooses the k whose split wins every resample", () => {
    // Base clusters at 0, 1, 2 and 20, 21, 22: two clear groups.
    const { points, labels } = runs([0, 1, 2, 20, 21, 22], 10);
    const choice = chooseK(points, labels, 6, { 2: 0.9, 3: 0.5 }, { random: createRandom(0) });
    expect(choice.k).toBe(2);
    expect(choice.wins[2]).toBe(20);
  });

  it("gives a tie of wins to the smaller k", () => {
    // Every base cluster alone and evenly spaced: every resample scores k = 2 and k = 3 the same.
    const { points, labels } = runs([0, 10, 20, 30], 5);
    const choice = chooseK(points, labels, 4, { 2: 0.4, 3: 0.4 }, { random: createRandom(1), resamples: 4 });
    expect(choice.k).toBeLessThanOrEqual(3);
    const most = Math.max(...Object.values(choice.wins));
    const first = Object.keys(choice.wins)
      .map(Number)
      .find((k) => choice.wins[k] === most);
    expect(choice.k).toBe(first);
  });
});
