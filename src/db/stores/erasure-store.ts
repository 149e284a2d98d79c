// Queries of an erasure: one person's data taken out of one workspace, contributions kept under a "deleted
// participant" or removed with the counts they fed.
import { sql } from "drizzle-orm";
import type { Db } from "../open-database.ts";
import { insertMissingPseudonyms, lockPseudonymsOf } from "./pseudonym-store.ts";

type Executor = Pick<Db, "execute">;

/** A column that references users(id), and what PostgreSQL does with it when the user row goes. */
interface UserColumn {
  table: string;
  column: string;
  onDelete: "cascade" | "set null" | "other";
  hasWorkspace: boolean;
}

/**
 * Contributions, moved to the deleted participant when kept and removed by `removeContributions` otherwise: the
 * public's voice (ideas, comments, reactions, supports, statements, votes through the conversation participant), the
 * comments of plans, the activity log that points are computed from, and the open-data pseudonym.
 */
const contributionColumns = new Set([
  "ideas.author_id",
  "comments.author_id",
  "reactions.user_id",
  "supports.user_id",
  "statements.author_id",
  "conversation_participants.user_id",
  "plan_comments.author_id",
  "activity.user_id",
  "challenge_pseudonyms.user_id",
]);

/** Rows that stay when the person's data leaves a workspace they still exist in: the block outlives the membership. */
const keptOnWorkspaceErasure = new Set(["workspace_blocks.user_id"]);

/** Every column referencing users(id), read from the catalog so that a table added later is erased too. */
export async function userColumns(db: Executor): Promise<UserColumn[]> {
  const found = await db.execute<{
    table: string;
    column: string;
    on_delete: string;
    has_workspace: boolean;
  }>(sql`
    SELECT cl.relname AS table, a.attname AS column, c.confdeltype AS on_delete,
      EXISTS (SELECT 1 FROM pg_attribute w WHERE w.attrelid = cl.oid AND w.attname = 'workspace_id' AND NOT w.attisdropped)
        AS has_workspace
    FROM pg_constraint c
    JOIN pg_class cl ON cl.oid = c.conrelid
    JOIN pg_namespace n ON n.oid = cl.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
    WHERE c.contype = 'f' AND c.confrelid = 'users'::regclass AND array_length(c.conkey, 1) = 1
      AND n.nspname = current_schema()
    ORDER BY cl.relname, a.attname`);
  return found.rows.map((row) => ({
    table: row.table,
    column: row.column,
    onDelete: row.on_delete === "c" ? "cascade" : row.on_delete === "n" ? "set null" : "other",
    hasWorkspace: row.has_workspace,
  }));
}

/** The challenges of a workspace where the person acted, whose pseudonyms must be fixed before anything moves. */
async function challengesActedIn(tx: Executor, workspaceId: string, userId: string): Promise<string[]> {
  const found = await tx.execute<{ challenge_id: string }>(sql`
    SELECT challenge_id FROM ideas WHERE workspace_id = ${workspaceId} AND author_id = ${userId}
    UNION SELECT i.challenge_id FROM comments c JOIN ideas i ON i.id = c.idea_id
      WHERE c.workspace_id = ${workspaceId} AND c.author_id = ${userId}
    UNION SELECT i.challenge_id FROM reactions r JOIN ideas i ON i.id = r.idea_id
      WHERE r.workspace_id = ${workspaceId} AND r.user_id = ${userId}
    UNION SELECT i.challenge_id FROM supports s JOIN ideas i ON i.id = s.idea_id
      WHERE s.workspace_id = ${workspaceId} AND s.user_id = ${userId}`);
  return found.rows.map((row) => row.challenge_id);
}

/** Numbers every actor of the challenges the person acted in, so that removing their acts renumbers no one. */
export async function fixPseudonyms(tx: Executor, workspaceId: string, userId: string): Promise<void> {
  const challengeIds = await challengesActedIn(tx, workspaceId, userId);
  await lockPseudonymsOf(tx, challengeIds);
  for (const challengeId of challengeIds) await insertMissingPseudonyms(tx, workspaceId, challengeId);
}

