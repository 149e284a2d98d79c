import { describe, expect, it } from "vitest";
import { ari, nmi } from "./agreement.ts";

describe("nmi and ari", () => {
  it("are 1 for the same partition under other names", () => {
    expect(nmi([0, 0, 1, 1], ["a", "a", "b", "b"])).toBeCloseTo(1);
    expect(ari([0, 0, 1, 1], ["a", "a", "b", "b"])).toBeCloseTo(1);
  });
  it("are 0 for independent partitions", () => {
    expect(nmi([0, 0, 1, 1], ["a", "b", "a", "b"])).toBeCloseTo(0);
    expect(ari([0, 0, 1, 1], ["a", "b", "a", "b"])).toBeLessThan(0);
  });
  it("match scikit-learn on a hand-checked case", () => {
    // normalized_mutual_info_score([0,0,0,1,1,1], [0,0,1,1,2,2]) = 0.5158037429793889
    expect(nmi([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2])).toBeCloseTo(0.5158037, 6);
    // adjusted_rand_score(...) = 0.24242424242424246
    expect(ari([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2])).toBeCloseTo(0.2424242, 6);
  });
});
