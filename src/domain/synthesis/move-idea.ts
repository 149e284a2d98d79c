// A manager moves an idea to another group, or out of every group; the analysis leaves it there afterwards.
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { changeSynthesis, groupOf } from "./synthesis-rules.ts";

export async function moveIdea(
  ctx: Context,
  actor: MemberActor,
  challengeId: string,
  ideaId: string,
  input: { groupId: string | null },
): Promise<void> {
  await changeSynthesis(ctx, actor, challengeId, async (scope) => {
    const visible = (await scope.store.visibleIdeas(challengeId)).some((idea) => idea.id === ideaId);
    if (!visible) throw new AppError("not-found", "This idea does not exist in this challenge.");
    if (input.groupId === null) {
      await scope.store.removeFromGroups([ideaId]);
      await scope.store.keepUngrouped(challengeId, ideaId);
      await scope.store.unpinElsewhere(challengeId, ideaId);
      return;
    }
    const group = await groupOf(scope, input.groupId, "groupId");
    await scope.store.releaseUngrouped([ideaId]);
    await scope.store.unpinElsewhere(challengeId, ideaId, group.id);
    await scope.store.placeIdeas(group.id, [ideaId], true, scope.now);
  });
}
