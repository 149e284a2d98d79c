import { describe, expect, it } from "vitest";
import { fromLocalInput, spokenParts, timeLeft, toLocalInput } from "./time.ts";

describe("datetime-local values", () => {
  it("round-trip an instant to the minute in the local time zone", () => {
    const iso = "2026-03-29T01:30:00.000Z";
    expect(fromLocalInput(toLocalInput(iso))).toBe(iso);
  });

  it("are blank for an invalid date, and undefined when read blank", () => {
    expect(toLocalInput("not a date")).toBe("");
    expect(fromLocalInput("  ")).toBeUndefined();
    expect(fromLocalInput("2026-13-45T99:00")).toBeUndefined();
  });
});

describe("timeLeft", () => {
  const now = Date.UTC(2026, 10, 23, 12, 0, 0);

  it("counts days, hours and minutes, rounding up to the minute", () => {
    expect(timeLeft(now + 2 * 86_400_000 + 3 * 3_600_000 + 61_000, now)).toEqual({
      days: 2,
      hours: 3,
      minutes: 2,
    });
    expect(timeLeft(now + 1000, now)).toEqual({ days: 0, hours: 0, minutes: 1 });
  });

  it("is null once the deadline has passed", () => {
    expect(timeLeft(now, now)).toBeNull();
    expect(timeLeft(now - 1, now)).toBeNull();
  });
});

describe("spokenParts", () => {
  it("says days and hours beyond a day, leaving out a zero", () => {
    expect(spokenParts({ days: 2, hours: 3, minutes: 40 })).toEqual([
      { unit: "days", count: 2 },
      { unit: "hours", count: 3 },
    ]);
    expect(spokenParts({ days: 1, hours: 0, minutes: 5 })).toEqual([{ unit: "days", count: 1 }]);
  });

  it("says hours and minutes within a day, minutes within an hour", () => {
    expect(spokenParts({ days: 0, hours: 5, minutes: 7 })).toEqual([
      { unit: "hours", count: 5 },
      { unit: "minutes", count: 7 },
    ]);
    expect(spokenParts({ days: 0, hours: 0, minutes: 12 })).toEqual([{ unit: "minutes", count: 12 }]);
  });
});
