import { describe, expect, it } from "vitest";
import type { ListeningFrame } from "../../db/schema/listening.ts";
import { AppError } from "../../errors.ts";
import { checkRule } from "./alert-rule-input.ts";

const frame: ListeningFrame = {
  brand: { name: "Nantes", query: "Nantes" },
  competitors: [{ name: "Rennes", query: "Rennes" }],
  sources: [],
  periodStart: null,
  periodEnd: null,
  language: "auto",
};

/** The field an invalid rule is refused on. */
function fieldOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error.field;
    throw error;
  }
  return undefined;
}

describe("checkRule", () => {
  it("fills each kind's defaults and keeps only its own settings", () => {
    expect(
      checkRule(
        { name: " Ton ", kind: "negative-surge", settings: { query: "tram", brand: "Rennes" } },
        frame,
      ),
    ).toEqual({
      name: "Ton",
      kind: "negative-surge",
      settings: { brand: "Rennes", windowDays: 7, minimumMentions: 20, drop: 0.3 },
      minIntervalHours: 24,
      paused: false,
    });
    expect(
      checkRule({ name: "Pic", kind: "volume-spike", settings: { windowDays: 3 } }, frame).settings,
    ).toEqual({});
  });

  it("names the field at fault", () => {
    expect(fieldOf(() => checkRule({ name: "  ", kind: "volume-spike" }, frame))).toBe("name");
    expect(fieldOf(() => checkRule({ name: "Q", kind: "query-match" }, frame))).toBe("settings/query");
    expect(
      fieldOf(() => checkRule({ name: "Q", kind: "query-match", settings: { query: "tram OR" } }, frame)),
    ).toBe("settings/query");
    expect(
      fieldOf(() => checkRule({ name: "P", kind: "volume-spike", settings: { brand: "Brest" } }, frame)),
    ).toBe("settings/brand");
    expect(
      fieldOf(() => checkRule({ name: "P", kind: "volume-spike", settings: { brand: "Nantes" } }, null)),
    ).toBe("settings/brand");
    expect(
      fieldOf(() => checkRule({ name: "T", kind: "new-topic", settings: { windowDays: 2.5 } }, frame)),
    ).toBe("settings/windowDays");
    expect(fieldOf(() => checkRule({ name: "T", kind: "new-topic", minIntervalHours: 0 }, frame))).toBe(
      "minIntervalHours",
    );
  });
});
