// A project's alert rules, its latest alerts, and whether the reader follows them; following them or not.
import {
  type AlertFiringRow,
  type AlertRuleRow,
  openListeningAlertStore,
} from "../../db/stores/listening-alert-store.ts";
import type { Context, MemberActor } from "../context.ts";
import { projectOf } from "./listening-project.ts";

/** Alerts listed on the page at most. */
const firingsShown = 30;

export interface AlertRulesView {
  rules: AlertRuleRow[];
  firings: AlertFiringRow[];
  subscribed: boolean;
}

export async function readAlertRules(
  ctx: Context,
  actor: MemberActor,
  projectId: string,
): Promise<AlertRulesView> {
  await projectOf(ctx.db, actor.workspaceId, projectId);
  const store = openListeningAlertStore(ctx.db, actor.workspaceId);
  const [rules, firings, subscribed] = await Promise.all([
    store.rules(projectId),
    store.firings(projectId, firingsShown),
    store.subscribed(projectId, actor.userId),
  ]);
  return { rules, firings, subscribed };
}

/** The reader starts or stops hearing the project's alerts (channels as their preferences say). */
export async function followAlerts(
  ctx: Context,
  actor: MemberActor,
  projectId: string,
  subscribed: boolean,
): Promise<boolean> {
  await projectOf(ctx.db, actor.workspaceId, projectId);
  const store = openListeningAlertStore(ctx.db, actor.workspaceId);
  if (subscribed) await store.subscribe(projectId, actor.userId, ctx.now);
  else await store.unsubscribe(projectId, actor.userId);
  return subscribed;
}
