// A manager pins an idea of a group as a quote, shown before the analysis's choices, or unpins it.
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { changeSynthesis, groupOf } from "./synthesis-rules.ts";

/** A pinned idea also stays in its group across runs of the analysis (it becomes placed by a manager). */
export async function pinQuote(
  ctx: Context,
  actor: MemberActor,
  challengeId: string,
  groupId: string,
  ideaId: string,
  pinned: boolean,
): Promise<void> {
  await changeSynthesis(ctx, actor, challengeId, async (scope) => {
    const group = await groupOf(scope, groupId);
    if (!pinned) {
      await scope.store.updateGroup(group.id, {
        pinnedIdeaIds: group.pinnedIdeaIds.filter((id) => id !== ideaId),
        updatedAt: scope.now,
      });
      return;
    }
    const member = (await scope.store.members(challengeId)).some(
      (m) => m.groupId === group.id && m.ideaId === ideaId,
    );
    if (!member)
      throw new AppError("invalid-input", "ideaId: only an idea of the group can be its quote.", {
        field: "ideaId",
      });
    if (!group.pinnedIdeaIds.includes(ideaId))
      await scope.store.updateGroup(group.id, {
        pinnedIdeaIds: [...group.pinnedIdeaIds, ideaId],
        updatedAt: scope.now,
      });
    await scope.store.fixMembers([ideaId]);
  });
}
