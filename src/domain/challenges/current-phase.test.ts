import { describe, expect, it } from "vitest";
import { currentPhase, misorderedField, type Timeline } from "./current-phase.ts";

const timeline: Timeline = {
  announcementAt: new Date("2026-03-01T08:00:00Z"),
  contributionsOpenAt: new Date("2026-03-08T08:00:00Z"),
  contributionsCloseAt: new Date("2026-03-29T22:00:00Z"),
  votingCloseAt: new Date("2026-04-05T22:00:00Z"),
  synthesisCloseAt: new Date("2026-04-20T22:00:00Z"),
};

describe("currentPhase", () => {
  it("is upcoming before the announcement, counting down to it", () => {
    expect(currentPhase(timeline, new Date("2026-02-01T00:00:00Z"))).toEqual({
      phase: "upcoming",
      nextDeadline: { field: "announcementAt", at: timeline.announcementAt },
    });
  });

  it("walks through every phase in order", () => {
    const at = (iso: string) => currentPhase(timeline, new Date(iso)).phase;
    expect(at("2026-03-02T00:00:00Z")).toBe("announcement");
    expect(at("2026-03-10T00:00:00Z")).toBe("contributions");
    expect(at("2026-04-01T00:00:00Z")).toBe("voting");
    expect(at("2026-04-10T00:00:00Z")).toBe("synthesis");
    expect(at("2027-01-01T00:00:00Z")).toBe("debrief");
  });

  it("closes contributions exactly at the deadline, to the millisecond", () => {
    const close = timeline.contributionsCloseAt.getTime();
    expect(currentPhase(timeline, new Date(close - 1)).phase).toBe("contributions");
    expect(currentPhase(timeline, new Date(close)).phase).toBe("voting");
  });

  it("counts down to the end of contributions while they are open, and to nothing in the debrief", () => {
    expect(currentPhase(timeline, new Date("2026-03-10T00:00:00Z")).nextDeadline).toEqual({
      field: "contributionsCloseAt",
      at: timeline.contributionsCloseAt,
    });
    expect(currentPhase(timeline, new Date("2027-01-01T00:00:00Z")).nextDeadline).toBeNull();
  });
});

describe("misorderedField", () => {
  it("accepts ascending dates, and contributions opening at the announcement", () => {
    expect(misorderedField(timeline)).toBeNull();
    expect(misorderedField({ ...timeline, contributionsOpenAt: timeline.announcementAt })).toBeNull();
  });

  it("names the first date that does not come after the previous one", () => {
    expect(misorderedField({ ...timeline, votingCloseAt: timeline.contributionsCloseAt })).toEqual({
      field: "votingCloseAt",
      previous: "contributionsCloseAt",
    });
    expect(misorderedField({ ...timeline, contributionsOpenAt: new Date("2026-02-01T00:00:00Z") })).toEqual({
      field: "contributionsOpenAt",
      previous: "announcementAt",
    });
  });
});
