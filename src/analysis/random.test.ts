import { describe, expect, it } from "vitest";
import { createRandom, Random } from "./random.ts";

describe("Random", () => {
  it("repeats its sequence for the same seed", () => {
    const a = new Random(7);
    const b = new Random(7);
    for (let i = 0; i < 5; i++) expect(a.next()).toBe(b.next());
  });
  it("draws distinct sorted samples", () => {
    const sample = new Random(1).sample(100, 10);
    expect(new Set(sample).size).toBe(10);
    expect([...sample]).toEqual([...sample].sort((x, y) => x - y));
    expect(new Random(1).sample(5, 10)).toEqual(Int32Array.from([0, 1, 2, 3, 4]));
  });
  it("gives standard normal numbers", () => {
    const random = new Random(3);
    let sum = 0;
    let squares = 0;
    for (let i = 0; i < 20_000; i++) {
      const x = random.gaussian();
      sum += x;
      squares += x * x;
    }
    expect(Math.abs(sum / 20_000)).toBeLessThan(0.03);
    expect(Math.abs(squares / 20_000 - 1)).toBeLessThan(0.05);
  });
});

describe("createRandom", () => {
  it("gives the same stream for the same seed", () => {
    const a = createRandom(42);
    const b = createRandom(42);
    for (let i = 0; i < 100; i++) expect(a()).toBe(b());
  });
  it("gives different streams for nearby seeds", () => {
    const a = createRandom(1);
    const b = createRandom(2);
    expect([a(), a(), a()]).not.toEqual([b(), b(), b()]);
  });
  it("stays in [0, 1) with a mean near one half", () => {
    const next = createRandom(7);
    let sum = 0;
    for (let i = 0; i < 10_000; i++) {
      const x = next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      sum += x;
    }
    expect(sum / 10_000).toBeCloseTo(0.5, 1);
  });
});