/** Creates the deleted participant that will hold the person's kept contributions in this workspace. */
export async function createDeletedParticipant(
  tx: Executor,
  workspaceId: string,
  name: string,
  now: Date,
): Promise<string> {
  const created = await tx.execute<{ id: string }>(sql`
    INSERT INTO users (name, anonymous, locale) VALUES (${name}, false, 'fr') RETURNING id`);
  const id = created.rows[0]?.id;
  if (!id) throw new Error("the deleted participant was not created");
  await tx.execute(sql`
    INSERT INTO deleted_participants (user_id, workspace_id, erased_at) VALUES (${id}, ${workspaceId}, ${now})`);
  return id;
}

/** Moves every contribution of `userId` in the workspace to the deleted participant `tombstoneId`. */
export async function moveContributions(
  tx: Executor,
  columns: readonly UserColumn[],
  workspaceId: string,
  userId: string,
  tombstoneId: string,
): Promise<void> {
  for (const { table, column } of columns) {
    if (!contributionColumns.has(`${table}.${column}`)) continue;
    await tx.execute(sql`
      UPDATE ${sql.identifier(table)} SET ${sql.identifier(column)} = ${tombstoneId}
      WHERE workspace_id = ${workspaceId} AND ${sql.identifier(column)} = ${userId}`);
  }
}

/**
 * Removes every contribution of `userId` in the workspace, keeping counts coherent: the person's ideas go with
 * what hangs on them; their supports of other ideas are taken back (count lowered, `support-withdrawn` for the
 * author's points, as a withdrawn support does); replies of others to their comments move up to the parent; their
 * votes are deleted while their voter number stays taken. Returns the challenges whose conversation or ideas changed.
 */
export async function removeContributions(
  tx: Executor,
  workspaceId: string,
  userId: string,
  now: Date,
): Promise<{ ideaChallenges: string[]; conversationChallenges: string[] }> {
  const ideaChallenges = await tx.execute<{ challenge_id: string }>(sql`
    DELETE FROM ideas WHERE workspace_id = ${workspaceId} AND author_id = ${userId} RETURNING challenge_id`);
  const withdrawn = await tx.execute<{ challenge_id: string }>(sql`
    WITH gone AS (
      DELETE FROM supports WHERE workspace_id = ${workspaceId} AND user_id = ${userId} RETURNING idea_id
    ),
    lowered AS (
      UPDATE ideas i SET support_count = greatest(i.support_count - 1, 0)
      FROM gone WHERE i.id = gone.idea_id
      RETURNING i.id, i.challenge_id, i.author_id
    )
    INSERT INTO activity (workspace_id, challenge_id, user_id, kind, subject_id, created_at)
    SELECT ${workspaceId}, challenge_id, author_id, 'support-withdrawn', id, ${now} FROM lowered
    RETURNING challenge_id`);
  // Replies climb one level per pass until none hangs under the person's comments (a thread's depth bounds it).
  for (;;) {
    const moved = await tx.execute(sql`
      UPDATE comments c SET parent_id = p.parent_id FROM comments p
      WHERE c.parent_id = p.id AND p.workspace_id = ${workspaceId} AND p.author_id = ${userId}
        AND c.author_id <> ${userId}`);
    if (!moved.rowCount) break;
  }
  await tx.execute(sql`DELETE FROM comments WHERE workspace_id = ${workspaceId} AND author_id = ${userId}`);
  await tx.execute(sql`
    UPDATE plan_comments c SET parent_id = p.parent_id FROM plan_comments p
    WHERE c.parent_id = p.id AND p.workspace_id = ${workspaceId} AND p.author_id = ${userId}`);
  await tx.execute(
    sql`DELETE FROM plan_comments WHERE workspace_id = ${workspaceId} AND author_id = ${userId}`,
  );
  await tx.execute(sql`DELETE FROM reactions WHERE workspace_id = ${workspaceId} AND user_id = ${userId}`);
  const conversations = await tx.execute<{ challenge_id: string }>(sql`
    WITH voter AS (
      SELECT challenge_id, number FROM conversation_participants
      WHERE workspace_id = ${workspaceId} AND user_id = ${userId}
    ),
    votes AS (
      DELETE FROM statement_votes v USING voter
      WHERE v.challenge_id = voter.challenge_id AND v.participant = voter.number RETURNING v.challenge_id
    ),
    said AS (
      DELETE FROM statements WHERE workspace_id = ${workspaceId} AND author_id = ${userId} RETURNING challenge_id
    )
    SELECT challenge_id FROM votes UNION SELECT challenge_id FROM said`);
  await tx.execute(sql`
    UPDATE conversation_participants SET user_id = NULL
    WHERE workspace_id = ${workspaceId} AND user_id = ${userId}`);
  await tx.execute(sql`
    UPDATE challenge_pseudonyms SET user_id = NULL WHERE workspace_id = ${workspaceId} AND user_id = ${userId}`);
  await tx.execute(sql`DELETE FROM activity WHERE workspace_id = ${workspaceId} AND user_id = ${userId}`);
  return {
    ideaChallenges: [...new Set([...ideaChallenges.rows, ...withdrawn.rows].map((row) => row.challenge_id))],
    conversationChallenges: [...new Set(conversations.rows.map((row) => row.challenge_id))],
  };
}

