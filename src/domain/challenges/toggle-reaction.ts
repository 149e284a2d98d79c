// Someone says what an idea makes them feel: one of a fixed set of emotions, toggled on and off.
import { type Emotion, openChallengeStore } from "../../db/stores/challenge-store.ts";
import { openContributionStore } from "../../db/stores/contribution-store.ts";
import { publishEvent } from "../../db/stores/events.ts";
import type { Context, MemberActor } from "../context.ts";
import { assertMayContribute, assertNotHidden, assertPhase, visibleIdea } from "./challenge-rules.ts";
import { phaseRules } from "./phase-rules.ts";

export interface ReactionState {
  emotion: Emotion;
  /** Whether the actor's reaction is now on. */
  on: boolean;
  counts: Record<Emotion, number>;
}

export async function toggleReaction(
  ctx: Context,
  actor: MemberActor,
  ideaId: string,
  emotion: Emotion,
): Promise<ReactionState> {
  return ctx.db.transaction(async (tx) => {
    const store = openChallengeStore(tx, actor.workspaceId);
    const contributions = openContributionStore(tx, actor.workspaceId);
    const { idea, challenge } = await visibleIdea(store, actor, ideaId, ctx.now);
    assertPhase(challenge, ctx.now, phaseRules.react, "reacting");
    assertMayContribute(challenge, actor);
    assertNotHidden(idea, "reacting");
    const on = await contributions.toggleReaction(ideaId, actor.userId, emotion);
    const counts = await contributions.reactionCounts(ideaId);
    await publishEvent(
      tx,
      {
        type: "reaction.changed",
        workspaceId: actor.workspaceId,
        at: ctx.now.toISOString(),
        data: { challengeId: challenge.id, ideaId, emotion, on, userId: actor.userId, counts },
      },
      { kind: "workspace", workspaceId: actor.workspaceId },
    );
    return { emotion, on, counts };
  });
}
