// Queries of one person's notifications over every workspace they still belong to: the notification centre.
import { sql } from "drizzle-orm";
import type { Db } from "../open-database.ts";
import type { NotificationView } from "./notification-store.ts";

/** A notification with the workspace it comes from, so the centre can link to its item. */
export interface OwnNotificationView extends NotificationView {
  workspaceId: string;
  workspaceName: string;
}

/**
 * The person's in-app notifications, newest first, at most `limit`; with `before` (a notification id), only those
 * older than it: the next page. Workspaces the person left are left out.
 */
export async function ownNotifications(
  db: Db,
  userId: string,
  options: { limit: number; before?: string; unreadOnly: boolean },
): Promise<OwnNotificationView[]> {
  const before = options.before
    ? sql`AND (n.created_at, n.id) < (SELECT created_at, id FROM notifications WHERE id = ${options.before} AND user_id = ${userId})`
    : sql``;
  const unread = options.unreadOnly ? sql`AND n.read_at IS NULL` : sql``;
  const result = await db.execute<{
    id: string;
    kind: NotificationView["kind"];
    challenge_id: string;
    challenge_title: string;
    idea_id: string | null;
    idea_title: string | null;
    phase: string | null;
    created_at: Date | string;
    read_at: Date | string | null;
    workspace_id: string;
    workspace_name: string;
  }>(sql`
    SELECT n.id, n.kind, n.challenge_id, c.title AS challenge_title, n.idea_id, i.title AS idea_title, n.phase,
      n.created_at, n.read_at, n.workspace_id, w.name AS workspace_name
    FROM notifications n
    JOIN memberships m ON m.workspace_id = n.workspace_id AND m.user_id = n.user_id
    JOIN workspaces w ON w.id = n.workspace_id
    JOIN challenges c ON c.id = n.challenge_id
    LEFT JOIN ideas i ON i.id = n.idea_id
    WHERE n.user_id = ${userId} AND n.in_app ${unread} ${before}
    ORDER BY n.created_at DESC, n.id DESC
    LIMIT ${options.limit}`);
  return result.rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    challengeId: row.challenge_id,
    challengeTitle: row.challenge_title,
    ideaId: row.idea_id,
    ideaTitle: row.idea_title,
    phase: row.phase,
    createdAt: new Date(row.created_at),
    readAt: row.read_at === null ? null : new Date(row.read_at),
    workspaceId: row.workspace_id,
    workspaceName: row.workspace_name,
  }));
}

/** Marks the person's notifications read, over every workspace: those of `ids` (others' are ignored), or all. */
export async function markOwnNotificationsRead(
  db: Db,
  userId: string,
  ids: string[] | undefined,
  at: Date,
): Promise<void> {
  const only = ids
    ? sql`AND id IN (${sql.join(
        ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`
    : sql``;
  if (ids && ids.length === 0) return;
  await db.execute(
    sql`UPDATE notifications SET read_at = ${at} WHERE user_id = ${userId} AND read_at IS NULL ${only}`,
  );
}
