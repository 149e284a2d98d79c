import { describe, expect, it } from "vitest";
import type { TextFeatures } from "./features.ts";
import { polarityOf } from "./polarity.ts";

const features = (words: number, compound: number): TextFeatures => ({
  compound,
  reading: { words, positive: 0, negative: 0, hits: 0, exclamations: 0, emotions: new Float64Array(8) },
});

describe("polarityOf", () => {
  it("is neutral with score 0 for a text without words", () => {
    expect(polarityOf(features(0, 0.9), 5)).toEqual({ polarity: "neutral", score: 0 });
  });

  it("uses the lexicon compound without a model, neutral within ±0.1", () => {
    expect(polarityOf(features(3, 0.4))).toEqual({ polarity: "positive", score: 0.4 });
    expect(polarityOf(features(3, -0.05)).polarity).toBe("neutral");
    expect(polarityOf(features(3, -0.3)).polarity).toBe("negative");
  });

  it("maps the model's sum z to 2·σ(z) − 1 = tanh(z / 2)", () => {
    const { score } = polarityOf(features(3, 0), 2);
    expect(score).toBeCloseTo(2 / (1 + Math.exp(-2)) - 1, 10);
    expect(polarityOf(features(3, 0), 0).polarity).toBe("neutral");
    expect(polarityOf(features(3, 0), -40).score).toBeGreaterThanOrEqual(-1);
  });
});
