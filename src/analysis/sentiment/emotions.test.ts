import { describe, expect, it } from "vitest";
import { emotionsOf } from "./emotions.ts";
import type { TextFeatures } from "./features.ts";

const features = (words: number, cues: number[] = [0, 0, 0, 0, 0, 0, 0, 0]): TextFeatures => ({
  compound: 0,
  reading: { words, positive: 0, negative: 0, hits: 0, exclamations: 0, emotions: Float64Array.from(cues) },
});

describe("emotionsOf", () => {
  it("gives zero to every emotion of a text without words", () => {
    expect(Array.from(emotionsOf(features(0, [3, 3, 3, 3, 3, 3, 3, 3])))).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it("saturates cue counts without a model", () => {
    const strengths = emotionsOf(features(2, [1, 0, 3, 0, 0, 0, 0, 0]));
    expect(strengths[0]).toBeCloseTo(1 - Math.exp(-0.8), 10);
    expect(strengths[2]).toBeGreaterThan(strengths[0] as number);
    expect(strengths[2]).toBeLessThan(1);
    expect(strengths[1]).toBe(0);
  });

  it("reports the model's probability above its base rate, rescaled to 0..1", () => {
    const bias = Float64Array.from([0, -2, -2, -2, -2, -2, -2, -2, -2]);
    const sums = Float64Array.from([0, -2, 0, -5, 30, -2, -2, -2, -2]);
    const strengths = emotionsOf(features(2), { sums, bias, offset: 1 });
    expect(strengths[0]).toBe(0); // at the base rate
    expect(strengths[1]).toBeCloseTo((0.5 - 1 / (1 + Math.exp(2))) / (1 - 1 / (1 + Math.exp(2))), 10);
    expect(strengths[2]).toBe(0); // below the base rate
    expect(strengths[3]).toBeCloseTo(1, 6);
  });
});
