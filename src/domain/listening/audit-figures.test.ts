import { describe, expect, it } from "vitest";
import { fillDays, middleDay, trendOf } from "./audit-figures.ts";

describe("audit figures' calendar", () => {
  it("fills every day of a period, 0 where nothing was counted", () => {
    const days = fillDays("2025-02-27", "2025-03-02", new Map([["2025-03-01", 4]]));
    expect(days).toEqual([
      { day: "2025-02-27", count: 0 },
      { day: "2025-02-28", count: 0 },
      { day: "2025-03-01", count: 4 },
      { day: "2025-03-02", count: 0 },
    ]);
    expect(middleDay("2025-01-01", "2025-01-11")).toBe("2025-01-06");
  });

  it("reads a topic's trend from the share of its mentions in the first half", () => {
    expect(trendOf(1, 10)).toBe("growing");
    expect(trendOf(5, 10)).toBe("stable");
    expect(trendOf(9, 10)).toBe("fading");
  });
});
