// A juror scores a finalist on the contest's criteria; a new score replaces the juror's previous one.
import { openChallengeStore } from "../../db/stores/challenge-store.ts";
import { openContestStore } from "../../db/stores/contest-store.ts";
import { publishEvent } from "../../db/stores/events.ts";
import { AppError } from "../../errors.ts";
import { assertPhase } from "../challenges/challenge-rules.ts";
import type { Context, MemberActor } from "../context.ts";
import { assertNotAnnounced, contestChallenge, contestIdea } from "./contest-rules.ts";
import { maxScore } from "./ranking.ts";

export interface ScoreInput {
  criterionId: string;
  score: number;
  comment?: string | null | undefined;
}

/**
 * Writes the actor's scores of one finalist (all or some criteria), in one transaction: every score is checked
 * before any is saved. Scoring is open to finalists only, during voting and synthesis (until the debrief), and
 * closes when the winners are announced.
 */
export async function scoreFinalist(
  ctx: Context,
  actor: MemberActor,
  challengeId: string,
  ideaId: string,
  scores: ScoreInput[],
): Promise<void> {
  for (const [index, s] of scores.entries()) {
    if (!Number.isInteger(s.score) || s.score < 0 || s.score > maxScore) {
      throw new AppError("invalid-input", `A score is a whole number from 0 to ${maxScore}.`, {
        field: `scores.${index}.score`,
        details: { min: 0, max: maxScore },
      });
    }
  }
  await ctx.db.transaction(async (tx) => {
    const store = openChallengeStore(tx, actor.workspaceId);
    const challenge = await contestChallenge(store, actor, challengeId, ctx.now);
    await contestIdea(store, actor, challenge, ideaId, ctx.now);
    const contests = openContestStore(tx, actor.workspaceId);
    if (!(await contests.isFinalist(ideaId))) {
      throw new AppError("not-a-finalist", "Only finalists are scored by the jury.", { field: "ideaId" });
    }
    assertNotAnnounced(await contests.contest(challengeId), "scoring");
    assertPhase(challenge, ctx.now, ["voting", "synthesis"], "scoring finalists");
    const criteria = new Set((await contests.criteria(challengeId)).map((c) => c.id));
    const seen = new Set<string>();
    for (const [index, s] of scores.entries()) {
      if (!criteria.has(s.criterionId) || seen.has(s.criterionId)) {
        throw new AppError(
          "invalid-input",
          seen.has(s.criterionId)
            ? "This criterion is scored twice."
            : "This criterion does not exist in this contest.",
          { field: `scores.${index}.criterionId` },
        );
      }
      seen.add(s.criterionId);
    }
    await contests.upsertScores(
      challengeId,
      ideaId,
      actor.userId,
      scores.map((s) => ({ criterionId: s.criterionId, score: s.score, comment: s.comment?.trim() || null })),
    );
    await publishEvent(
      tx,
      {
        type: "contest.scored",
        workspaceId: actor.workspaceId,
        at: ctx.now.toISOString(),
        data: { challengeId, ideaId },
      },
      { kind: "workspace", workspaceId: actor.workspaceId },
    );
  });
}
