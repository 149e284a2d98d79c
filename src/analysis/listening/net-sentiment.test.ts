import { describe, expect, it } from "vitest";
import { netSentiment } from "./net-sentiment.ts";

describe("netSentiment", () => {
  it("is (pos − neg) / (pos + neg), leaving neutral mentions out", () => {
    expect(netSentiment(30, 10)).toBe(0.5);
    expect(netSentiment(0, 4)).toBe(-1);
    expect(netSentiment(7, 0)).toBe(1);
    expect(netSentiment(5, 5)).toBe(0);
  });

  it("is null, not zero, when there is no polar mention", () => {
    expect(netSentiment(0, 0)).toBeNull();
  });
});
