// A manager announces a contest's winners: awards to finalists, and the ranking becomes public.
import { openChallengeStore } from "../../db/stores/challenge-store.ts";
import { openContestStore } from "../../db/stores/contest-store.ts";
import { publishEvent } from "../../db/stores/events.ts";
import { AppError } from "../../errors.ts";
import { assertPhase, requiredText } from "../challenges/challenge-rules.ts";
import type { Context, MemberActor } from "../context.ts";
import { notifyIdeaSelected } from "../notifications/notify.ts";
import { assertNotAnnounced, contestChallenge, contestIdea } from "./contest-rules.ts";

/**
 * Gives each winner its award (the same distinction as an idea's award) and makes the ranking public, in one
 * transaction, after voting (synthesis or debrief). Winners must be finalists; the jury may deliberate, so they need
 * not be the top of the ranking, but the page proposes the top ones. Announcing is final: scoring closes with it.
 * The author of a winning idea that had no distinction yet is told their idea is selected.
 */
export async function announceWinners(
  ctx: Context,
  actor: MemberActor,
  challengeId: string,
  winners: Array<{ ideaId: string; award: string }>,
): Promise<void> {
  if (winners.length === 0) {
    throw new AppError("invalid-input", "Name at least one winner.", { field: "winners" });
  }
  const awards = winners.map((w, index) => ({
    ideaId: w.ideaId,
    award: requiredText(w.award, `winners.${index}.award`),
  }));
  await ctx.db.transaction(async (tx) => {
    const store = openChallengeStore(tx, actor.workspaceId);
    const challenge = await contestChallenge(store, actor, challengeId, ctx.now, true);
    const contests = openContestStore(tx, actor.workspaceId);
    assertNotAnnounced(await contests.contest(challengeId, true), "announcing winners");
    assertPhase(challenge, ctx.now, ["synthesis", "debrief"], "announcing winners");
    /** Whether each winner already had a distinction, read before any award is given. */
    const awardedBefore = new Map<string, boolean>();
    for (const [index, winner] of awards.entries()) {
      const field = `winners.${index}.ideaId`;
      const idea = await contestIdea(store, actor, challenge, winner.ideaId, ctx.now, field);
      if (awardedBefore.has(winner.ideaId)) {
        throw new AppError("invalid-input", "This idea is named twice.", { field });
      }
      awardedBefore.set(winner.ideaId, idea.award !== null);
      if (!(await contests.isFinalist(winner.ideaId))) {
        throw new AppError("not-a-finalist", "Only finalists can win the contest.", { field });
      }
    }
    for (const winner of awards) {
      await store.setAward(winner.ideaId, { award: winner.award, awardedAt: ctx.now });
      // As for any award: a first distinction selects the idea, and its author hears of it.
      if (!awardedBefore.get(winner.ideaId)) {
        await notifyIdeaSelected(tx, actor, challengeId, winner.ideaId, ctx.now);
      }
      await publishEvent(
        tx,
        {
          type: "idea.awarded",
          workspaceId: actor.workspaceId,
          at: ctx.now.toISOString(),
          data: { challengeId, ideaId: winner.ideaId, award: winner.award },
        },
        { kind: "workspace", workspaceId: actor.workspaceId },
      );
    }
    await contests.saveContest(challengeId, { announcedAt: ctx.now, announcedBy: actor.userId });
    await publishEvent(
      tx,
      {
        type: "contest.announced",
        workspaceId: actor.workspaceId,
        at: ctx.now.toISOString(),
        data: { challengeId },
      },
      { kind: "workspace", workspaceId: actor.workspaceId },
    );
  });
}
