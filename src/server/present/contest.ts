// Contest rows → API JSON.
import type { Static } from "@sinclair/typebox";
import type { ContestResponse } from "../../contracts/contest.ts";
import type { ScoreView } from "../../db/stores/contest-store.ts";
import type { ContestView } from "../../domain/contest/show-contest.ts";

type ContestJson = Static<typeof ContestResponse>["contest"];

function presentScore(score: ScoreView) {
  return {
    juror: { id: score.jurorId, name: score.jurorName },
    criterionId: score.criterionId,
    score: score.score,
    comment: score.comment,
    at: new Date(score.updatedAt).toISOString(),
  };
}

export function presentContest(view: ContestView): ContestJson {
  return {
    juryShare: view.juryShare,
    announcedAt: view.announcedAt ? new Date(view.announcedAt).toISOString() : null,
    juror: view.juror,
    ballotComplete: view.ballotComplete,
    criteria: view.criteria.map((c) => ({
      id: c.id,
      name: c.name,
      description: c.description,
      weight: c.weight,
    })),
    finalists:
      view.finalists?.map((f) => ({
        ideaId: f.ideaId,
        title: f.title,
        authorName: f.authorName,
        supportCount: f.supportCount,
        award: f.award,
        myScores: f.myScores.map(presentScore),
        scores: f.scores?.map(presentScore) ?? null,
      })) ?? null,
    ranking:
      view.ranking?.map((r) => ({
        ideaId: r.ideaId,
        title: r.title,
        authorName: r.authorName,
        rank: r.rank,
        juryPart: r.juryPart,
        communityPart: r.communityPart,
        total: r.total,
        supportCount: r.supportCount,
        jurors: r.jurors,
        award: r.award,
      })) ?? null,
  };
}
