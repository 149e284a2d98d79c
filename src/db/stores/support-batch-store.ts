// Supports of many requests in a few set-based statements. The requests may come from several workspaces: each row
// carries its workspace and every statement filters by it, as the stores opened for one workspace do.
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../open-database.ts";
import { challenges, ideas } from "../schema/challenges.ts";
import type { ChallengeRow, IdeaRow } from "./challenge-store.ts";
import { notifyEvent } from "./events.ts";

type Executor = Pick<Db, "select" | "execute">;

/** One support to set or take back, its idea already checked against the rules. */
export interface SupportChange {
  workspaceId: string;
  ideaId: string;
  userId: string;
  supported: boolean;
  challengeId: string;
  /** The idea's author, who earns the points of a support received (not when supporting their own idea). */
  authorId: string;
  at: Date;
}

/** For each change, in order: whether a support row was really added or removed, and the idea's count after it. */
export interface SupportOutcome {
  changed: boolean;
  supportCount: number;
}

/** A batch's read of its ideas and challenges, built once per database handle and run as a named statement. */
function prepareIdeasWithChallenges(db: Executor) {
  return db
    .select({ idea: ideas, challenge: challenges })
    .from(ideas)
    .innerJoin(
      challenges,
      and(eq(challenges.id, ideas.challengeId), eq(challenges.workspaceId, ideas.workspaceId)),
    )
    .where(and(sql`${ideas.id} = any(${sql.placeholder("ids")}::uuid[])`, eq(ideas.status, "published")))
    .prepare("support_batch_ideas");
}

const ideasWithChallengesQueries = new WeakMap<Executor, ReturnType<typeof prepareIdeasWithChallenges>>();

export function openSupportBatchStore(db: Executor) {
  return {
    /** The published ideas among `ideaIds` with their challenges, each only in its own workspace. */
    async ideasWithChallenges(
      keys: ReadonlyArray<{ workspaceId: string; ideaId: string }>,
    ): Promise<Map<string, { idea: IdeaRow; challenge: ChallengeRow }>> {
      const ids = [...new Set(keys.map((key) => key.ideaId))];
      let prepared = ideasWithChallengesQueries.get(db);
      if (!prepared) {
        prepared = prepareIdeasWithChallenges(db);
        ideasWithChallengesQueries.set(db, prepared);
      }
      const rows = await prepared.execute({ ids });
      return new Map(rows.map((row) => [`${row.idea.workspaceId}:${row.idea.id}`, row]));
    },

    /**
     * Applies the changes in one statement, so in one transaction with one commit when run outside of any: supports
     * inserted (ON CONFLICT DO NOTHING) or deleted, each idea's count moved once by the sum of the rows really added
     * or removed, the authors' activity appended for those rows, and a `support.changed` event queued for each of
     * them with the idea's count after the statement (the event `setSupportAlone` publishes). The caller gives at
     * most one change per idea and person. Counts of ideas that did not move are read as of the statement's start.
     */
    async apply(changes: readonly SupportChange[]): Promise<SupportOutcome[]> {
      if (changes.length === 0) return [];
      const column = <T>(pick: (change: SupportChange, index: number) => T) => sql.param(changes.map(pick));
      const result = await db.execute<{ ord: number; changed: boolean; support_count: number }>(sql`
        WITH input AS (
          SELECT * FROM unnest(
            ${column((_, i) => i)}::int[], ${column((c) => c.workspaceId)}::uuid[],
            ${column((c) => c.ideaId)}::uuid[], ${column((c) => c.userId)}::uuid[],
            ${column((c) => c.supported)}::boolean[], ${column((c) => c.challengeId)}::uuid[],
            ${column((c) => c.authorId)}::uuid[], ${column((c) => c.at.toISOString())}::text[]
          ) AS t(ord, workspace_id, idea_id, user_id, supported, challenge_id, author_id, at_text)
        ),
        added AS (
          INSERT INTO supports (workspace_id, idea_id, user_id, created_at)
            SELECT workspace_id, idea_id, user_id, at_text::timestamptz FROM input WHERE supported ORDER BY idea_id, user_id
            ON CONFLICT DO NOTHING
            RETURNING idea_id, user_id
        ),
        removed AS (
          DELETE FROM supports s USING input i
            WHERE NOT i.supported AND s.workspace_id = i.workspace_id AND s.idea_id = i.idea_id
              AND s.user_id = i.user_id
            RETURNING s.idea_id, s.user_id
        ),
        changed AS (
          SELECT i.* FROM input i
            JOIN (SELECT idea_id, user_id FROM added UNION ALL SELECT idea_id, user_id FROM removed) r
              ON r.idea_id = i.idea_id AND r.user_id = i.user_id
        ),
        counted AS (
          UPDATE ideas SET support_count = ideas.support_count + d.delta
            FROM (
              SELECT workspace_id, idea_id, sum(CASE WHEN supported THEN 1 ELSE -1 END)::int AS delta
                FROM changed GROUP BY workspace_id, idea_id
            ) d
            WHERE ideas.workspace_id = d.workspace_id AND ideas.id = d.idea_id
            RETURNING ideas.id, ideas.support_count
        ),
        logged AS (
          INSERT INTO activity (workspace_id, challenge_id, user_id, kind, subject_id, created_at)
            SELECT workspace_id, challenge_id, author_id,
                   (CASE WHEN supported THEN 'support-received' ELSE 'support-withdrawn' END)::activity_kind,
                   idea_id, at_text::timestamptz
              FROM changed WHERE author_id <> user_id
        ),
        answered AS (
          SELECT i.*, c.ord IS NOT NULL AS changed, COALESCE(u.support_count, kept.support_count, 0) AS support_count
            FROM input i
            LEFT JOIN changed c ON c.ord = i.ord
            LEFT JOIN counted u ON u.id = i.idea_id
            LEFT JOIN ideas kept ON kept.id = i.idea_id AND kept.workspace_id = i.workspace_id
        )
        SELECT ord, changed, support_count,
               CASE WHEN changed THEN ${notifyEvent(sql`json_build_object(
                 'event', json_build_object(
                   'type', 'support.changed', 'workspaceId', workspace_id, 'at', at_text,
                   'data', json_build_object('challengeId', challenge_id, 'ideaId', idea_id, 'userId', user_id,
                                             'supported', supported, 'supportCount', support_count)),
                 'audience', json_build_object('kind', 'workspace', 'workspaceId', workspace_id))`)} END AS announced
          FROM answered
          ORDER BY ord`);
      return result.rows.map((row) => ({ changed: row.changed, supportCount: Number(row.support_count) }));
    },
  };
}

export type SupportBatchStore = ReturnType<typeof openSupportBatchStore>;
