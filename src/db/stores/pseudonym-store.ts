// The stored open-data pseudonyms of a challenge: numbers given once, in the order of each person's first act.
import { sql } from "drizzle-orm";
import type { Db } from "../open-database.ts";

type Executor = Pick<Db, "execute">;

/**
 * Gives a number to everyone who acted in the challenge (idea, comment, reaction, support; hidden acts included) and
 * has none yet, after the highest number ever given, in the order of their first act; then returns every number
 * held by a person. Numbers already given never change, so removing someone's acts (an erasure, a withdrawn support)
 * shifts nobody. Runs in a transaction under a lock per challenge, so that two exports at once cannot both give a
 * number to the same person.
 */
export async function assignPseudonyms(
  db: Db,
  workspaceId: string,
  challengeId: string,
): Promise<Array<{ userId: string; number: number }>> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`SELECT pg_advisory_xact_lock(hashtext('challenge-pseudonyms'), hashtext(${challengeId}))`,
    );
    await insertMissingPseudonyms(tx, workspaceId, challengeId);
    const found = await tx.execute<{ user_id: string; number: number }>(sql`
      SELECT user_id, number FROM challenge_pseudonyms
      WHERE workspace_id = ${workspaceId} AND challenge_id = ${challengeId} AND user_id IS NOT NULL`);
    return found.rows.map((row) => ({ userId: row.user_id, number: row.number }));
  });
}

/** The insertion itself, for a caller already in a transaction holding the challenge's lock (or an erasure's). */
export async function insertMissingPseudonyms(
  tx: Executor,
  workspaceId: string,
  challengeId: string,
): Promise<void> {
  await tx.execute(sql`
    WITH acts AS (
      SELECT author_id AS user_id, created_at FROM ideas WHERE workspace_id = ${workspaceId} AND challenge_id = ${challengeId}
      UNION ALL
      SELECT c.author_id, c.created_at FROM comments c JOIN ideas i ON i.id = c.idea_id
        WHERE c.workspace_id = ${workspaceId} AND i.challenge_id = ${challengeId}
      UNION ALL
      SELECT r.user_id, r.created_at FROM reactions r JOIN ideas i ON i.id = r.idea_id
        WHERE r.workspace_id = ${workspaceId} AND i.challenge_id = ${challengeId}
      UNION ALL
      SELECT s.user_id, s.created_at FROM supports s JOIN ideas i ON i.id = s.idea_id
        WHERE s.workspace_id = ${workspaceId} AND i.challenge_id = ${challengeId}
    ),
    newcomers AS (
      SELECT user_id, min(created_at) AS first_at FROM acts
      WHERE user_id NOT IN (
        SELECT user_id FROM challenge_pseudonyms WHERE challenge_id = ${challengeId} AND user_id IS NOT NULL)
      GROUP BY user_id
    ),
    base AS (
      SELECT coalesce(max(number), 0) AS top FROM challenge_pseudonyms WHERE challenge_id = ${challengeId}
    )
    INSERT INTO challenge_pseudonyms (workspace_id, challenge_id, number, user_id)
    SELECT ${workspaceId}, ${challengeId}, base.top + row_number() OVER (ORDER BY n.first_at, n.user_id), n.user_id
    FROM newcomers n CROSS JOIN base`);
}

/** Takes the challenge-pseudonym locks of every challenge of a workspace where `userId` acted, in a fixed order. */
export async function lockPseudonymsOf(tx: Executor, challengeIds: readonly string[]): Promise<void> {
  for (const challengeId of [...challengeIds].sort()) {
    await tx.execute(
      sql`SELECT pg_advisory_xact_lock(hashtext('challenge-pseudonyms'), hashtext(${challengeId}))`,
    );
  }
}
