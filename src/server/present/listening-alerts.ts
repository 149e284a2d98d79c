// Alert rules and their alerts → API JSON.
import type { Static } from "@sinclair/typebox";
import type { AlertFiring, AlertRule } from "../../contracts/listening-alerts.ts";
import type { AlertFiringRow, AlertRuleRow } from "../../db/stores/listening-alert-store.ts";

export function presentAlertRule(row: AlertRuleRow): Static<typeof AlertRule> {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    settings: row.settings,
    minIntervalHours: row.minIntervalHours,
    paused: row.paused,
    lastFiredAt: row.lastFiredAt ? row.lastFiredAt.toISOString() : null,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentAlertFiring(row: AlertFiringRow): Static<typeof AlertFiring> {
  return { id: row.id, ruleId: row.ruleId, firedAt: row.firedAt.toISOString(), details: row.details };
}
