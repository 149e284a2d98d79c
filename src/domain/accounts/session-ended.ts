// The event that tells every server process to close the live sockets of sessions that ended.
import type { WorkspaceEvent } from "../../db/stores/events.ts";

/**
 * `session.ended` for one person: one session (`sessionId`, the stored hash of its cookie, never the cookie) or, when
 * absent, all of them (a password reset). It belongs to no workspace and reaches only that person's connections.
 */
export function sessionEnded(userId: string, now: Date, sessionId?: string): WorkspaceEvent {
  return {
    type: "session.ended",
    workspaceId: "",
    recipientId: userId,
    data: sessionId ? { sessionId } : {},
    at: now.toISOString(),
  };
}
