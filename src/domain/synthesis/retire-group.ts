// A manager retires a group made by hand; its ideas go back to the analysis. Computed groups are merged, not retired.
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { changeSynthesis, groupOf } from "./synthesis-rules.ts";

export async function retireGroup(
  ctx: Context,
  actor: MemberActor,
  challengeId: string,
  groupId: string,
): Promise<void> {
  await changeSynthesis(ctx, actor, challengeId, async (scope) => {
    const group = await groupOf(scope, groupId);
    if (group.origin !== "manual")
      throw new AppError(
        "conflict",
        "Only a group made by hand can be retired; merge a computed group instead.",
        {
          field: "groupId",
        },
      );
    await scope.store.retireGroups([group.id], scope.now);
  });
}
