// Queries of the debrief opened for one workspace: groups' debriefs, actions and their status history.
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../open-database.ts";
import { actionStatusChanges, actions } from "../schema/actions.ts";
import { ideaGroups } from "../schema/synthesis.ts";

export type ActionRow = typeof actions.$inferSelect;
export type ActionStatus = ActionRow["status"];
export type ActionStatusChangeRow = typeof actionStatusChanges.$inferSelect;
export type ActionValues = Pick<ActionRow, "title" | "owner" | "groupId" | "status" | "reason" | "dueDate">;

/** A live group as the debrief shows it: its shown name, its visible ideas' count and a few of their titles. */
export interface GroupDebriefView {
  id: string;
  name: string;
  size: number;
  heard: string | null;
  willDo: string | null;
  ideaTitles: string[];
}

/** How many idea titles a group shows as examples. */
const sampleTitles = 3;

/** Opens the debrief store of one workspace; `db` may be a transaction. */
export function openDebriefStore(db: Db, workspaceId: string) {
  return {
    /**
     * The challenge's groups that are not retired, largest first; sizes and titles count only the ideas the public
     * sees (published, neither hidden nor held), the most supported first.
     */
    async groups(challengeId: string): Promise<GroupDebriefView[]> {
      const result = await db.execute<{
        id: string;
        name: string;
        size: number;
        heard: string | null;
        will_do: string | null;
        idea_titles: string[];
      }>(sql`
        SELECT g.id, coalesce(g.name, g.label) AS name, g.heard, g.will_do,
          count(i.id)::int AS size,
          coalesce((array_agg(i.title ORDER BY i.support_count DESC, i.created_at) FILTER (WHERE i.id IS NOT NULL))[1:${sampleTitles}], '{}') AS idea_titles
        FROM idea_groups g
        LEFT JOIN idea_group_members m ON m.group_id = g.id
        LEFT JOIN ideas i ON i.id = m.idea_id AND i.status = 'published' AND i.hidden_at IS NULL
        WHERE g.workspace_id = ${workspaceId} AND g.challenge_id = ${challengeId} AND g.retired_at IS NULL
        GROUP BY g.id
        ORDER BY size DESC, g.created_at, g.id`);
      return result.rows.map((row) => ({
        id: row.id,
        name: row.name,
        size: row.size,
        heard: row.heard,
        willDo: row.will_do,
        ideaTitles: row.idea_titles,
      }));
    },

    /** A live group of the workspace, locked for update when `lock`. */
    async group(groupId: string, lock = false) {
      const query = db
        .select()
        .from(ideaGroups)
        .where(
          and(
            eq(ideaGroups.id, groupId),
            eq(ideaGroups.workspaceId, workspaceId),
            isNull(ideaGroups.retiredAt),
          ),
        );
      const [row] = await (lock ? query.for("update") : query);
      return row;
    },

    async writeGroupDebrief(
      groupId: string,
      values: { heard: string | null; willDo: string | null },
      at: Date,
    ): Promise<void> {
      await db
        .update(ideaGroups)
        .set({ ...values, updatedAt: at })
        .where(and(eq(ideaGroups.id, groupId), eq(ideaGroups.workspaceId, workspaceId)));
    },

    /** The challenge's actions, oldest first. */
    async actions(challengeId: string): Promise<ActionRow[]> {
      return db
        .select()
        .from(actions)
        .where(and(eq(actions.workspaceId, workspaceId), eq(actions.challengeId, challengeId)))
        .orderBy(asc(actions.createdAt), asc(actions.id));
    },

    async action(actionId: string, lock = false): Promise<ActionRow | undefined> {
      const query = db
        .select()
        .from(actions)
        .where(and(eq(actions.id, actionId), eq(actions.workspaceId, workspaceId)));
      const [row] = await (lock ? query.for("update") : query);
      return row;
    },

    async insertAction(
      values: ActionValues & { challengeId: string; createdBy: string },
      at: Date,
    ): Promise<ActionRow> {
      const [row] = await db
        .insert(actions)
        .values({ ...values, workspaceId, createdAt: at, updatedAt: at })
        .returning();
      if (!row) throw new Error("action insert returned nothing");
      return row;
    },

    async updateAction(actionId: string, values: Partial<ActionValues>, at: Date): Promise<ActionRow> {
      const [row] = await db
        .update(actions)
        .set({ ...values, updatedAt: at })
        .where(and(eq(actions.id, actionId), eq(actions.workspaceId, workspaceId)))
        .returning();
      if (!row) throw new Error("action update returned nothing");
      return row;
    },

    async deleteAction(actionId: string): Promise<void> {
      await db.delete(actions).where(and(eq(actions.id, actionId), eq(actions.workspaceId, workspaceId)));
    },

    /** Appends one line to an action's status history. */
    async recordStatus(
      values: Pick<ActionStatusChangeRow, "actionId" | "fromStatus" | "toStatus" | "reason" | "changedBy">,
      at: Date,
    ): Promise<void> {
      await db.insert(actionStatusChanges).values({ ...values, workspaceId, changedAt: at });
    },

    /** The status history of every action of the challenge, oldest first. */
    async statusChanges(challengeId: string): Promise<ActionStatusChangeRow[]> {
      return db
        .select({ change: actionStatusChanges })
        .from(actionStatusChanges)
        .innerJoin(actions, eq(actions.id, actionStatusChanges.actionId))
        .where(and(eq(actionStatusChanges.workspaceId, workspaceId), eq(actions.challengeId, challengeId)))
        .orderBy(asc(actionStatusChanges.changedAt), asc(actionStatusChanges.id))
        .then((rows) => rows.map((row) => row.change));
    },
  };
}

export type DebriefStore = ReturnType<typeof openDebriefStore>;
