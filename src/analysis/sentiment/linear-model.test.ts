import { describe, expect, it } from "vitest";
import { bucketBits, bucketMask, compileModel, LinearScorer, modelColumns } from "./linear-model.ts";

const data = (weights: Record<string, number[]>) => ({
  recipe: "test",
  bucketBits,
  neutralBand: 0.1,
  bias: [0, -1, -1, -1, -1, -1, -1, -1, -1],
  thresholds: [0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5],
  weights,
});

describe("linear model", () => {
  it("has no model while the weights are empty", () => {
    expect(compileModel(data({}))).toBeUndefined();
  });

  it("refuses weights hashed into another table size", () => {
    expect(() => compileModel({ ...data({ 1: [1, 0, 0, 0, 0, 0, 0, 0, 0] }), bucketBits: 10 })).toThrow(
      /2\^10/,
    );
  });

  it("adds weight × value of each feature's bucket to the biases", () => {
    const model = compileModel(data({ 3: [0.5, 1, 0, 0, 0, 0, 0, 0, 2], 7: [-1, 0, 0, 0, 0, 0, 0, 0, 0] }));
    if (!model) throw new Error("no model");
    const scorer = new LinearScorer(model);
    scorer.add(3, 2);
    scorer.add(7 + (bucketMask + 1) * 5, 1); // same bucket as 7 once hashed down
    scorer.add(11, 4); // an empty bucket weighs nothing
    expect(scorer.sums).toHaveLength(modelColumns);
    expect(Array.from(scorer.sums)).toEqual([0, 1, -1, -1, -1, -1, -1, -1, 3]);
  });
});
