import { describe, expect, it } from "vitest";
import { keyDrivers } from "./key-drivers.ts";

describe("keyDrivers", () => {
  it("places each group by share of mentions and net sentiment, biggest first", () => {
    const drivers = keyDrivers(
      [
        { name: "innovation", kind: "dimension", polarity: { positive: 3, neutral: 1, negative: 1 } },
        { name: "workplace", kind: "dimension", polarity: { positive: 0, neutral: 2, negative: 18 } },
        { name: "tram", kind: "topic", polarity: { positive: 0, neutral: 0, negative: 0 } },
      ],
      40,
    );
    expect(drivers).toEqual([
      { name: "workplace", kind: "dimension", mentions: 20, share: 0.5, netSentiment: -1 },
      { name: "innovation", kind: "dimension", mentions: 5, share: 0.125, netSentiment: 0.5 },
      { name: "tram", kind: "topic", mentions: 0, share: 0, netSentiment: null },
    ]);
  });

  it("gives zero shares when the audit has no mention", () => {
    expect(
      keyDrivers([{ name: "x", kind: "topic", polarity: { positive: 0, neutral: 0, negative: 0 } }], 0),
    ).toEqual([{ name: "x", kind: "topic", mentions: 0, share: 0, netSentiment: null }]);
  });
});
