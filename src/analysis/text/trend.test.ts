import { describe, expect, it } from "vitest";
import { periodBoundaries, trendOf } from "./trend.ts";

const day = 86_400_000;
/** 30 texts over 30 days. */
const dates = Float64Array.from({ length: 30 }, (_, i) => i * day);

describe("trendOf", () => {
  it("calls a group that gathers late texts growing", () => {
    const boundaries = periodBoundaries(dates) as number[];
    expect(boundaries).toEqual([0, 10 * day, 20 * day]);
    const trend = trendOf(dates, [1, 12, 21, 22, 23, 24, 25, 26], boundaries);
    expect(trend.direction).toBe("growing");
    expect(trend.shares).toEqual([0.1, 0.1, 0.6]);
  });
  it("calls a group of early texts fading and an even one stable", () => {
    const boundaries = periodBoundaries(dates) as number[];
    expect(trendOf(dates, [0, 1, 2, 3, 4, 5, 15, 25], boundaries).direction).toBe("fading");
    expect(trendOf(dates, [0, 1, 10, 11, 20, 21], boundaries).direction).toBe("stable");
  });
  it("stays stable with too few dated texts, and needs distinct dates", () => {
    const boundaries = periodBoundaries(dates) as number[];
    expect(trendOf(dates, [25, 26], boundaries).direction).toBe("stable");
    expect(periodBoundaries(Float64Array.from([5, 5, 5, 5, 5, 5, 5]))).toBeUndefined();
    expect(periodBoundaries(Float64Array.from([Number.NaN, 1]))).toBeUndefined();
  });
});
