import { describe, expect, it } from "vitest";
import { formatIso, isoDate } from "./parse-date.ts";

describe("parseDate", () => {
  it("reads ISO 8601 and W3CDTF with zones, fractions and partial dates", () => {
    expect(isoDate("2004-01-01T19:48:21Z")).toBe("2004-01-01T19:48:21.000Z");
    expect(isoDate("2004-01-01T19:48:21+01:00")).toBe("2004-01-01T18:48:21.000Z");
    expect(isoDate("2004-01-01T19:48:21.25-05:00")).toBe("2004-01-02T00:48:21.250Z");
    expect(isoDate("2004-01-01 19:48")).toBe("2004-01-01T19:48:00.000Z");
    expect(isoDate("2004-01-01")).toBe("2004-01-01T00:00:00.000Z");
    expect(isoDate("2004-01")).toBe("2004-01-01T00:00:00.000Z");
    expect(isoDate("20040101T194821Z")).toBe("2004-01-01T19:48:21.000Z");
  });

  it("reads RFC 822 with named zones, two-digit years and no weekday", () => {
    expect(isoDate("Thu, 01 Jan 2004 19:48:21 GMT")).toBe("2004-01-01T19:48:21.000Z");
    expect(isoDate("Thu, 01 Jan 2004 19:48:21 EST")).toBe("2004-01-02T00:48:21.000Z");
    expect(isoDate("01 Jan 04 19:48 +0200")).toBe("2004-01-01T17:48:00.000Z");
    expect(isoDate("Sun, 6 Dec 2026 08:00:00 +0100")).toBe("2026-12-06T07:00:00.000Z");
    expect(isoDate("January 1, 2004")).toBe("2004-01-01T00:00:00.000Z");
  });

  it("reads French and Czech day/month/year and Unix time", () => {
    expect(isoDate("25/12/2026")).toBe("2026-12-25T00:00:00.000Z");
    expect(isoDate("25/12/2026 14h30")).toBe("2026-12-25T14:30:00.000Z");
    expect(isoDate("22.11.2022 12:16:00")).toBe("2022-11-22T12:16:00.000Z");
    expect(isoDate("1700000000")).toBe("2023-11-14T22:13:20.000Z");
    expect(isoDate("1700000000000")).toBe("2023-11-14T22:13:20.000Z");
    expect(isoDate("12 févr. 2026")).toBe("2026-02-12T00:00:00.000Z");
  });

  it("refuses what is not a date", () => {
    for (const text of ["", "demain", "12", "2026-13-01", "31/02/2026", "32 Jan 2004", "Thu, 01 Foo 2004"]) {
      expect(isoDate(text)).toBeUndefined();
    }
  });
});

describe("formatIso", () => {
  it("writes what Date#toISOString writes, over four centuries", () => {
    const ours: string[] = [];
    const reference: string[] = [];
    for (let time = Date.UTC(1800, 0, 1); time < Date.UTC(2200, 0, 1); time += 86_400_000 * 37 + 3_723_456) {
      ours.push(formatIso(time));
      reference.push(new Date(time).toISOString());
    }
    expect(ours).toEqual(reference);
  });
});
