// Comments on a passage of a plan's section: start a thread, reply, resolve or reopen it.
import { publishEvent } from "../../db/stores/events.ts";
import { openPlanCommentStore, type PlanCommentRow } from "../../db/stores/plan-comment-store.ts";
import { openPlanStore } from "../../db/stores/plan-store.ts";
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { assertCan } from "../permissions.ts";
import { takeWriteBudget } from "../write-limits/take-write-budget.ts";

export interface PlanCommentInput {
  sectionId: string;
  /** The passage commented, as it reads now (the editor anchors the comment with a mark carrying its id). */
  quote?: string;
  body: string;
  /** The first comment of the thread this one answers. */
  parentId?: string;
}

const planNotFound = () => new AppError("not-found", "This plan does not exist in this workspace.");

export async function commentPlan(
  ctx: Context,
  actor: MemberActor,
  planId: string,
  input: PlanCommentInput,
): Promise<PlanCommentRow> {
  assertCan(actor.role, "plan.edit");
  return ctx.db.transaction(async (tx) => {
    if (!(await openPlanStore(tx, actor.workspaceId).plan(planId))) throw planNotFound();
    const comments = openPlanCommentStore(tx, actor.workspaceId);
    let sectionId = input.sectionId;
    if (input.parentId) {
      const parent = await comments.comment(input.parentId);
      if (!parent || parent.planId !== planId || parent.parentId !== null) {
        throw new AppError("not-found", "The comment answered is not a thread of this plan.", {
          field: "parentId",
        });
      }
      sectionId = parent.sectionId;
    }
    await takeWriteBudget(tx, ctx, actor.userId, "plan-comment");
    const comment = await comments.insert({
      planId,
      sectionId,
      parentId: input.parentId ?? null,
      quote: input.parentId ? "" : (input.quote ?? "").slice(0, 1000),
      body: input.body.trim(),
      authorId: actor.userId,
    });
    await publishEvent(
      tx,
      {
        type: "plan-comment.posted",
        workspaceId: actor.workspaceId,
        data: { planId, commentId: comment.id, sectionId },
        at: ctx.now.toISOString(),
      },
      { kind: "workspace", workspaceId: actor.workspaceId, readers: "plan.read" },
    );
    return comment;
  });
}

export async function resolvePlanComment(
  ctx: Context,
  actor: MemberActor,
  planId: string,
  commentId: string,
  resolved: boolean,
): Promise<void> {
  assertCan(actor.role, "plan.edit");
  await ctx.db.transaction(async (tx) => {
    const comments = openPlanCommentStore(tx, actor.workspaceId);
    const comment = await comments.comment(commentId);
    if (!comment || comment.planId !== planId || comment.parentId !== null) {
      throw new AppError("not-found", "This comment thread is not in this plan.");
    }
    await comments.resolve(commentId, resolved ? actor.userId : null, resolved ? ctx.now : null);
    await publishEvent(
      tx,
      {
        type: resolved ? "plan-comment.resolved" : "plan-comment.reopened",
        workspaceId: actor.workspaceId,
        data: { planId, commentId },
        at: ctx.now.toISOString(),
      },
      { kind: "workspace", workspaceId: actor.workspaceId, readers: "plan.read" },
    );
  });
}
