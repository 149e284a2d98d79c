import { describe, expect, it } from "vitest";
import { monthGrid, moveAnchor, rangeOf, weekOf } from "./calendar-grid.ts";

describe("the calendar's grid", () => {
  it("lays out March 2027 from Monday 1 to Sunday 4 April, across the daylight-saving Sunday", () => {
    const weeks = monthGrid("2027-03-28");
    expect(weeks.length).toBe(5);
    expect(weeks[0]?.[0]).toBe("2027-03-01");
    expect(weeks[4]).toEqual([
      "2027-03-29",
      "2027-03-30",
      "2027-03-31",
      "2027-04-01",
      "2027-04-02",
      "2027-04-03",
      "2027-04-04",
    ]);
    expect(weeks[3]?.[6]).toBe("2027-03-28");
  });

  it("starts weeks on Monday and moves by month or week", () => {
    expect(weekOf("2027-10-31")[0]).toBe("2027-10-25");
    expect(rangeOf("week", "2027-10-31")).toEqual({ from: "2027-10-25", to: "2027-10-31" });
    expect(rangeOf("month", "2027-02-10")).toEqual({ from: "2027-02-01", to: "2027-02-28" });
    expect(moveAnchor("month", "2027-01-31", 1)).toBe("2027-02-01");
    expect(moveAnchor("week", "2027-03-25", 1)).toBe("2027-04-01");
    expect(rangeOf("list", "2027-03-25")).toEqual({});
  });
});
