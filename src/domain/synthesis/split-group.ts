// A manager splits chosen ideas of a group into a new group made by hand.
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { changeSynthesis, groupName, groupOf } from "./synthesis-rules.ts";

export async function splitGroup(
  ctx: Context,
  actor: MemberActor,
  challengeId: string,
  groupId: string,
  input: { name: string; ideaIds: string[] },
): Promise<string> {
  const name = groupName(input.name, true) as string;
  return changeSynthesis(ctx, actor, challengeId, async (scope) => {
    const source = await groupOf(scope, groupId);
    const members = new Set(
      (await scope.store.members(challengeId)).filter((m) => m.groupId === source.id).map((m) => m.ideaId),
    );
    const stranger = input.ideaIds.find((id) => !members.has(id));
    if (stranger)
      throw new AppError("invalid-input", `ideaIds: idea ${stranger} is not in this group.`, {
        field: "ideaIds",
        details: { ideaId: stranger },
      });
    const group = await scope.store.insertGroup(challengeId, {
      origin: "manual",
      label: name,
      name,
      pinnedIdeaIds: source.pinnedIdeaIds.filter((id) => input.ideaIds.includes(id)),
      createdBy: actor.userId,
      createdAt: scope.now,
      updatedAt: scope.now,
    });
    await scope.store.updateGroup(source.id, {
      pinnedIdeaIds: source.pinnedIdeaIds.filter((id) => !input.ideaIds.includes(id)),
      updatedAt: scope.now,
    });
    await scope.store.placeIdeas(group.id, input.ideaIds, true, scope.now);
    return group.id;
  });
}
