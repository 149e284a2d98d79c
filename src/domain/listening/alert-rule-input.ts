// Checks what a manager sets on an alert rule: each kind keeps only its own settings, each wrong value names its field.

import type { ListeningFrame } from "../../db/schema/listening.ts";
import type { AlertRuleSettings } from "../../db/schema/listening-alerts.ts";
import type { AlertKind } from "../../db/schema/notification-details.ts";
import type { AlertRuleValues } from "../../db/stores/listening-alert-store.ts";
import { AppError } from "../../errors.ts";
import { parseFrameQuery } from "./mention-reading.ts";

export interface AlertRuleInput {
  name: string;
  kind: AlertKind;
  settings?: AlertRuleSettings;
  minIntervalHours?: number;
  paused?: boolean;
}

/** The defaults of each setting when a rule leaves it out. */
export const alertDefaults = {
  windowDays: 7,
  drop: 0.3,
  surgeMinimum: 20,
  topicMinimum: 5,
  minIntervalHours: 24,
} as const;

function within(value: number, min: number, max: number, field: string, integer: boolean): number {
  if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value)))
    throw new AppError(
      "invalid-input",
      `${field} must be ${integer ? "a whole number " : ""}from ${min} to ${max}, not ${value}.`,
      { field, details: { min, max } },
    );
  return value;
}

/** The settings a rule of `kind` keeps, checked against the project's frame (a brand must be one of its names). */
export function checkSettings(
  kind: AlertKind,
  settings: AlertRuleSettings,
  frame: ListeningFrame | null,
): AlertRuleSettings {
  const out: AlertRuleSettings = {};
  if ((kind === "volume-spike" || kind === "negative-surge") && settings.brand !== undefined) {
    const names = frame ? [frame.brand.name, ...frame.competitors.map((c) => c.name)] : [];
    if (!names.includes(settings.brand))
      throw new AppError(
        "invalid-input",
        `"${settings.brand}" is not a name of the frame (${names.join(", ") || "no frame saved yet"}).`,
        { field: "settings/brand" },
      );
    out.brand = settings.brand;
  }
  if (kind === "negative-surge" || kind === "new-topic") {
    out.windowDays = within(
      settings.windowDays ?? alertDefaults.windowDays,
      1,
      90,
      "settings/windowDays",
      true,
    );
    const minimum = kind === "negative-surge" ? alertDefaults.surgeMinimum : alertDefaults.topicMinimum;
    out.minimumMentions = within(
      settings.minimumMentions ?? minimum,
      1,
      1_000_000,
      "settings/minimumMentions",
      true,
    );
  }
  if (kind === "negative-surge")
    out.drop = within(settings.drop ?? alertDefaults.drop, 0.05, 2, "settings/drop", false);
  if (kind === "query-match") {
    const query = (settings.query ?? "").trim();
    if (query === "")
      throw new AppError("invalid-input", "A query rule needs a query.", { field: "settings/query" });
    if (query.length > 500)
      throw new AppError("invalid-input", "settings/query is longer than 500 characters.", {
        field: "settings/query",
      });
    parseFrameQuery(query, "settings/query");
    out.query = query;
  }
  return out;
}

/** The rule's name, trimmed, 1 to 200 characters. */
export function checkName(name: string): string {
  const text = name.trim();
  if (text === "") throw new AppError("invalid-input", "name must not be empty.", { field: "name" });
  if (text.length > 200)
    throw new AppError("invalid-input", "name is longer than 200 characters.", { field: "name" });
  return text;
}

/** A whole rule as stored, defaults filled in. */
export function checkRule(input: AlertRuleInput, frame: ListeningFrame | null): AlertRuleValues {
  return {
    name: checkName(input.name),
    kind: input.kind,
    settings: checkSettings(input.kind, input.settings ?? {}, frame),
    minIntervalHours: within(
      input.minIntervalHours ?? alertDefaults.minIntervalHours,
      1,
      720,
      "minIntervalHours",
      true,
    ),
    paused: input.paused ?? false,
  };
}
