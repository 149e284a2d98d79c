// Queries on people and their sign-in: users, sessions and password resets.
import { and, eq, gt, isNull, lt, sql } from "drizzle-orm";
import type { Db } from "../open-database.ts";
import { passwordResets, sessions, users } from "../schema/accounts.ts";
import { signUpRequests } from "../schema/sign-up-requests.ts";
import { memberships } from "../schema/workspaces.ts";

export type UserRow = typeof users.$inferSelect;

/** What the access gate needs of a membership: the role and whether moderation blocked the member. */
export interface SessionMembership {
  role: (typeof memberships.$inferSelect)["role"];
  blockedAt: Date | null;
  blockedReason: string | null;
}

/**
 * The access gate's read of sessions with their users and memberships, built once per database handle and run as a
 * named statement, so it is neither rebuilt nor planned again at each request.
 */
function prepareSessionMembers(db: Db) {
  return db
    .select({
      sessionId: sessions.id,
      user: users,
      workspaceId: memberships.workspaceId,
      role: memberships.role,
      blockedAt: memberships.blockedAt,
      blockedReason: memberships.blockedReason,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(
      memberships,
      and(
        eq(memberships.userId, users.id),
        sql`${memberships.workspaceId} = any(${sql.placeholder("workspaceIds")}::uuid[])`,
      ),
    )
    .where(
      and(
        sql`${sessions.id} = any(${sql.placeholder("sessionIds")}::text[])`,
        gt(sessions.expiresAt, sql.placeholder("now")),
      ),
    )
    .prepare("session_members");
}

const sessionMembersQueries = new WeakMap<Db, ReturnType<typeof prepareSessionMembers>>();

export function openAccountStore(db: Db) {
  return {
    async userById(id: string): Promise<UserRow | undefined> {
      const [row] = await db.select().from(users).where(eq(users.id, id));
      return row;
    },

    async userByEmail(email: string): Promise<UserRow | undefined> {
      const [row] = await db.select().from(users).where(sql`lower(${users.email}) = lower(${email})`);
      return row;
    },

    async insertUser(values: typeof users.$inferInsert): Promise<UserRow> {
      const [row] = await db.insert(users).values(values).returning();
      if (!row) throw new Error("user insert returned nothing");
      return row;
    },

    async updateUser(
      id: string,
      values: Partial<Pick<UserRow, "name" | "email" | "passwordHash" | "anonymous" | "locale">>,
    ): Promise<UserRow> {
      const [row] = await db.update(users).set(values).where(eq(users.id, id)).returning();
      if (!row) throw new Error(`user ${id} vanished during update`);
      return row;
    },

    async insertSession(id: string, userId: string, expiresAt: Date): Promise<void> {
      await db.insert(sessions).values({ id, userId, expiresAt });
    },

    /** The user behind a live session, or undefined when the session is unknown or expired. */
    async sessionUser(id: string, now: Date): Promise<UserRow | undefined> {
      const [row] = await db
        .select({ user: users })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now)));
      return row?.user;
    },

    /**
     * For each (session, workspace) asked, the user behind the live session with their membership of that workspace
     * (null when not a member, or no workspace asked), or undefined when the session is unknown or expired: one
     * query for many requests. Each read is fresh, so a closed session or a removed or blocked member is refused at
     * once, whichever server process handled the change.
     */
    async sessionMembers(
      keys: ReadonlyArray<{ sessionId: string; workspaceId: string | null }>,
      now: Date,
    ): Promise<Array<{ user: UserRow; membership: SessionMembership | null } | undefined>> {
      const sessionIds = [...new Set(keys.map((key) => key.sessionId))];
      const workspaceIds = [...new Set(keys.flatMap((key) => (key.workspaceId ? [key.workspaceId] : [])))];
      let prepared = sessionMembersQueries.get(db);
      if (!prepared) {
        prepared = prepareSessionMembers(db);
        sessionMembersQueries.set(db, prepared);
      }
      const rows = await prepared.execute({ sessionIds, workspaceIds, now });
      const usersBySession = new Map<string, UserRow>();
      const membershipsByKey = new Map<string, SessionMembership>();
      for (const { sessionId, user, workspaceId, role, blockedAt, blockedReason } of rows) {
        usersBySession.set(sessionId, user);
        if (workspaceId && role)
          membershipsByKey.set(`${sessionId}:${workspaceId}`, { role, blockedAt, blockedReason });
      }
      return keys.map(({ sessionId, workspaceId }) => {
        const user = usersBySession.get(sessionId);
        if (!user) return undefined;
        return { user, membership: membershipsByKey.get(`${sessionId}:${workspaceId}`) ?? null };
      });
    },

    /** Deletes a session and returns its user, if it existed. */
    async deleteSession(id: string): Promise<string | undefined> {
      const [row] = await db
        .delete(sessions)
        .where(eq(sessions.id, id))
        .returning({ userId: sessions.userId });
      return row?.userId;
    },

    async deleteSessionsOf(userId: string): Promise<void> {
      await db.delete(sessions).where(eq(sessions.userId, userId));
    },

    async deleteExpiredSessions(now: Date): Promise<void> {
      await db.delete(sessions).where(lt(sessions.expiresAt, now));
      // Sign-ups never confirmed hold a name, an address and a password hash: they go when their link expires.
      await db.delete(signUpRequests).where(lt(signUpRequests.expiresAt, now));
    },

    async insertReset(id: string, userId: string, expiresAt: Date): Promise<void> {
      await db.insert(passwordResets).values({ id, userId, expiresAt });
    },

    /** Voids every unused reset link of a person (one was used, or the password changed). */
    async voidResetsOf(userId: string, now: Date): Promise<void> {
      await db
        .update(passwordResets)
        .set({ usedAt: now })
        .where(and(eq(passwordResets.userId, userId), isNull(passwordResets.usedAt)));
    },

    /** Marks a reset link used and returns its user, only if it was unused and unexpired (one atomic update). */
    async useReset(id: string, now: Date): Promise<string | undefined> {
      const [row] = await db
        .update(passwordResets)
        .set({ usedAt: now })
        .where(
          and(eq(passwordResets.id, id), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now)),
        )
        .returning({ userId: passwordResets.userId });
      return row?.userId;
    },
  };
}
