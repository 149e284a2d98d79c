// An action moves: planned, in progress, done, or not retained (with why); the public follows its progress.
import { openChallengeStore } from "../../db/stores/challenge-store.ts";
import { type ActionRow, type ActionStatus, openDebriefStore } from "../../db/stores/debrief-store.ts";
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { notify } from "../notifications/notify.ts";
import { announceDebriefChange, reasonOf } from "./action-rules.ts";

/**
 * Sets an action's status and appends the move to its history, in one transaction. Once the debrief is published,
 * the authors of the ideas of the action's group hear of it (for a challenge-wide action, everyone who submitted,
 * commented on or supported an idea of the challenge), once each. Setting the status it already has, with the same
 * reason, changes nothing.
 */
export async function changeActionStatus(
  ctx: Context,
  actor: MemberActor,
  actionId: string,
  input: { status: ActionStatus; reason?: string | null },
): Promise<ActionRow> {
  const reason = reasonOf(input.status, input.reason);
  return ctx.db.transaction(async (tx) => {
    const store = openDebriefStore(tx, actor.workspaceId);
    const current = await store.action(actionId, true);
    if (!current) throw new AppError("not-found", "This action does not exist in this workspace.");
    if (current.status === input.status && current.reason === reason) return current;
    const updated = await store.updateAction(actionId, { status: input.status, reason }, ctx.now);
    await store.recordStatus(
      { actionId, fromStatus: current.status, toStatus: input.status, reason, changedBy: actor.userId },
      ctx.now,
    );
    const challenge = await openChallengeStore(tx, actor.workspaceId).challenge(current.challengeId);
    if (challenge?.debriefPublishedAt && current.status !== input.status) {
      const groupId = current.groupId;
      await notify(
        tx,
        actor.workspaceId,
        {
          kind: "action-updated",
          challengeId: current.challengeId,
          recipients: (people) =>
            groupId ? people.authorsInGroup(groupId) : people.contributorsOf(current.challengeId),
          except: [actor.userId],
        },
        ctx.now,
      );
    }
    await announceDebriefChange(tx, {
      type: "action.moved",
      workspaceId: actor.workspaceId,
      at: ctx.now.toISOString(),
      data: {
        challengeId: current.challengeId,
        actionId,
        status: input.status,
      },
    });
    return updated;
  });
}