/**
 * Whatever else of the person the workspace holds: rows that exist for them (membership, follows, flags,
 * notifications, attendance, jury scores) are deleted, their name on acts of others' work (`created_by`, `hidden_by`)
 * is emptied, as PostgreSQL would do if the user row went; the block stays (it outlives the membership).
 */
export async function clearRemainder(
  tx: Executor,
  columns: readonly UserColumn[],
  workspaceId: string,
  userId: string,
): Promise<void> {
  for (const { table, column, onDelete, hasWorkspace } of columns) {
    const key = `${table}.${column}`;
    if (!hasWorkspace || contributionColumns.has(key) || keptOnWorkspaceErasure.has(key)) continue;
    if (onDelete === "set null") {
      await tx.execute(sql`
        UPDATE ${sql.identifier(table)} SET ${sql.identifier(column)} = NULL
        WHERE workspace_id = ${workspaceId} AND ${sql.identifier(column)} = ${userId}`);
    } else {
      await tx.execute(sql`
        DELETE FROM ${sql.identifier(table)}
        WHERE workspace_id = ${workspaceId} AND ${sql.identifier(column)} = ${userId}`);
    }
  }
}

/** Every workspace holding a row that references the person: memberships, and contributions left behind. */
export async function workspacesHolding(
  tx: Executor,
  columns: readonly UserColumn[],
  userId: string,
): Promise<string[]> {
  const found = new Set<string>();
  for (const { table, column, hasWorkspace } of columns) {
    if (!hasWorkspace) continue;
    const rows = await tx.execute<{ workspace_id: string }>(sql`
      SELECT DISTINCT workspace_id FROM ${sql.identifier(table)} WHERE ${sql.identifier(column)} = ${userId}`);
    for (const row of rows.rows) found.add(row.workspace_id);
  }
  return [...found].sort();
}

/** The workspaces where the person is the only owner while others remain: an erasure would leave them ownerless. */
export async function soleOwnerships(
  tx: Executor,
  userId: string,
): Promise<Array<{ id: string; name: string }>> {
  const found = await tx.execute<{ id: string; name: string }>(sql`
    SELECT w.id, w.name FROM memberships m JOIN workspaces w ON w.id = m.workspace_id
    WHERE m.user_id = ${userId} AND m.role = 'owner'
      AND NOT EXISTS (SELECT 1 FROM memberships o
        WHERE o.workspace_id = m.workspace_id AND o.role = 'owner' AND o.user_id <> ${userId})
    ORDER BY w.name`);
  return found.rows;
}
