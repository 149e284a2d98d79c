// A manager puts an idea before the jury as a finalist, or takes it back, during voting or synthesis.
import { openChallengeStore } from "../../db/stores/challenge-store.ts";
import { openContestStore } from "../../db/stores/contest-store.ts";
import { publishEvent } from "../../db/stores/events.ts";
import { assertNotHidden, assertPhase } from "../challenges/challenge-rules.ts";
import type { Context, MemberActor } from "../context.ts";
import { assertNotAnnounced, contestChallenge, contestIdea } from "./contest-rules.ts";

/** Marks (idempotently) or unmarks an idea as finalist; unmarking drops the jury's scores of it. */
export async function markFinalist(
  ctx: Context,
  actor: MemberActor,
  challengeId: string,
  ideaId: string,
  finalist: boolean,
): Promise<{ finalist: boolean }> {
  return ctx.db.transaction(async (tx) => {
    const store = openChallengeStore(tx, actor.workspaceId);
    const challenge = await contestChallenge(store, actor, challengeId, ctx.now, true);
    const idea = await contestIdea(store, actor, challenge, ideaId, ctx.now);
    const contests = openContestStore(tx, actor.workspaceId);
    assertNotAnnounced(await contests.contest(challengeId, true), "choosing finalists");
    assertPhase(challenge, ctx.now, ["voting", "synthesis"], "choosing finalists");
    if (finalist) assertNotHidden(idea, "choosing it as finalist");
    await contests.setFinalist(challengeId, ideaId, finalist, actor.userId);
    await publishEvent(
      tx,
      {
        type: "contest.finalist-changed",
        workspaceId: actor.workspaceId,
        at: ctx.now.toISOString(),
        data: { challengeId, ideaId, finalist },
      },
      { kind: "workspace", workspaceId: actor.workspaceId },
    );
    return { finalist };
  });
}
