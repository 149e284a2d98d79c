// A manager groups ideas by hand: a manual group, which the analysis never touches.
import type { Context, MemberActor } from "../context.ts";
import { assertVisibleIdeas, changeSynthesis, groupName } from "./synthesis-rules.ts";

export async function createGroup(
  ctx: Context,
  actor: MemberActor,
  challengeId: string,
  input: { name: string; ideaIds: string[] },
): Promise<string> {
  const name = groupName(input.name, true) as string;
  return changeSynthesis(ctx, actor, challengeId, async (scope) => {
    await assertVisibleIdeas(scope, input.ideaIds, "ideaIds");
    const group = await scope.store.insertGroup(challengeId, {
      origin: "manual",
      label: name,
      name,
      createdBy: actor.userId,
      createdAt: scope.now,
      updatedAt: scope.now,
    });
    for (const ideaId of input.ideaIds) await scope.store.unpinElsewhere(challengeId, ideaId);
    await scope.store.releaseUngrouped(input.ideaIds);
    await scope.store.placeIdeas(group.id, input.ideaIds, true, scope.now);
    return group.id;
  });
}
