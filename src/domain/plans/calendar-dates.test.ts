import { describe, expect, it } from "vitest";
import { addDays, daysBetween, instantIn, isLocalTime, offsetMinutes } from "./calendar-dates.ts";

describe("instantIn", () => {
  it("reads Paris wall-clock times on both sides of the last Sunday of March", () => {
    expect(instantIn("Europe/Paris", "2027-03-27", "10:00").toISOString()).toBe("2027-03-27T09:00:00.000Z");
    expect(instantIn("Europe/Paris", "2027-03-28", "10:00").toISOString()).toBe("2027-03-28T08:00:00.000Z");
    expect(instantIn("Europe/Paris", "2027-03-28", "01:30").toISOString()).toBe("2027-03-28T00:30:00.000Z");
  });

  it("moves a time skipped by the spring change an hour later, as calendars do", () => {
    expect(instantIn("Europe/Paris", "2027-03-28", "02:30").toISOString()).toBe("2027-03-28T01:30:00.000Z");
  });

  it("reads Paris times on both sides of the last Sunday of October, a doubled time as its first occurrence", () => {
    expect(instantIn("Europe/Paris", "2027-10-30", "10:00").toISOString()).toBe("2027-10-30T08:00:00.000Z");
    expect(instantIn("Europe/Paris", "2027-10-31", "10:00").toISOString()).toBe("2027-10-31T09:00:00.000Z");
    expect(instantIn("Europe/Paris", "2027-10-31", "02:30").toISOString()).toBe("2027-10-31T00:30:00.000Z");
  });

  it("reads New York times around its own change, the second Sunday of March", () => {
    expect(instantIn("America/New_York", "2027-03-13", "09:00").toISOString()).toBe(
      "2027-03-13T14:00:00.000Z",
    );
    expect(instantIn("America/New_York", "2027-03-14", "09:00").toISOString()).toBe(
      "2027-03-14T13:00:00.000Z",
    );
  });

  it("reads midnight when no time is given, and UTC as itself", () => {
    expect(instantIn("Europe/Paris", "2027-01-15", null).toISOString()).toBe("2027-01-14T23:00:00.000Z");
    expect(instantIn("UTC", "2027-07-01", "12:34").toISOString()).toBe("2027-07-01T12:34:00.000Z");
  });
});

describe("calendar arithmetic", () => {
  it("gives Paris' offset in minutes in winter and summer", () => {
    expect(offsetMinutes("Europe/Paris", new Date("2027-01-15T12:00:00Z"))).toBe(60);
    expect(offsetMinutes("Europe/Paris", new Date("2027-07-15T12:00:00Z"))).toBe(120);
  });

  it("adds days across month ends and a daylight-saving Sunday without drifting", () => {
    expect(addDays("2027-03-27", 2)).toBe("2027-03-29");
    expect(addDays("2027-02-27", 2)).toBe("2027-03-01");
    expect(addDays("2027-01-01", -1)).toBe("2026-12-31");
    expect(daysBetween("2027-03-27", "2027-03-30")).toBe(3);
    expect(daysBetween("2027-10-30", "2027-11-01")).toBe(2);
  });

  it("accepts HH:MM times only", () => {
    expect(isLocalTime("09:05")).toBe(true);
    expect(isLocalTime("23:59")).toBe(true);
    expect(isLocalTime("24:00")).toBe(false);
    expect(isLocalTime("9:05")).toBe(false);
  });
});
