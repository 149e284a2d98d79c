// A manager names a group; the name is shown instead of the analysis's label, and an empty name brings the label back.
import type { Context, MemberActor } from "../context.ts";
import { changeSynthesis, groupName, groupOf } from "./synthesis-rules.ts";

export async function renameGroup(
  ctx: Context,
  actor: MemberActor,
  challengeId: string,
  groupId: string,
  input: { name: string | null },
): Promise<void> {
  const name = groupName(input.name, false);
  await changeSynthesis(ctx, actor, challengeId, async (scope) => {
    const group = await groupOf(scope, groupId);
    // A group made by hand falls back to its label too: the name it was created with.
    await scope.store.updateGroup(group.id, { name, updatedAt: scope.now });
  });
}
