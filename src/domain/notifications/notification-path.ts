// Where a notification leads in the web app: the idea, the challenge, the project's alerts or the plan's sessions.

/** The path (from the web app's root) of what a notification is about. */
export function notificationPath(
  workspaceId: string,
  n: {
    challengeId: string | null;
    ideaId: string | null;
    listeningProjectId: string | null;
    planId: string | null;
  },
): string {
  const base = `/workspaces/${workspaceId}`;
  if (n.ideaId) return `${base}/ideas/${n.ideaId}`;
  if (n.challengeId) return `${base}/challenges/${n.challengeId}`;
  if (n.listeningProjectId) return `${base}/listening/${n.listeningProjectId}/alerts`;
  if (n.planId) return `${base}/plans/${n.planId}/sessions`;
  return base;
}
