// The author of an idea rewrites it, while contributions are open.
import { type IdeaRow, openChallengeStore } from "../../db/stores/challenge-store.ts";
import { publishEvent } from "../../db/stores/events.ts";
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { requestSynthesis } from "../synthesis/recompute-synthesis.ts";
import { assertPhase, requiredText, visibleIdea, webUrl } from "./challenge-rules.ts";
import { phaseRules } from "./phase-rules.ts";
import { checkedCategory, type IdeaInput } from "./submit-idea.ts";

export async function editIdea(
  ctx: Context,
  actor: MemberActor,
  ideaId: string,
  changes: Partial<IdeaInput>,
): Promise<IdeaRow> {
  const edited = await ctx.db.transaction(async (tx) => {
    const store = openChallengeStore(tx, actor.workspaceId);
    const { idea, challenge } = await visibleIdea(store, actor, ideaId, ctx.now, true);
    if (idea.authorId !== actor.userId) {
      throw new AppError("forbidden", "Only its author can edit an idea.");
    }
    assertPhase(challenge, ctx.now, phaseRules.edit, "editing ideas");
    const updated = await store.updateIdea(
      ideaId,
      {
        ...(changes.title !== undefined ? { title: requiredText(changes.title, "title") } : {}),
        ...(changes.body !== undefined ? { body: requiredText(changes.body, "body") } : {}),
        ...(changes.category !== undefined ? { category: checkedCategory(challenge, changes.category) } : {}),
        ...(changes.imageUrl !== undefined ? { imageUrl: webUrl(changes.imageUrl, "imageUrl") } : {}),
      },
      ctx.now,
    );
    await publishEvent(
      tx,
      {
        type: "idea.updated",
        workspaceId: actor.workspaceId,
        at: ctx.now.toISOString(),
        data: { challengeId: challenge.id, ideaId, title: updated.title, category: updated.category },
      },
      { kind: "workspace", workspaceId: actor.workspaceId },
    );
    return updated;
  });
  await requestSynthesis(ctx, actor.workspaceId, edited.challengeId);
  return edited;
}
