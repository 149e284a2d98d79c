// Closes the live sockets of a session that ended (sign-out, password reset), whichever process it ended on.
import type { PublishedEvent } from "../../contracts/events.ts";
import type { LiveHub } from "./live-hub.ts";

/** One open socket: the stored id of its session (the hash of the cookie) and how to close it. */
export interface SessionSocket {
  sessionId: string;
  close(): void;
}

/** WebSocket close code sent when the session ended: the page signs in again rather than reconnecting as before. */
export const sessionEndedCloseCode = 4401;

/**
 * The sockets of this process by person. A `session.ended` event (published on commit by any process) closes the
 * sockets of that session, or of every session of the person when it names none.
 */
export class SessionSockets {
  private readonly byUser = new Map<string, Set<SessionSocket>>();

  constructor(hub: Pick<LiveHub, "onEvent">) {
    hub.onEvent((event) => this.ended(event));
  }

  /** Registers a socket; returns what forgets it when it closes. */
  add(userId: string, socket: SessionSocket): () => void {
    let set = this.byUser.get(userId);
    if (!set) {
      set = new Set();
      this.byUser.set(userId, set);
    }
    set.add(socket);
    return () => {
      set.delete(socket);
      if (set.size === 0 && this.byUser.get(userId) === set) this.byUser.delete(userId);
    };
  }

  private ended({ event }: PublishedEvent): void {
    if (event.type !== "session.ended") return;
    const { userId, sessionId } = event.data;
    for (const socket of [...(this.byUser.get(userId) ?? [])]) {
      if (sessionId === undefined || sessionId === socket.sessionId) socket.close();
    }
  }
}
