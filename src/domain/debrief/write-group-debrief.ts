// The debrief of one group of converging ideas: what we heard, and what we will do.
import { openChallengeStore } from "../../db/stores/challenge-store.ts";
import { openDebriefStore } from "../../db/stores/debrief-store.ts";
import { AppError } from "../../errors.ts";
import { visibleChallenge } from "../challenges/challenge-rules.ts";
import type { Context, MemberActor } from "../context.ts";
import { announceDebriefChange } from "./action-rules.ts";

/** Saves a group's heard / will-do texts (empty clears them); pages following the workspace are told. */
export async function writeGroupDebrief(
  ctx: Context,
  actor: MemberActor,
  groupId: string,
  input: { heard?: string | null; willDo?: string | null },
): Promise<void> {
  const heard = input.heard?.trim() || null;
  const willDo = input.willDo?.trim() || null;
  await ctx.db.transaction(async (tx) => {
    const store = openDebriefStore(tx, actor.workspaceId);
    const group = await store.group(groupId, true);
    if (!group) throw new AppError("not-found", "This group does not exist in this workspace.");
    await visibleChallenge(openChallengeStore(tx, actor.workspaceId), actor, group.challengeId, ctx.now);
    await store.writeGroupDebrief(groupId, { heard, willDo }, ctx.now);
    await announceDebriefChange(tx, {
      type: "group.debriefed",
      workspaceId: actor.workspaceId,
      at: ctx.now.toISOString(),
      data: {
        challengeId: group.challengeId,
        groupId,
      },
    });
  });
}
