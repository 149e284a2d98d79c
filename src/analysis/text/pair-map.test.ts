import { describe, expect, it } from "vitest";
import { PairMap } from "./pair-map.ts";

describe("PairMap", () => {
  it("stores and finds pairs, order mattering", () => {
    const map = new PairMap(4);
    map.set(1, 2, 10);
    map.set(2, 1, 20);
    expect(map.get(1, 2)).toBe(10);
    expect(map.get(2, 1)).toBe(20);
    expect(map.get(3, 3)).toBe(-1);
  });
  it("grows past its first capacity", () => {
    const map = new PairMap(2);
    for (let i = 0; i < 10_000; i++) map.set(i, i * 7, i);
    expect(map.size).toBe(10_000);
    for (let i = 0; i < 10_000; i += 97) expect(map.get(i, i * 7)).toBe(i);
  });
});
