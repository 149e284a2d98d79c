import { describe, expect, it } from "vitest";
import type { CalendarEventRow } from "../../db/stores/plan-calendar-store.ts";
import { itemRow } from "./calendar-item-fixture.ts";
import { calendarViewOf } from "./calendar-view.ts";

const snow: CalendarEventRow = {
  id: "e1",
  workspaceId: "w",
  planId: "p",
  title: "Première neige",
  description: "",
  on: null,
  createdBy: null,
  createdAt: new Date("2027-03-01T08:00:00Z"),
};
const done = { textWritten: true, visualReady: true, validated: true, scheduled: true };
const options = { timeZone: "Europe/Paris", today: "2027-03-26", soonDays: 3, range: {} };

describe("calendarViewOf", () => {
  it("flags items due within the days set and not ready, late ones, and never ready or published ones", () => {
    const items = [
      itemRow({ title: "soon", dueOn: "2027-03-29" }),
      itemRow({ title: "too far", dueOn: "2027-03-30" }),
      itemRow({ title: "ready", dueOn: "2027-03-27", ...done, status: "ready" }),
      itemRow({ title: "late", dueOn: "2027-03-25", ...done }),
      itemRow({ title: "published", dueOn: "2027-03-20", status: "published" }),
      itemRow({ title: "today", dueOn: "2027-03-26" }),
    ];
    const view = calendarViewOf({ items, events: [] }, options);
    const flags = Object.fromEntries(view.items.map((item) => [item.title, item.flag]));
    expect(flags).toEqual({
      soon: "due-soon",
      "too far": null,
      ready: null,
      late: "late",
      published: null,
      today: "due-soon",
    });
    expect(
      calendarViewOf({ items, events: [] }, { ...options, soonDays: 4 }).items.find(
        (i) => i.title === "too far",
      )?.flag,
    ).toBe("due-soon");
  });

  it("places an item waiting for an event on the event's day once known, and flags it while not ready", () => {
    const waiting = itemRow({ title: "neige", eventId: "e1", dueTime: "07:30" });
    const before = calendarViewOf({ items: [waiting], events: [snow] }, options);
    expect(before.items[0]).toMatchObject({
      day: null,
      startsAt: null,
      flag: "event-not-ready",
      eventTitle: "Première neige",
    });
    expect(before.events[0]).toMatchObject({ itemCount: 1, readyCount: 0 });
    const fallen = calendarViewOf({ items: [waiting], events: [{ ...snow, on: "2027-03-28" }] }, options);
    expect(fallen.items[0]).toMatchObject({ day: "2027-03-28", startsAt: "2027-03-28T05:30:00.000Z" });
  });

  it("keeps the days and instants of a week across the March change in Paris", () => {
    const items = ["2027-03-27", "2027-03-28", "2027-03-29"].map((dueOn) =>
      itemRow({ dueOn, dueTime: "10:00" }),
    );
    const view = calendarViewOf(
      { items, events: [] },
      { ...options, range: { from: "2027-03-22", to: "2027-03-28" } },
    );
    expect(view.items.map((item) => [item.day, item.startsAt])).toEqual([
      ["2027-03-27", "2027-03-27T09:00:00.000Z"],
      ["2027-03-28", "2027-03-28T08:00:00.000Z"],
    ]);
  });

  it("filters by channel and lists every channel", () => {
    const items = [
      itemRow({ channel: "Marché", dueOn: "2027-04-01" }),
      itemRow({ channel: "Facebook", dueOn: "2027-04-02" }),
    ];
    const view = calendarViewOf({ items, events: [] }, { ...options, range: { channel: "Marché" } });
    expect(view.items.map((item) => item.channel)).toEqual(["Marché"]);
    expect(view.channels).toEqual(["Facebook", "Marché"]);
  });
});
