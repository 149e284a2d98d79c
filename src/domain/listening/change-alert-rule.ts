// A manager edits, pauses or resumes an alert rule, or deletes it (its past alerts go with it).
import type { AlertRuleSettings } from "../../db/schema/listening-alerts.ts";
import {
  type AlertRuleRow,
  type AlertRuleValues,
  openListeningAlertStore,
} from "../../db/stores/listening-alert-store.ts";
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { checkRule } from "./alert-rule-input.ts";
import { projectOf } from "./listening-project.ts";

export interface AlertRuleChange {
  name?: string;
  settings?: AlertRuleSettings;
  minIntervalHours?: number;
  paused?: boolean;
}

const ruleNotFound = () =>
  new AppError("not-found", "This alert rule does not exist in this project.", { field: "ruleId" });

/**
 * Applies the given fields (the kind never changes); the whole rule is checked again as if new. A paused rule is not
 * judged; resumed, it looks only at the imports ending after that moment.
 */
export async function changeAlertRule(
  ctx: Context,
  actor: MemberActor,
  projectId: string,
  ruleId: string,
  change: AlertRuleChange,
): Promise<AlertRuleRow> {
  return ctx.db.transaction(async (tx) => {
    const { project } = await projectOf(tx, actor.workspaceId, projectId);
    const store = openListeningAlertStore(tx, actor.workspaceId);
    const rule = await store.rule(projectId, ruleId);
    if (!rule) throw ruleNotFound();
    const values: AlertRuleValues = checkRule(
      {
        name: change.name ?? rule.name,
        kind: rule.kind,
        settings: change.settings ?? rule.settings,
        minIntervalHours: change.minIntervalHours ?? rule.minIntervalHours,
        paused: change.paused ?? rule.paused,
      },
      project.frame,
    );
    // A rule resumed judges the imports that end from now on, not those made while it was paused.
    const resumed = rule.paused && !values.paused ? { checkedAt: ctx.now } : {};
    const updated = await store.updateRule(projectId, ruleId, { ...values, ...resumed }, ctx.now);
    if (!updated) throw ruleNotFound();
    return updated;
  });
}

export async function deleteAlertRule(
  ctx: Context,
  actor: MemberActor,
  projectId: string,
  ruleId: string,
): Promise<void> {
  await projectOf(ctx.db, actor.workspaceId, projectId);
  if (!(await openListeningAlertStore(ctx.db, actor.workspaceId).deleteRule(projectId, ruleId)))
    throw ruleNotFound();
}
