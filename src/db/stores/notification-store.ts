// Queries of notifications opened for one workspace: every read and write is filtered by its id.
import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "../open-database.ts";
import { challenges, ideas } from "../schema/challenges.ts";
import { notifications } from "../schema/notifications.ts";

export type NotificationKind = (typeof notifications.$inferSelect)["kind"];

export interface NotificationView {
  id: string;
  kind: NotificationKind;
  challengeId: string;
  challengeTitle: string;
  ideaId: string | null;
  ideaTitle: string | null;
  createdAt: Date;
  readAt: Date | null;
}

/** Opens the notification store of one workspace; `db` may be a transaction. */
export function openNotificationStore(db: Db, workspaceId: string) {
  return {
    /** Notifies the followers of an idea, but not `except` (who caused it). */
    async notifyFollowers(
      values: { kind: NotificationKind; challengeId: string; ideaId: string; except: string },
      at: Date,
    ): Promise<number> {
      const result = await db.execute(sql`
        INSERT INTO notifications (workspace_id, user_id, kind, challenge_id, idea_id, created_at)
        SELECT ${workspaceId}, f.user_id, ${values.kind}, ${values.challengeId}, ${values.ideaId}, ${at}
        FROM follows f
        WHERE f.workspace_id = ${workspaceId} AND f.idea_id = ${values.ideaId} AND f.user_id <> ${values.except}`);
      return result.rowCount ?? 0;
    },

    /** Notifies everyone who submitted, commented on or supported an idea of the challenge, but not `except`. */
    async notifyContributors(
      values: { kind: NotificationKind; challengeId: string; except: string },
      at: Date,
    ): Promise<number> {
      const result = await db.execute(sql`
        INSERT INTO notifications (workspace_id, user_id, kind, challenge_id, created_at)
        SELECT ${workspaceId}, people.user_id, ${values.kind}, ${values.challengeId}, ${at}
        FROM (
          SELECT author_id AS user_id FROM ideas WHERE workspace_id = ${workspaceId} AND challenge_id = ${values.challengeId}
          UNION
          SELECT c.author_id FROM comments c JOIN ideas i ON i.id = c.idea_id
            WHERE c.workspace_id = ${workspaceId} AND i.challenge_id = ${values.challengeId}
          UNION
          SELECT s.user_id FROM supports s JOIN ideas i ON i.id = s.idea_id
            WHERE s.workspace_id = ${workspaceId} AND i.challenge_id = ${values.challengeId}
        ) people
        JOIN memberships m ON m.workspace_id = ${workspaceId} AND m.user_id = people.user_id
        WHERE people.user_id <> ${values.except}`);
      return result.rowCount ?? 0;
    },

    /**
     * Notifies the authors of the ideas of one group (those whose ideas fed its actions), once each, but not `except`.
     */
    async notifyGroupContributors(
      values: { kind: NotificationKind; challengeId: string; groupId: string; except: string },
      at: Date,
    ): Promise<number> {
      const result = await db.execute(sql`
        INSERT INTO notifications (workspace_id, user_id, kind, challenge_id, created_at)
        SELECT DISTINCT ${workspaceId}::uuid, i.author_id, ${values.kind}::notification_kind, ${values.challengeId}::uuid, ${at}::timestamptz
        FROM idea_group_members gm
        JOIN ideas i ON i.id = gm.idea_id AND i.workspace_id = ${workspaceId}
        JOIN memberships m ON m.workspace_id = ${workspaceId} AND m.user_id = i.author_id
        WHERE gm.group_id = ${values.groupId} AND i.author_id <> ${values.except}`);
      return result.rowCount ?? 0;
    },

    /** A member's notifications, newest first (at most `limit`). */
    async list(userId: string, options: { unreadOnly: boolean; limit: number }): Promise<NotificationView[]> {
      return db
        .select({
          id: notifications.id,
          kind: notifications.kind,
          challengeId: notifications.challengeId,
          challengeTitle: challenges.title,
          ideaId: notifications.ideaId,
          ideaTitle: ideas.title,
          createdAt: notifications.createdAt,
          readAt: notifications.readAt,
        })
        .from(notifications)
        .innerJoin(challenges, eq(challenges.id, notifications.challengeId))
        .leftJoin(ideas, eq(ideas.id, notifications.ideaId))
        .where(
          and(
            eq(notifications.workspaceId, workspaceId),
            eq(notifications.userId, userId),
            options.unreadOnly ? isNull(notifications.readAt) : undefined,
          ),
        )
        .orderBy(desc(notifications.createdAt), desc(notifications.id))
        .limit(options.limit);
    },

    /** Marks the member's notifications read: those of `ids`, or all of them. */
    async markRead(userId: string, ids: string[] | undefined, at: Date): Promise<void> {
      await db
        .update(notifications)
        .set({ readAt: at })
        .where(
          and(
            eq(notifications.workspaceId, workspaceId),
            eq(notifications.userId, userId),
            isNull(notifications.readAt),
            ids ? inArray(notifications.id, ids) : undefined,
          ),
        );
    },
  };
}
