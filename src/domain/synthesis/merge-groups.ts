// A manager merges groups into one: the target keeps its id, name and debrief; the others are retired.
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { changeSynthesis, groupOf } from "./synthesis-rules.ts";

/**
 * The merged groups' ideas move into the target as placed by a manager, so that the next run of the analysis does not
 * split them again; their pinned quotes stay pinned in the target.
 */
export async function mergeGroups(
  ctx: Context,
  actor: MemberActor,
  challengeId: string,
  targetId: string,
  input: { groupIds: string[] },
): Promise<void> {
  if (input.groupIds.includes(targetId))
    throw new AppError("invalid-input", "groupIds: a group cannot be merged into itself.", {
      field: "groupIds",
    });
  await changeSynthesis(ctx, actor, challengeId, async (scope) => {
    const target = await groupOf(scope, targetId);
    const sources = [];
    for (const id of input.groupIds) sources.push(await groupOf(scope, id, "groupIds"));
    const sourceIds = new Set(input.groupIds);
    const moving = (await scope.store.members(challengeId))
      .filter((member) => sourceIds.has(member.groupId))
      .map((member) => member.ideaId);
    const pinned = [...target.pinnedIdeaIds];
    for (const source of sources)
      for (const id of source.pinnedIdeaIds) if (!pinned.includes(id)) pinned.push(id);
    await scope.store.retireGroups(input.groupIds, scope.now);
    await scope.store.placeIdeas(target.id, moving, true, scope.now);
    await scope.store.updateGroup(target.id, { pinnedIdeaIds: pinned, updatedAt: scope.now });
  });
}
