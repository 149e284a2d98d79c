// Queries opened for one workspace: every read and write is filtered by its id, so nothing crosses workspaces.
import { and, asc, eq, gt, isNull, or, sql } from "drizzle-orm";
import type { Db } from "../open-database.ts";
import { users } from "../schema/accounts.ts";
import { invitations, memberships, workspaces } from "../schema/workspaces.ts";

export type Role = (typeof memberships.$inferSelect)["role"];
export type WorkspaceRow = typeof workspaces.$inferSelect;
export type InvitationRow = typeof invitations.$inferSelect;

export interface MemberRow {
  userId: string;
  name: string;
  email: string | null;
  anonymous: boolean;
  role: Role;
  joinedAt: Date;
  /** When moderation blocked the member in this workspace, if it did. */
  blockedAt: Date | null;
}

/** Opens the store of one workspace; `db` may be a transaction. */
export function openWorkspaceStore(db: Db, workspaceId: string) {
  return {
    workspaceId,

    async workspace(): Promise<WorkspaceRow | undefined> {
      const [row] = await db.select().from(workspaces).where(eq(workspaces.id, workspaceId));
      return row;
    },

    async update(
      values: Partial<Pick<WorkspaceRow, "name" | "kind" | "allowAnonymous">>,
    ): Promise<WorkspaceRow> {
      const [row] = await db.update(workspaces).set(values).where(eq(workspaces.id, workspaceId)).returning();
      if (!row) throw new Error(`workspace ${workspaceId} vanished during update`);
      return row;
    },

    async roleOf(userId: string): Promise<Role | undefined> {
      const [row] = await db
        .select({ role: memberships.role })
        .from(memberships)
        .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
      return row?.role;
    },

    async members(): Promise<MemberRow[]> {
      return db
        .select({
          userId: users.id,
          name: users.name,
          email: users.email,
          anonymous: users.anonymous,
          role: memberships.role,
          joinedAt: memberships.joinedAt,
          blockedAt: memberships.blockedAt,
        })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(eq(memberships.workspaceId, workspaceId))
        .orderBy(asc(memberships.joinedAt), asc(users.name));
    },

    async member(userId: string): Promise<MemberRow | undefined> {
      const all = await this.members();
      return all.find((m) => m.userId === userId);
    },

    async addMember(userId: string, role: Role): Promise<void> {
      await db.insert(memberships).values({ workspaceId, userId, role });
    },

    async setRole(userId: string, role: Role): Promise<void> {
      await db
        .update(memberships)
        .set({ role })
        .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
    },

    async removeMember(userId: string): Promise<void> {
      await db
        .delete(memberships)
        .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
    },

    /** Counts owners, locking their rows so two concurrent demotions cannot both pass the last-owner check. */
    async ownerCount(): Promise<number> {
      const rows = await db
        .select({ userId: memberships.userId })
        .from(memberships)
        .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.role, "owner")))
        .for("update");
      return rows.length;
    },

    async createInvitation(values: {
      tokenHash: string;
      role: Role;
      createdBy: string;
      expiresAt: Date;
      maxUses: number | null;
    }): Promise<InvitationRow> {
      const [row] = await db
        .insert(invitations)
        .values({ ...values, workspaceId })
        .returning();
      if (!row) throw new Error("invitation insert returned nothing");
      return row;
    },

    /** Invitations still usable at `now`: not revoked, not expired, not used up. */
    async activeInvitations(now: Date): Promise<InvitationRow[]> {
      return db
        .select()
        .from(invitations)
        .where(
          and(
            eq(invitations.workspaceId, workspaceId),
            isNull(invitations.revokedAt),
            gt(invitations.expiresAt, now),
            or(isNull(invitations.maxUses), sql`${invitations.uses} < ${invitations.maxUses}`),
          ),
        )
        .orderBy(asc(invitations.createdAt));
    },

    async invitation(invitationId: string): Promise<InvitationRow | undefined> {
      const [row] = await db
        .select()
        .from(invitations)
        .where(and(eq(invitations.workspaceId, workspaceId), eq(invitations.id, invitationId)));
      return row;
    },

    async revokeInvitation(invitationId: string, now: Date): Promise<void> {
      await db
        .update(invitations)
        .set({ revokedAt: now })
        .where(and(eq(invitations.workspaceId, workspaceId), eq(invitations.id, invitationId)));
    },

    async countInvitationUse(invitationId: string): Promise<void> {
      await db
        .update(invitations)
        .set({ uses: sql`${invitations.uses} + 1` })
        .where(and(eq(invitations.workspaceId, workspaceId), eq(invitations.id, invitationId)));
    },
  };
}

export type WorkspaceStore = ReturnType<typeof openWorkspaceStore>;
