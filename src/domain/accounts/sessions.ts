// Opening, resolving and closing sign-in sessions.

import type { Db } from "../../db/open-database.ts";
import { openAccountStore, type SessionMembership, type UserRow } from "../../db/stores/account-store.ts";
import { publishEvent } from "../../db/stores/events.ts";
import { hashToken, newToken } from "./secrets.ts";
import { sessionEnded } from "./session-ended.ts";

/** How long a session lasts without signing in again. */
export const sessionDays = 30;

/** Opens a session for `userId` and returns the token to put in the cookie. */
export async function openSession(
  db: Db,
  userId: string,
  now: Date,
): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + sessionDays * 86_400_000);
  await openAccountStore(db).insertSession(hashToken(token), userId, expiresAt);
  return { token, expiresAt };
}

/** The user of a session cookie, if the session is live. */
export function resolveSession(db: Db, token: string, now: Date): Promise<UserRow | undefined> {
  return openAccountStore(db).sessionUser(hashToken(token), now);
}

/**
 * For each (session cookie, workspace) asked, the user of the live session with their membership of that workspace
 * (null when not a member or no workspace), or undefined: one query for many requests.
 */
export function resolveSessions(
  db: Db,
  keys: ReadonlyArray<{ token: string; workspaceId: string | null }>,
  now: Date,
): Promise<Array<{ user: UserRow; membership: SessionMembership | null } | undefined>> {
  return openAccountStore(db).sessionMembers(
    keys.map(({ token, workspaceId }) => ({ sessionId: hashToken(token), workspaceId })),
    now,
  );
}

/** Closes a session; its open live sockets, on any server process, are closed too (session.ended). */
export async function closeSession(db: Db, token: string, now: Date): Promise<void> {
  const sessionId = hashToken(token);
  const userId = await openAccountStore(db).deleteSession(sessionId);
  if (userId) await publishEvent(db, sessionEnded(userId, now, sessionId), { kind: "processes" });
}
