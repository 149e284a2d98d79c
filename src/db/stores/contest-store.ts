// Queries of contests opened for one workspace: criteria, finalists, jury scores and settings, filtered by its id.
import { and, asc, eq, notInArray, sql } from "drizzle-orm";
import type { Db } from "../open-database.ts";
import { users } from "../schema/accounts.ts";
import { ideas } from "../schema/challenges.ts";
import { contestCriteria, contestFinalists, contests, juryScores } from "../schema/contest.ts";

export type ContestRow = typeof contests.$inferSelect;
export type CriterionRow = typeof contestCriteria.$inferSelect;
export type JuryScoreRow = typeof juryScores.$inferSelect;

/** A finalist with what the ranking and the jury's page need of its idea. */
export interface FinalistView {
  ideaId: string;
  title: string;
  authorName: string;
  supportCount: number;
  createdAt: Date;
  award: string | null;
  markedAt: Date;
}

export interface ScoreView extends JuryScoreRow {
  jurorName: string;
}

/** Opens the contest store of one workspace; `db` may be a transaction. */
export function openContestStore(db: Db, workspaceId: string) {
  return {
    /** The contest's settings, or the defaults (70 % jury, not announced) when none were saved. */
    async contest(challengeId: string, lock = false): Promise<ContestRow> {
      const query = db
        .select()
        .from(contests)
        .where(and(eq(contests.workspaceId, workspaceId), eq(contests.challengeId, challengeId)));
      const [row] = lock ? await query.for("update") : await query;
      return (
        row ?? {
          challengeId,
          workspaceId,
          juryShare: 70,
          announcedAt: null,
          announcedBy: null,
          updatedAt: new Date(0),
        }
      );
    },

    async saveContest(
      challengeId: string,
      values: Partial<Pick<ContestRow, "juryShare" | "announcedAt" | "announcedBy">>,
    ): Promise<void> {
      await db
        .insert(contests)
        .values({ challengeId, workspaceId, ...values })
        .onConflictDoUpdate({ target: contests.challengeId, set: { ...values, updatedAt: sql`now()` } });
    },

    async criteria(challengeId: string): Promise<CriterionRow[]> {
      return db
        .select()
        .from(contestCriteria)
        .where(
          and(eq(contestCriteria.workspaceId, workspaceId), eq(contestCriteria.challengeId, challengeId)),
        )
        .orderBy(asc(contestCriteria.position), asc(contestCriteria.createdAt));
    },

    /** Replaces the criteria: those with a kept id are updated, new ones inserted, the others (and their scores) go. */
    async replaceCriteria(
      challengeId: string,
      criteria: Array<{ id: string | null; name: string; description: string; weight: number }>,
    ): Promise<void> {
      const kept = criteria.flatMap((c) => (c.id ? [c.id] : []));
      const scope = and(
        eq(contestCriteria.workspaceId, workspaceId),
        eq(contestCriteria.challengeId, challengeId),
      );
      await db
        .delete(contestCriteria)
        .where(kept.length > 0 ? and(scope, notInArray(contestCriteria.id, kept)) : scope);
      for (const [position, criterion] of criteria.entries()) {
        const values = {
          name: criterion.name,
          description: criterion.description,
          weight: criterion.weight,
          position,
        };
        if (criterion.id) {
          await db
            .update(contestCriteria)
            .set(values)
            .where(and(scope, eq(contestCriteria.id, criterion.id)));
        } else {
          await db.insert(contestCriteria).values({ ...values, workspaceId, challengeId });
        }
      }
    },

    async finalists(challengeId: string): Promise<FinalistView[]> {
      return db
        .select({
          ideaId: ideas.id,
          title: ideas.title,
          authorName: users.name,
          supportCount: ideas.supportCount,
          createdAt: ideas.createdAt,
          award: ideas.award,
          markedAt: contestFinalists.markedAt,
        })
        .from(contestFinalists)
        .innerJoin(ideas, eq(ideas.id, contestFinalists.ideaId))
        .innerJoin(users, eq(users.id, ideas.authorId))
        .where(
          and(
            eq(contestFinalists.workspaceId, workspaceId),
            eq(contestFinalists.challengeId, challengeId),
            sql`${ideas.hiddenAt} IS NULL`,
            eq(ideas.status, "published"),
          ),
        )
        .orderBy(asc(ideas.createdAt));
    },

    async isFinalist(ideaId: string): Promise<boolean> {
      const [row] = await db
        .select({ ideaId: contestFinalists.ideaId })
        .from(contestFinalists)
        .where(and(eq(contestFinalists.workspaceId, workspaceId), eq(contestFinalists.ideaId, ideaId)));
      return row !== undefined;
    },

    /** Marks or unmarks an idea as finalist, idempotently; unmarking drops its jury scores. */
    async setFinalist(challengeId: string, ideaId: string, finalist: boolean, by: string): Promise<void> {
      if (finalist) {
        await db
          .insert(contestFinalists)
          .values({ ideaId, workspaceId, challengeId, markedBy: by })
          .onConflictDoNothing();
      } else {
        await db
          .delete(contestFinalists)
          .where(and(eq(contestFinalists.workspaceId, workspaceId), eq(contestFinalists.ideaId, ideaId)));
      }
    },

    async scores(challengeId: string): Promise<ScoreView[]> {
      const rows = await db
        .select({ score: juryScores, jurorName: users.name })
        .from(juryScores)
        .innerJoin(users, eq(users.id, juryScores.jurorId))
        .where(and(eq(juryScores.workspaceId, workspaceId), eq(juryScores.challengeId, challengeId)))
        .orderBy(asc(juryScores.updatedAt));
      return rows.map(({ score, jurorName }) => ({ ...score, jurorName }));
    },

    /** Writes a juror's scores of one finalist, each replacing the juror's previous score on that criterion. */
    async upsertScores(
      challengeId: string,
      ideaId: string,
      jurorId: string,
      scores: Array<{ criterionId: string; score: number; comment: string | null }>,
    ): Promise<void> {
      if (scores.length === 0) return;
      await db
        .insert(juryScores)
        .values(scores.map((s) => ({ ...s, workspaceId, challengeId, ideaId, jurorId })))
        .onConflictDoUpdate({
          target: [juryScores.jurorId, juryScores.ideaId, juryScores.criterionId],
          set: { score: sql`excluded.score`, comment: sql`excluded.comment`, updatedAt: sql`now()` },
        });
    },
  };
}

export type ContestStore = ReturnType<typeof openContestStore>;
