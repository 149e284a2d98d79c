// A manager sets an alert rule on a listening project; they follow the project's alerts from then on.
import { type AlertRuleRow, openListeningAlertStore } from "../../db/stores/listening-alert-store.ts";
import type { Context, MemberActor } from "../context.ts";
import { type AlertRuleInput, checkRule } from "./alert-rule-input.ts";
import { projectOf } from "./listening-project.ts";

/** Checks and stores the rule; it is judged at the next import (or at once on the mentions already there). */
export async function createAlertRule(
  ctx: Context,
  actor: MemberActor,
  projectId: string,
  input: AlertRuleInput,
): Promise<AlertRuleRow> {
  return ctx.db.transaction(async (tx) => {
    const { project } = await projectOf(tx, actor.workspaceId, projectId);
    const values = checkRule(input, project.frame);
    const store = openListeningAlertStore(tx, actor.workspaceId);
    const rule = await store.insertRule(projectId, values, actor.userId, ctx.now);
    await store.subscribe(projectId, actor.userId, ctx.now);
    return rule;
  });
}
