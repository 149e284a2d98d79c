import { describe, expect, it } from "vitest";
import { fillDays, findSpikes, netSentiment, shares, trendOf } from "./audit-figures.ts";

describe("audit figures", () => {
  it("names net sentiment as (pos − neg) / (pos + neg), 0 without polar mentions", () => {
    expect(netSentiment(3, 1)).toBe(0.5);
    expect(netSentiment(0, 4)).toBe(-1);
    expect(netSentiment(0, 0)).toBe(0);
  });

  it("gives each part's share of the panel", () => {
    expect(shares([3, 1, 1])).toEqual([0.6, 0.2, 0.2]);
    expect(shares([0, 0])).toEqual([0, 0]);
  });

  it("flags days far above the previous week and joins consecutive ones into one spike", () => {
    const counts = new Map([
      ["2025-01-09", 40],
      ["2025-01-10", 30],
      ["2025-01-12", 6],
    ]);
    const series = fillDays("2025-01-01", "2025-01-12", counts).map((p) =>
      p.count === 0 ? { ...p, count: 2 } : p,
    );
    expect(findSpikes(series)).toEqual([
      { start: "2025-01-09", end: "2025-01-10", mentions: 70, baseline: 2 },
    ]);
  });

  it("flags nothing before a full week of baseline, nor small counts", () => {
    const series = fillDays("2025-01-01", "2025-01-10", new Map([["2025-01-03", 50]]));
    expect(findSpikes(series)).toEqual([]);
    const quiet = fillDays("2025-01-01", "2025-01-10", new Map([["2025-01-09", 4]]));
    expect(findSpikes(quiet)).toEqual([]);
  });

  it("reads a topic's trend from the share of its mentions in the first half", () => {
    expect(trendOf(1, 10)).toBe("growing");
    expect(trendOf(5, 10)).toBe("stable");
    expect(trendOf(9, 10)).toBe("fading");
  });
});
