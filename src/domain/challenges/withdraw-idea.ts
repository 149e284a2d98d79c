// The author of an idea takes it back, while contributions are open; it disappears from every list.
import { openChallengeStore } from "../../db/stores/challenge-store.ts";
import { openContributionStore } from "../../db/stores/contribution-store.ts";
import { publishEvent } from "../../db/stores/events.ts";
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { requestSynthesis } from "../synthesis/recompute-synthesis.ts";
import { assertPhase, visibleIdea } from "./challenge-rules.ts";
import { phaseRules } from "./phase-rules.ts";

export async function withdrawIdea(ctx: Context, actor: MemberActor, ideaId: string): Promise<void> {
  const challengeId = await ctx.db.transaction(async (tx) => {
    const store = openChallengeStore(tx, actor.workspaceId);
    const contributions = openContributionStore(tx, actor.workspaceId);
    const { idea, challenge } = await visibleIdea(store, actor, ideaId, ctx.now, true);
    if (idea.authorId !== actor.userId) {
      throw new AppError("forbidden", "Only its author can withdraw an idea.");
    }
    assertPhase(challenge, ctx.now, phaseRules.edit, "withdrawing ideas");
    await store.updateIdea(ideaId, { status: "withdrawn", withdrawnAt: ctx.now }, ctx.now);
    await contributions.appendActivity({
      challengeId: challenge.id,
      userId: actor.userId,
      kind: "idea-withdrawn",
      subjectId: ideaId,
      createdAt: ctx.now,
    });
    await publishEvent(
      tx,
      {
        type: "idea.withdrawn",
        workspaceId: actor.workspaceId,
        at: ctx.now.toISOString(),
        data: { challengeId: challenge.id, ideaId },
      },
      { kind: "workspace", workspaceId: actor.workspaceId },
    );
    return challenge.id;
  });
  await requestSynthesis(ctx, actor.workspaceId, challengeId);
}
