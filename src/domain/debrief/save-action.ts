// Adding, editing and deleting the actions of a challenge's debrief (their status moves in change-action-status.ts).
import { openChallengeStore } from "../../db/stores/challenge-store.ts";
import { type ActionRow, type ActionStatus, openDebriefStore } from "../../db/stores/debrief-store.ts";
import { AppError } from "../../errors.ts";
import { visibleChallenge } from "../challenges/challenge-rules.ts";
import type { Context, MemberActor } from "../context.ts";
import { actionTexts, announceDebriefChange, dueDateOf, groupOfAction, reasonOf } from "./action-rules.ts";

export interface NewAction {
  title: string;
  owner: string;
  groupId?: string | null;
  status?: ActionStatus;
  reason?: string | null;
  dueDate?: string | null;
}

const notFound = () => new AppError("not-found", "This action does not exist in this workspace.");

/** Adds an action to a challenge, for one of its groups or for the whole challenge; its history starts here. */
export async function createAction(
  ctx: Context,
  actor: MemberActor,
  challengeId: string,
  input: NewAction,
): Promise<ActionRow> {
  const texts = actionTexts(input);
  const status = input.status ?? "planned";
  const reason = reasonOf(status, input.reason);
  const dueDate = dueDateOf(input.dueDate);
  return ctx.db.transaction(async (tx) => {
    await visibleChallenge(openChallengeStore(tx, actor.workspaceId), actor, challengeId, ctx.now, true);
    const store = openDebriefStore(tx, actor.workspaceId);
    const groupId = await groupOfAction(store, challengeId, input.groupId);
    const action = await store.insertAction(
      { ...texts, groupId, status, reason, dueDate, challengeId, createdBy: actor.userId },
      ctx.now,
    );
    await store.recordStatus(
      { actionId: action.id, fromStatus: null, toStatus: status, reason, changedBy: actor.userId },
      ctx.now,
    );
    await announceDebriefChange(tx, {
      type: "action.created",
      workspaceId: actor.workspaceId,
      at: ctx.now.toISOString(),
      data: {
        challengeId,
        actionId: action.id,
      },
    });
    return action;
  });
}

/** Changes an action's title, owner, due date or group; its status has its own use case, which keeps history. */
export async function editAction(
  ctx: Context,
  actor: MemberActor,
  actionId: string,
  input: { title?: string; owner?: string; groupId?: string | null; dueDate?: string | null },
): Promise<ActionRow> {
  return ctx.db.transaction(async (tx) => {
    const store = openDebriefStore(tx, actor.workspaceId);
    const current = await store.action(actionId, true);
    if (!current) throw notFound();
    const texts = actionTexts({ title: input.title ?? current.title, owner: input.owner ?? current.owner });
    const dueDate = input.dueDate === undefined ? current.dueDate : dueDateOf(input.dueDate);
    const groupId =
      input.groupId === undefined
        ? current.groupId
        : await groupOfAction(store, current.challengeId, input.groupId);
    const updated = await store.updateAction(actionId, { ...texts, dueDate, groupId }, ctx.now);
    await announceDebriefChange(tx, {
      type: "action.updated",
      workspaceId: actor.workspaceId,
      at: ctx.now.toISOString(),
      data: {
        challengeId: current.challengeId,
        actionId,
      },
    });
    return updated;
  });
}

/** Deletes an action and its history (an action entered by mistake; a dropped one is `not-retained`, with why). */
export async function deleteAction(ctx: Context, actor: MemberActor, actionId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const store = openDebriefStore(tx, actor.workspaceId);
    const current = await store.action(actionId, true);
    if (!current) throw notFound();
    await store.deleteAction(actionId);
    await announceDebriefChange(tx, {
      type: "action.deleted",
      workspaceId: actor.workspaceId,
      at: ctx.now.toISOString(),
      data: {
        challengeId: current.challengeId,
        actionId,
      },
    });
  });
}
