// Queries of a challenge's open data: what the public may see of it, each person known only by a pseudonym.
import { sql } from "drizzle-orm";
import type { Db } from "../open-database.ts";
import { assignPseudonyms } from "./pseudonym-store.ts";

type Row = Record<string, unknown>;

/** Opens the open-data queries of one workspace; every query is filtered by it and by the challenge. */
export function openOpenDataStore(db: Db, workspaceId: string) {
  const rows = async <T extends Row>(query: ReturnType<typeof sql>): Promise<T[]> =>
    (await db.execute<T>(query)).rows as T[];
  /** Ideas the public sees or saw: published or withdrawn, never hidden nor held (held ones are hidden until released). */
  const shownIdeas = (challengeId: string) => sql`
    SELECT i.* FROM ideas i
    WHERE i.workspace_id = ${workspaceId} AND i.challenge_id = ${challengeId} AND i.hidden_at IS NULL`;

  return {
    /**
     * Everyone who acted in the challenge (idea, comment, reaction, support), hidden acts included so that hiding a
     * post never renumbers anyone, with their stored number: the n-th person is "participant-n" (`pseudonym-store.ts`
     * gives numbers once, in the order of first acts, so that an erasure shifts nobody).
     */
    async people(challengeId: string): Promise<Array<{ userId: string; rank: number }>> {
      const found = await assignPseudonyms(db, workspaceId, challengeId);
      return found.map((row) => ({ userId: row.userId, rank: row.number }));
    },

    async ideas(challengeId: string) {
      return rows<{
        id: string;
        created_at: Date | string;
        author_id: string;
        status: string;
        title: string;
        body: string;
        category: string | null;
        support_count: number;
        comment_count: number;
        reaction_counts: Record<string, number>;
        outcome: string | null;
        outcome_note: string | null;
        award: string | null;
        group_id: string | null;
        group_name: string | null;
      }>(sql`
        SELECT i.id, i.created_at, i.author_id, i.status, i.title, i.body, i.category, i.support_count, i.outcome,
          i.outcome_note, i.award, g.id AS group_id, coalesce(g.name, g.label) AS group_name,
          (SELECT count(*)::int FROM comments c WHERE c.idea_id = i.id AND c.hidden_at IS NULL) AS comment_count,
          (SELECT coalesce(jsonb_object_agg(x.emotion, x.n), '{}'::jsonb)
             FROM (SELECT r.emotion, count(*)::int AS n FROM reactions r WHERE r.idea_id = i.id GROUP BY r.emotion) x
          ) AS reaction_counts
        FROM (${shownIdeas(challengeId)}) i
        LEFT JOIN idea_group_members m ON m.idea_id = i.id
        LEFT JOIN idea_groups g ON g.id = m.group_id AND g.retired_at IS NULL
        ORDER BY i.created_at, i.id`);
    },

    async comments(challengeId: string) {
      return rows<{
        id: string;
        idea_id: string;
        parent_id: string | null;
        created_at: Date | string;
        author_id: string;
        official: boolean;
        body: string;
      }>(sql`
        SELECT c.id, c.idea_id, c.parent_id, c.created_at, c.author_id, c.official, c.body
        FROM comments c JOIN (${shownIdeas(challengeId)}) i ON i.id = c.idea_id
        WHERE c.workspace_id = ${workspaceId} AND c.hidden_at IS NULL
        ORDER BY c.created_at, c.id`);
    },

    async reactions(challengeId: string) {
      return rows<{ idea_id: string; user_id: string; emotion: string; created_at: Date }>(sql`
        SELECT r.idea_id, r.user_id, r.emotion, r.created_at
        FROM reactions r JOIN (${shownIdeas(challengeId)}) i ON i.id = r.idea_id
        WHERE r.workspace_id = ${workspaceId}
        ORDER BY r.created_at, r.idea_id, r.emotion`);
    },

    async supports(challengeId: string) {
      return rows<{ idea_id: string; user_id: string; created_at: Date }>(sql`
        SELECT s.idea_id, s.user_id, s.created_at
        FROM supports s JOIN (${shownIdeas(challengeId)}) i ON i.id = s.idea_id
        WHERE s.workspace_id = ${workspaceId}
        ORDER BY s.created_at, s.idea_id`);
    },

    async actions(challengeId: string) {
      return rows<{
        id: string;
        group_id: string | null;
        group_name: string | null;
        title: string;
        owner: string;
        status: string;
        reason: string | null;
        due_date: string | null;
        created_at: Date | string;
        status_changed_at: Date | string;
      }>(sql`
        SELECT a.id, g.id AS group_id, coalesce(g.name, g.label) AS group_name, a.title, a.owner, a.status, a.reason,
          a.due_date::text AS due_date, a.created_at,
          (SELECT max(h.changed_at) FROM action_status_changes h WHERE h.action_id = a.id) AS status_changed_at
        FROM actions a LEFT JOIN idea_groups g ON g.id = a.group_id AND g.retired_at IS NULL
        WHERE a.workspace_id = ${workspaceId} AND a.challenge_id = ${challengeId}
        ORDER BY a.created_at, a.id`);
    },
  };
}
