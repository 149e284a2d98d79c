// Moderators hide an idea or a comment that breaks the rules, always saying why, or restore it; a held one is
// released (published and announced) or hidden. Every act goes to the moderation log.
import { type CommentRow, type IdeaRow, openChallengeStore } from "../../db/stores/challenge-store.ts";
import { openContributionStore } from "../../db/stores/contribution-store.ts";
import { publishEvent } from "../../db/stores/events.ts";
import { type FlagSubject, openModerationStore } from "../../db/stores/moderation-store.ts";
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { requestSynthesis } from "../synthesis/recompute-synthesis.ts";
import { visibleIdea } from "./challenge-rules.ts";
import { announceComment } from "./post-comment.ts";
import { announceIdea } from "./submit-idea.ts";

export interface ModerationInput {
  hidden: boolean;
  /** Why it is hidden, shown to its author and in the thread: required when hiding. */
  reason?: string | null;
}

/** Logs a hide or a restore; hiding resolves the item's flags. */
async function record(
  tx: Parameters<typeof openModerationStore>[0],
  actor: MemberActor,
  subject: FlagSubject,
  subjectId: string,
  input: ModerationInput,
  now: Date,
  wasHeld: boolean,
): Promise<void> {
  const moderation = openModerationStore(tx, actor.workspaceId);
  if (input.hidden) await moderation.deleteFlags(subjectId);
  await moderation.appendLog({
    actorId: actor.userId,
    act: input.hidden ? "hide" : wasHeld ? "release" : "restore",
    subject,
    subjectId,
    memberId: null,
    reason: input.hidden ? (input.reason?.trim() ?? null) : null,
    createdAt: now,
  });
}

function hiddenValues(actor: MemberActor, input: ModerationInput, now: Date) {
  if (!input.hidden) return { hiddenAt: null, hiddenBy: null, hiddenReason: null, heldAt: null };
  const reason = input.reason?.trim();
  if (!reason) {
    throw new AppError("invalid-input", "reason is required: say which rule it breaks.", { field: "reason" });
  }
  return { hiddenAt: now, hiddenBy: actor.userId, hiddenReason: reason, heldAt: null };
}

export async function moderateIdea(
  ctx: Context,
  actor: MemberActor,
  ideaId: string,
  input: ModerationInput,
): Promise<IdeaRow> {
  const values = hiddenValues(actor, input, ctx.now);
  const moderated = await ctx.db.transaction(async (tx) => {
    const store = openChallengeStore(tx, actor.workspaceId);
    const { challenge, idea } = await visibleIdea(store, actor, ideaId, ctx.now, true);
    const updated = await store.setIdeaHidden(ideaId, values);
    await record(tx, actor, "idea", ideaId, input, ctx.now, idea.heldAt !== null);
    // Released from hold: announced as if just submitted, since nobody else has seen it yet.
    if (!input.hidden && idea.heldAt !== null) {
      await openContributionStore(tx, actor.workspaceId).appendActivity({
        challengeId: challenge.id,
        userId: idea.authorId,
        kind: "idea-submitted",
        subjectId: ideaId,
        createdAt: ctx.now,
      });
      await announceIdea(tx, updated, ctx.now);
    } else if (idea.heldAt === null)
      await publishEvent(
        tx,
        {
          type: input.hidden ? "idea.hidden" : "idea.restored",
          workspaceId: actor.workspaceId,
          at: ctx.now.toISOString(),
          data: { challengeId: challenge.id, ideaId },
        },
        { kind: "workspace", workspaceId: actor.workspaceId },
      );
    return updated;
  });
  await requestSynthesis(ctx, actor.workspaceId, moderated.challengeId);
  return moderated;
}

export async function moderateComment(
  ctx: Context,
  actor: MemberActor,
  commentId: string,
  input: ModerationInput,
): Promise<CommentRow> {
  const values = hiddenValues(actor, input, ctx.now);
  return ctx.db.transaction(async (tx) => {
    const store = openChallengeStore(tx, actor.workspaceId);
    const contributions = openContributionStore(tx, actor.workspaceId);
    const comment = await contributions.comment(commentId);
    if (!comment) throw new AppError("not-found", "This comment does not exist in this workspace.");
    const { challenge } = await visibleIdea(store, actor, comment.ideaId, ctx.now);
    const updated = await contributions.setCommentHidden(commentId, values);
    await record(tx, actor, "comment", commentId, input, ctx.now, comment.heldAt !== null);
    if (!input.hidden && comment.heldAt !== null) {
      if (!comment.official) {
        await contributions.appendActivity({
          challengeId: challenge.id,
          userId: comment.authorId,
          kind: "comment-posted",
          subjectId: commentId,
          createdAt: ctx.now,
        });
      }
      await announceComment(tx, updated, challenge.id, ctx.now);
    } else if (comment.heldAt === null)
      await publishEvent(
        tx,
        {
          type: input.hidden ? "comment.hidden" : "comment.restored",
          workspaceId: actor.workspaceId,
          at: ctx.now.toISOString(),
          data: { challengeId: challenge.id, ideaId: comment.ideaId, commentId },
        },
        { kind: "workspace", workspaceId: actor.workspaceId },
      );
    return updated;
  });
}
