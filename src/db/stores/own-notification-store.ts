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
    challenge_id: string | null;
    challenge_title: string | null;
    idea_id: string | null;
    idea_title: string | null;
    phase: string | null;
    listening_project_id: string | null;
    listening_project_name: string | null;
    plan_id: string | null;
    plan_title: string | null;
    details: NotificationView["details"];
    created_at: Date | string;
    read_at: Date | string | null;
    workspace_id: string;
    workspace_name: string;
  }>(sql`
    SELECT n.id, n.kind, n.challenge_id, c.title AS challenge_title, n.idea_id, i.title AS idea_title, n.phase,
      n.listening_project_id, lp.name AS listening_project_name, n.plan_id, p.title AS plan_title, n.details,
      n.created_at, n.read_at, n.workspace_id, w.name AS workspace_name
    FROM notifications n
    JOIN memberships m ON m.workspace_id = n.workspace_id AND m.user_id = n.user_id
    JOIN workspaces w ON w.id = n.workspace_id
    LEFT JOIN challenges c ON c.id = n.challenge_id
    LEFT JOIN ideas i ON i.id = n.idea_id
    LEFT JOIN listening_projects lp ON lp.id = n.listening_project_id
    LEFT JOIN plans p ON p.id = n.plan_id
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
    listeningProjectId: row.listening_project_id,
    listeningProjectName: row.listening_project_name,
    planId: row.plan_id,
    planTitle: row.plan_title,
    details: row.details,
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
