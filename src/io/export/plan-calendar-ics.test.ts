import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { itemRow } from "../../domain/plans/calendar-item-fixture.ts";
import { calendarViewOf } from "../../domain/plans/calendar-view.ts";
import { calendarIcs } from "./plan-calendar-ics.ts";

const now = new Date("2027-03-01T10:00:00Z");
const icsOf = (items: ReturnType<typeof itemRow>[], timeZone = "Europe/Paris") =>
  calendarIcs(
    calendarViewOf({ items, events: [] }, { timeZone, today: "2027-03-01", soonDays: 3, range: {} }),
    {
      planTitle: "Plan, 2027; Belleville",
      language: "fr",
      now,
      host: "cocrea.test",
    },
  );
const eventsOf = (text: string) =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));

describe("calendarIcs", () => {
  it("writes one event per dated item, at the right instants on both sides of Paris' changes", () => {
    const text = icsOf([
      itemRow({ title: "Samedi", dueOn: "2027-03-27", dueTime: "10:00" }),
      itemRow({ title: "Dimanche", dueOn: "2027-03-28", dueTime: "10:00" }),
      itemRow({ title: "Octobre avant", dueOn: "2027-10-30", dueTime: "10:00" }),
      itemRow({ title: "Octobre après", dueOn: "2027-10-31", dueTime: "10:00" }),
      itemRow({ title: "Sans date", eventId: null }),
    ]);
    const events = eventsOf(text);
    expect(events.map((e) => [e.summary, e.startDate.toJSDate().toISOString()])).toEqual([
      ["[Instagram] Samedi", "2027-03-27T09:00:00.000Z"],
      ["[Instagram] Dimanche", "2027-03-28T08:00:00.000Z"],
      ["[Instagram] Octobre avant", "2027-10-30T08:00:00.000Z"],
      ["[Instagram] Octobre après", "2027-10-31T09:00:00.000Z"],
    ]);
  });

  it("writes New York times in UTC across its March change", () => {
    const events = eventsOf(
      icsOf(
        [
          itemRow({ dueOn: "2027-03-13", dueTime: "09:00" }),
          itemRow({ dueOn: "2027-03-14", dueTime: "09:00" }),
        ],
        "America/New_York",
      ),
    );
    expect(events.map((e) => e.startDate.toString())).toEqual([
      "2027-03-13T14:00:00Z",
      "2027-03-14T13:00:00Z",
    ]);
  });

  it("writes an all-day item as a date lasting one day", () => {
    const [event] = eventsOf(icsOf([itemRow({ dueOn: "2027-03-28" })]));
    expect(event?.startDate.isDate).toBe(true);
    expect(event?.startDate.toString()).toBe("2027-03-28");
    expect(event?.endDate.toString()).toBe("2027-03-29");
  });

  it("escapes commas, semicolons, backslashes and new lines, and folds long lines at 75 octets", () => {
    const message = "Neige; venez, vite\\ ça tombe\nDeuxième ligne, très longue : éèàç ".repeat(4);
    const text = icsOf([itemRow({ dueOn: "2027-03-28", channel: "Site, web", title: "A;B", message })]);
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(text).toContain("SUMMARY:[Site\\, web] A\\;B");
    const [event] = eventsOf(text);
    expect(event?.summary).toBe("[Site, web] A;B");
    expect(event?.description.startsWith(message.trim())).toBe(true);
    expect(event?.component.getFirstProperty("categories")?.getValues()).toEqual(["Site, web"]);
  });
});
