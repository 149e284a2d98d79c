// What a notification says in the interface and where it leads: its idea, challenge, project's alerts or plan.
import type { TFunction } from "i18next";
import type { NotificationData } from "../../api/types.ts";

/** Where a notification of `workspaceId` leads. */
export function notificationLink(workspaceId: string, n: NotificationData): string {
  const base = `/workspaces/${workspaceId}`;
  if (n.idea) return `${base}/ideas/${n.idea.id}`;
  if (n.challenge) return `${base}/challenges/${n.challenge.id}`;
  if (n.listeningProject) return `${base}/listening/${n.listeningProject.id}/alerts`;
  if (n.plan) return `${base}/plans/${n.plan.id}/sessions`;
  return base;
}

/** The notification's sentence in the interface's language. */
export function notificationText(t: TFunction, n: NotificationData): string {
  const d = n.details;
  if (d?.type === "listening-alert")
    return t(`notifications.alerts.${d.alert}`, {
      project: n.listeningProject?.name ?? "",
      rule: d.ruleName,
      mentions: d.mentions,
      topic: d.topic ?? "",
      query: d.query ?? "",
    });
  if (d?.type === "decision-review")
    return t("notifications.decision-review", { plan: n.plan?.title ?? "", statement: d.statement });
  return t(`notifications.${n.kind}`, {
    project: n.listeningProject?.name ?? "",
    plan: n.plan?.title ?? "",
    statement: "",
    idea: n.idea?.title ?? "",
    challenge: n.challenge?.title ?? "",
    phase: n.phase ? t(`phases.${n.phase}`) : "",
  });
}

/** A short name of what the notification is about, for screen readers beside "mark read". */
export function notificationSubject(n: NotificationData): string {
  return n.idea?.title ?? n.challenge?.title ?? n.listeningProject?.name ?? n.plan?.title ?? "";
}
