// In a contest, the jury gives an idea a distinction ("Premier prix") once the public has voted, or takes it back.
import { type IdeaRow, openChallengeStore } from "../../db/stores/challenge-store.ts";
import { publishEvent } from "../../db/stores/events.ts";
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { notifyIdeaSelected } from "../notifications/notify.ts";
import { assertNotHidden, assertPhase, visibleIdea } from "./challenge-rules.ts";
import { phaseRules } from "./phase-rules.ts";

export async function awardIdea(
  ctx: Context,
  actor: MemberActor,
  ideaId: string,
  input: { award: string | null },
): Promise<IdeaRow> {
  const award = input.award?.trim() || null;
  return ctx.db.transaction(async (tx) => {
    const store = openChallengeStore(tx, actor.workspaceId);
    const { idea, challenge } = await visibleIdea(store, actor, ideaId, ctx.now, true);
    if (challenge.contestPrize === null) {
      throw new AppError(
        "conflict",
        "This challenge is not a contest: give it a prize first to award ideas.",
        {
          field: "award",
        },
      );
    }
    if (award) assertNotHidden(idea, "awarding");
    assertPhase(challenge, ctx.now, phaseRules.award, "awarding ideas");
    const updated = await store.setAward(ideaId, { award, awardedAt: award ? ctx.now : null });
    if (award && idea.award === null) {
      // A first distinction selects the idea: its author hears of it (a renamed award does not notify again).
      await notifyIdeaSelected(tx, actor, challenge.id, ideaId, ctx.now);
    }
    await publishEvent(
      tx,
      {
        type: "idea.awarded",
        workspaceId: actor.workspaceId,
        at: ctx.now.toISOString(),
        data: { challengeId: challenge.id, ideaId, award },
      },
      { kind: "workspace", workspaceId: actor.workspaceId },
    );
    return updated;
  });
}
