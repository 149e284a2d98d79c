import { describe, expect, it } from "vitest";
import { drawnExtent, groupLetter, groupRadius, MAP_HEIGHT, MAP_WIDTH, scaler } from "./map-geometry.ts";

describe("map geometry", () => {
  it("fits the extent inside the drawing, y pointing up", () => {
    const at = scaler([-2, 2, -1, 1]);
    expect(at(0, 0)).toEqual([MAP_WIDTH / 2, MAP_HEIGHT / 2]);
    const [left, top] = at(-2, 1);
    const [right, bottom] = at(2, -1);
    expect(left).toBeGreaterThanOrEqual(0);
    expect(right).toBeLessThanOrEqual(MAP_WIDTH);
    expect(top).toBeLessThan(bottom);
    expect(top).toBeGreaterThanOrEqual(0);
  });

  it("puts everything in the middle when all positions coincide", () => {
    expect(scaler([1, 1, 1, 1])(1, 1)).toEqual([MAP_WIDTH / 2, MAP_HEIGHT / 2]);
  });

  it("sizes groups by their share and names them by letter", () => {
    expect(groupRadius(100, 100)).toBe(40);
    expect(groupRadius(25, 100)).toBe(25);
    expect(groupRadius(0, 0)).toBe(10);
    expect(groupLetter(0)).toBe("A");
    expect(groupLetter(2)).toBe("C");
  });

  it("draws the groups and the viewer with a margin, not every outlier", () => {
    expect(
      drawnExtent([
        [0, 0],
        [4, 2],
      ]),
    ).toEqual([-1, 5, -0.5, 2.5]);
    expect(drawnExtent([])).toEqual([0, 0, 0, 0]);
  });
});
