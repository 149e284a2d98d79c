// Queries of challenges' syntheses opened for one workspace: groups of ideas, their members, the last computation.
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "../open-database.ts";
import { ideas } from "../schema/challenges.ts";
import { ideaGroupMembers, ideaGroups } from "../schema/synthesis.ts";
import { challengeSyntheses, ideasKeptUngrouped } from "../schema/synthesis-runs.ts";

export type IdeaGroupRow = typeof ideaGroups.$inferSelect;
export type GroupMemberRow = typeof ideaGroupMembers.$inferSelect;
export type SynthesisRunRow = typeof challengeSyntheses.$inferSelect;
export type GroupValues = Omit<typeof ideaGroups.$inferInsert, "id" | "workspaceId" | "challengeId">;

/** An idea the synthesis shows: published and not hidden (nor held). */
export interface SynthesisIdeaRow {
  id: string;
  title: string;
  body: string;
  createdAt: Date;
}

/** Opens the synthesis store of one workspace; `db` may be a transaction. */
export function openSynthesisStore(db: Db, workspaceId: string) {
  const activeGroups = (challengeId: string) =>
    and(
      eq(ideaGroups.workspaceId, workspaceId),
      eq(ideaGroups.challengeId, challengeId),
      isNull(ideaGroups.retiredAt),
    );

  return {
    /** The challenge's published ideas nobody hid, oldest first (the order the analysis reads them in). */
    async visibleIdeas(challengeId: string): Promise<SynthesisIdeaRow[]> {
      return db
        .select({ id: ideas.id, title: ideas.title, body: ideas.body, createdAt: ideas.createdAt })
        .from(ideas)
        .where(
          and(
            eq(ideas.workspaceId, workspaceId),
            eq(ideas.challengeId, challengeId),
            eq(ideas.status, "published"),
            isNull(ideas.hiddenAt),
          ),
        )
        .orderBy(asc(ideas.createdAt), asc(ideas.id));
    },

    /** The challenge's groups still in view, oldest first. */
    async groups(challengeId: string): Promise<IdeaGroupRow[]> {
      return db
        .select()
        .from(ideaGroups)
        .where(activeGroups(challengeId))
        .orderBy(asc(ideaGroups.createdAt), asc(ideaGroups.id));
    },

    /** A group of the challenge still in view; `lock` takes its row lock. */
    async group(challengeId: string, groupId: string): Promise<IdeaGroupRow | undefined> {
      const [row] = await db
        .select()
        .from(ideaGroups)
        .where(and(activeGroups(challengeId), eq(ideaGroups.id, groupId)));
      return row;
    },

    /** Memberships in the challenge's groups still in view. */
    async members(challengeId: string): Promise<GroupMemberRow[]> {
      return db
        .select({
          ideaId: ideaGroupMembers.ideaId,
          groupId: ideaGroupMembers.groupId,
          workspaceId: ideaGroupMembers.workspaceId,
          placedByManager: ideaGroupMembers.placedByManager,
          createdAt: ideaGroupMembers.createdAt,
        })
        .from(ideaGroupMembers)
        .innerJoin(ideaGroups, eq(ideaGroups.id, ideaGroupMembers.groupId))
        .where(activeGroups(challengeId))
        .orderBy(asc(ideaGroupMembers.createdAt), asc(ideaGroupMembers.ideaId));
    },

    async keptUngrouped(challengeId: string): Promise<string[]> {
      const rows = await db
        .select({ ideaId: ideasKeptUngrouped.ideaId })
        .from(ideasKeptUngrouped)
        .where(
          and(
            eq(ideasKeptUngrouped.workspaceId, workspaceId),
            eq(ideasKeptUngrouped.challengeId, challengeId),
          ),
        );
      return rows.map((row) => row.ideaId);
    },

    async insertGroup(challengeId: string, values: GroupValues): Promise<IdeaGroupRow> {
      const [row] = await db
        .insert(ideaGroups)
        .values({ ...values, workspaceId, challengeId })
        .returning();
      if (!row) throw new Error("group insert returned nothing");
      return row;
    },

    async updateGroup(groupId: string, values: Partial<GroupValues>): Promise<void> {
      await db
        .update(ideaGroups)
        .set(values)
        .where(and(eq(ideaGroups.workspaceId, workspaceId), eq(ideaGroups.id, groupId)));
    },

    /** Takes groups out of view (kept for history) and drops their memberships. */
    async retireGroups(groupIds: string[], now: Date): Promise<void> {
      if (groupIds.length === 0) return;
      await db
        .delete(ideaGroupMembers)
        .where(
          and(eq(ideaGroupMembers.workspaceId, workspaceId), inArray(ideaGroupMembers.groupId, groupIds)),
        );
      await db
        .update(ideaGroups)
        .set({ retiredAt: now, updatedAt: now })
        .where(and(eq(ideaGroups.workspaceId, workspaceId), inArray(ideaGroups.id, groupIds)));
    },

    /** Drops the memberships the analysis made in these groups (a manager's placements stay). */
    async deleteComputedMembers(groupIds: string[]): Promise<void> {
      if (groupIds.length === 0) return;
      await db
        .delete(ideaGroupMembers)
        .where(
          and(
            eq(ideaGroupMembers.workspaceId, workspaceId),
            inArray(ideaGroupMembers.groupId, groupIds),
            eq(ideaGroupMembers.placedByManager, false),
          ),
        );
    },

    /** Puts ideas in a group (an idea is in at most one group: it leaves any other). */
    async placeIdeas(groupId: string, ideaIds: string[], placedByManager: boolean, now: Date): Promise<void> {
      if (ideaIds.length === 0) return;
      await db
        .insert(ideaGroupMembers)
        .values(ideaIds.map((ideaId) => ({ ideaId, groupId, workspaceId, placedByManager, createdAt: now })))
        .onConflictDoUpdate({
          target: ideaGroupMembers.ideaId,
          set: { groupId, placedByManager, createdAt: now },
        });
    },

    /** Marks memberships as a manager's, so the analysis leaves them where they are. */
    async fixMembers(ideaIds: string[]): Promise<void> {
      if (ideaIds.length === 0) return;
      await db
        .update(ideaGroupMembers)
        .set({ placedByManager: true })
        .where(and(eq(ideaGroupMembers.workspaceId, workspaceId), inArray(ideaGroupMembers.ideaId, ideaIds)));
    },

    async removeFromGroups(ideaIds: string[]): Promise<void> {
      if (ideaIds.length === 0) return;
      await db
        .delete(ideaGroupMembers)
        .where(and(eq(ideaGroupMembers.workspaceId, workspaceId), inArray(ideaGroupMembers.ideaId, ideaIds)));
    },

    async keepUngrouped(challengeId: string, ideaId: string): Promise<void> {
      await db.insert(ideasKeptUngrouped).values({ ideaId, workspaceId, challengeId }).onConflictDoNothing();
    },

    async releaseUngrouped(ideaIds: string[]): Promise<void> {
      if (ideaIds.length === 0) return;
      await db
        .delete(ideasKeptUngrouped)
        .where(
          and(eq(ideasKeptUngrouped.workspaceId, workspaceId), inArray(ideasKeptUngrouped.ideaId, ideaIds)),
        );
    },

    async run(challengeId: string): Promise<SynthesisRunRow | undefined> {
      const [row] = await db
        .select()
        .from(challengeSyntheses)
        .where(
          and(
            eq(challengeSyntheses.workspaceId, workspaceId),
            eq(challengeSyntheses.challengeId, challengeId),
          ),
        );
      return row;
    },

    async saveRun(values: Omit<SynthesisRunRow, "workspaceId">): Promise<void> {
      await db
        .insert(challengeSyntheses)
        .values({ ...values, workspaceId })
        .onConflictDoUpdate({
          target: challengeSyntheses.challengeId,
          set: { status: values.status, ideaCount: values.ideaCount, computedAt: values.computedAt },
        });
    },

    /** Removes an idea from every group's pinned quotes but `exceptGroupId`'s. */
    async unpinElsewhere(challengeId: string, ideaId: string, exceptGroupId?: string): Promise<void> {
      await db
        .update(ideaGroups)
        .set({ pinnedIdeaIds: sql`${ideaGroups.pinnedIdeaIds} - ${ideaId}::text` })
        .where(
          and(
            activeGroups(challengeId),
            sql`${ideaGroups.pinnedIdeaIds} @> ${JSON.stringify([ideaId])}::jsonb`,
            exceptGroupId ? sql`${ideaGroups.id} <> ${exceptGroupId}` : undefined,
          ),
        );
    },
  };
}

export type SynthesisStore = ReturnType<typeof openSynthesisStore>;
