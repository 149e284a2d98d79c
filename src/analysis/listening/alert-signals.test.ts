import { describe, expect, it } from "vitest";
import { type DayCounts, negativeSurge, newTopics, recentSpike, shiftDay } from "./alert-signals.ts";

/** `n` days from 2025-03-01 with `mentions(i)` each, split positive/negative by `negative(i)`. */
function days(
  n: number,
  mentions: (i: number) => number,
  negative: (i: number) => number = () => 0,
): DayCounts[] {
  return Array.from({ length: n }, (_, i) => {
    const total = mentions(i);
    const neg = negative(i);
    return { day: shiftDay("2025-03-01", i), mentions: total, positive: total - neg, negative: neg };
  });
}

describe("recentSpike", () => {
  it("finds a spike on the last day against the week before", () => {
    const rows = days(15, (i) => (i === 14 ? 40 : 3));
    expect(recentSpike(rows, "2025-03-15")).toMatchObject({
      start: "2025-03-15",
      end: "2025-03-16",
      mentions: 40,
    });
  });

  it("leaves out a spike of the past, and a flat series", () => {
    const old = days(40, (i) => (i === 10 ? 40 : 3));
    expect(recentSpike(old, "2025-04-09")).toBeNull();
    expect(
      recentSpike(
        days(30, () => 5),
        "2025-03-30",
      ),
    ).toBeNull();
  });
});

describe("negativeSurge", () => {
  it("fires when net sentiment falls by the drop between two windows of equal length", () => {
    // Week 1: 10 a day, 2 negative (net +0.6); week 2: 10 a day, 8 negative (net −0.6).
    const rows = days(
      14,
      () => 10,
      (i) => (i < 7 ? 2 : 8),
    );
    expect(negativeSurge(rows, "2025-03-14", { windowDays: 7, drop: 0.5, minimum: 10 })).toEqual({
      from: "2025-03-08",
      to: "2025-03-15",
      mentions: 70,
      netSentiment: -0.6,
      previousNetSentiment: 0.6,
    });
  });

  it("stays quiet under the drop or under the minimum of mentions", () => {
    const rows = days(
      14,
      () => 10,
      (i) => (i < 7 ? 2 : 4),
    );
    expect(negativeSurge(rows, "2025-03-14", { windowDays: 7, drop: 0.5, minimum: 10 })).toBeNull();
    const few = days(
      14,
      () => 1,
      (i) => (i < 7 ? 0 : 1),
    );
    expect(negativeSurge(few, "2025-03-14", { windowDays: 7, drop: 0.5, minimum: 10 })).toBeNull();
  });
});

describe("newTopics", () => {
  it("keeps the topics first mentioned in the window with enough mentions, largest first", () => {
    const topics = [
      { topic: "tramway", firstDay: "2024-01-01", mentions: 500 },
      { topic: "inondation", firstDay: "2025-03-12", mentions: 30 },
      { topic: "festival", firstDay: "2025-03-13", mentions: 80 },
      { topic: "brocante", firstDay: "2025-03-14", mentions: 2 },
    ];
    expect(newTopics(topics, "2025-03-14", { windowDays: 7, minimum: 5 }).map((t) => t.topic)).toEqual([
      "festival",
      "inondation",
    ]);
  });
});
