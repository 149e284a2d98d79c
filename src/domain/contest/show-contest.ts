// What a member sees of a contest: the jury its scores and the live ranking, everyone the ranking once announced.
import { openChallengeStore } from "../../db/stores/challenge-store.ts";
import {
  type CriterionRow,
  type FinalistView,
  openContestStore,
  type ScoreView,
} from "../../db/stores/contest-store.ts";
import type { Context, MemberActor } from "../context.ts";
import { contestChallenge, isJuror } from "./contest-rules.ts";
import { type RankedFinalist, rankFinalists } from "./ranking.ts";

export interface JuryFinalist extends FinalistView {
  /** The viewer's own scores of this finalist. */
  myScores: ScoreView[];
  /** Every juror's scores, once the viewer scored this finalist on every criterion (or after the announcement). */
  scores: ScoreView[] | null;
}

export interface ContestView {
  /** Percent of the final score given to the jury. */
  juryShare: number;
  announcedAt: Date | null;
  juror: boolean;
  criteria: CriterionRow[];
  /** The finalists with scores, for the jury only. */
  finalists: JuryFinalist[] | null;
  /** Whether the viewer scored every finalist on every criterion. */
  ballotComplete: boolean;
  /** The combined ranking: for a juror whose ballot is complete, and for everyone once winners are announced. */
  ranking: Array<RankedFinalist & Pick<FinalistView, "title" | "authorName" | "award">> | null;
}

/**
 * The contest as the actor may see it. Jurors always see their own scores; they see the other jurors' scores of a
 * finalist once they scored it on every criterion, and the ranking once their ballot is complete, so nobody's first
 * judgement leans on the others'. Participants see the ranking only once the winners are announced.
 */
export async function showContest(
  ctx: Context,
  actor: MemberActor,
  challengeId: string,
): Promise<ContestView> {
  const store = openChallengeStore(ctx.db, actor.workspaceId);
  await contestChallenge(store, actor, challengeId, ctx.now);
  const contests = openContestStore(ctx.db, actor.workspaceId);
  const [contest, criteria, finalists, scores] = await Promise.all([
    contests.contest(challengeId),
    contests.criteria(challengeId),
    contests.finalists(challengeId),
    contests.scores(challengeId),
  ]);
  const juror = isJuror(actor);
  const announced = contest.announcedAt !== null;
  const finalistIds = new Set(finalists.map((f) => f.ideaId));
  const mine = scores.filter((s) => s.jurorId === actor.userId && finalistIds.has(s.ideaId));
  const scoredByMe = (ideaId: string) =>
    criteria.length > 0 &&
    criteria.every((c) => mine.some((s) => s.ideaId === ideaId && s.criterionId === c.id));
  const ballotComplete = finalists.length > 0 && finalists.every((f) => scoredByMe(f.ideaId));

  const byId = new Map(finalists.map((f) => [f.ideaId, f]));
  const ranked = rankFinalists({
    criteria,
    finalists,
    scores,
    juryShare: contest.juryShare / 100,
  }).flatMap((row) => {
    const finalist = byId.get(row.ideaId);
    return finalist
      ? [{ ...row, title: finalist.title, authorName: finalist.authorName, award: finalist.award }]
      : [];
  });

  return {
    juryShare: contest.juryShare,
    announcedAt: contest.announcedAt,
    juror,
    criteria,
    ballotComplete,
    finalists: juror
      ? finalists.map((finalist) => ({
          ...finalist,
          myScores: mine.filter((s) => s.ideaId === finalist.ideaId),
          scores:
            announced || scoredByMe(finalist.ideaId)
              ? scores.filter((s) => s.ideaId === finalist.ideaId)
              : null,
        }))
      : null,
    ranking: announced || (juror && ballotComplete) ? ranked : null,
  };
}
