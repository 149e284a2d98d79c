// The event that tells every server process to close the live sockets of sessions that ended.
import type { EventOf } from "../../contracts/events.ts";

/**
 * `session.ended` for one person: one session (`sessionId`, the stored hash of its cookie, never the cookie) or, when
 * absent, all of them (a password reset). Published to the processes only (audience `processes`), which close the
 * person's matching sockets.
 */
export function sessionEnded(userId: string, now: Date, sessionId?: string): EventOf<"session.ended"> {
  return {
    type: "session.ended",
    workspaceId: null,
    data: sessionId ? { userId, sessionId } : { userId },
    at: now.toISOString(),
  };
}
