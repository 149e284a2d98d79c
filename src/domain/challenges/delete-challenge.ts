// A manager deletes a challenge and everything written in it, after typing its title to confirm.
import { openChallengeStore } from "../../db/stores/challenge-store.ts";
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { controlledChallenge } from "./challenge-rules.ts";
import { announceControl } from "./control-notice.ts";

/**
 * Deletes the challenge with its ideas, comments, reactions, supports, follows, activity, conversation, synthesis,
 * debrief, actions, contest and notifications (the foreign keys cascade), in one transaction. `confirmTitle` must be
 * the challenge's title exactly (spaces around it aside), so that nobody deletes one challenge for another.
 */
export async function deleteChallenge(
  ctx: Context,
  actor: MemberActor,
  challengeId: string,
  input: { confirmTitle: string },
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const store = openChallengeStore(tx, actor.workspaceId);
    const challenge = await controlledChallenge(store, challengeId, true);
    if (input.confirmTitle.trim() !== challenge.title) {
      throw new AppError(
        "invalid-input",
        "confirmTitle must be the challenge's title, exactly: nothing was deleted.",
        { field: "confirmTitle" },
      );
    }
    await store.deleteChallenge(challengeId);
    await announceControl(tx, actor, challenge, "deleted", ctx.now);
  });
}
