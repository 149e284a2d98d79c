// The e-mail side of notifications, across workspaces: claiming the pending e-mails and the key of unsubscribe links.
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Db } from "../open-database.ts";
import type { NotificationDetails } from "../schema/notification-details.ts";
import { instanceSecrets } from "../schema/notification-preferences.ts";
import type { NotificationKind } from "./notification-store.ts";

/** What an e-mail about one notification needs. */
export interface PendingEmail {
  id: string;
  kind: NotificationKind;
  userId: string;
  email: string;
  locale: string;
  workspaceId: string;
  challengeId: string | null;
  challengeTitle: string | null;
  ideaId: string | null;
  ideaTitle: string | null;
  phase: string | null;
  listeningProjectId: string | null;
  listeningProjectName: string | null;
  planId: string | null;
  planTitle: string | null;
  details: NotificationDetails | null;
}

/**
 * Takes up to `limit` pending e-mails and marks them taken in the same statement: SKIP LOCKED lets several server
 * processes drain the outbox together without sending any e-mail twice.
 */
export async function claimPendingEmails(db: Db, limit: number): Promise<PendingEmail[]> {
  const result = await db.execute<{
    id: string;
    kind: NotificationKind;
    user_id: string;
    email: string | null;
    locale: string;
    workspace_id: string;
    challenge_id: string | null;
    challenge_title: string | null;
    idea_id: string | null;
    idea_title: string | null;
    phase: string | null;
    listening_project_id: string | null;
    listening_project_name: string | null;
    plan_id: string | null;
    plan_title: string | null;
    details: NotificationDetails | null;
  }>(sql`
    WITH taken AS (
      UPDATE notifications n SET email_pending = false
      FROM (
        SELECT id FROM notifications WHERE email_pending ORDER BY created_at LIMIT ${limit} FOR UPDATE SKIP LOCKED
      ) picked
      WHERE n.id = picked.id
      RETURNING n.id, n.kind, n.user_id, n.workspace_id, n.challenge_id, n.idea_id, n.phase,
        n.listening_project_id, n.plan_id, n.details, n.created_at
    )
    SELECT taken.id, taken.kind, taken.user_id, u.email, u.locale, taken.workspace_id, taken.challenge_id,
      c.title AS challenge_title, taken.idea_id, i.title AS idea_title, taken.phase,
      taken.listening_project_id, lp.name AS listening_project_name, taken.plan_id, p.title AS plan_title,
      taken.details
    FROM taken
    JOIN users u ON u.id = taken.user_id
    LEFT JOIN challenges c ON c.id = taken.challenge_id
    LEFT JOIN ideas i ON i.id = taken.idea_id
    LEFT JOIN listening_projects lp ON lp.id = taken.listening_project_id
    LEFT JOIN plans p ON p.id = taken.plan_id
    ORDER BY taken.created_at`);
  return result.rows.flatMap((row) =>
    row.email === null
      ? []
      : [
          {
            id: row.id,
            kind: row.kind,
            userId: row.user_id,
            email: row.email,
            locale: row.locale,
            workspaceId: row.workspace_id,
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
          },
        ],
  );
}

/** The instance's secret called `name`, made (256 random bits) by whichever process asks first. */
export async function instanceSecret(db: Db, name: string): Promise<string> {
  await db
    .insert(instanceSecrets)
    .values({ name, value: randomBytes(32).toString("base64url") })
    .onConflictDoNothing();
  const result = await db.execute<{ value: string }>(
    sql`SELECT value FROM instance_secrets WHERE name = ${name}`,
  );
  const value = result.rows[0]?.value;
  if (!value) throw new Error(`instance secret ${name} missing`);
  return value;
}
