// Someone comments on an idea or answers a comment; a manager's comment is an official answer of the challenge.

import type { Db } from "../../db/open-database.ts";
import { type CommentRow, openChallengeStore } from "../../db/stores/challenge-store.ts";
import { openContributionStore } from "../../db/stores/contribution-store.ts";
import { publishEvent } from "../../db/stores/events.ts";
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { notify } from "../notifications/notify.ts";
import { takeWriteBudget } from "../write-limits/take-write-budget.ts";
import {
  assertMayContribute,
  assertNotHidden,
  assertPhase,
  managesChallenges,
  requiredText,
  visibleIdea,
} from "./challenge-rules.ts";
import { heldWordsIn } from "./held-words.ts";
import { phaseRules } from "./phase-rules.ts";

export async function postComment(
  ctx: Context,
  actor: MemberActor,
  ideaId: string,
  input: { body: string; parentId?: string | null },
): Promise<CommentRow> {
  const body = requiredText(input.body, "body");
  return ctx.db.transaction(async (tx) => {
    const store = openChallengeStore(tx, actor.workspaceId);
    const contributions = openContributionStore(tx, actor.workspaceId);
    const { idea, challenge } = await visibleIdea(store, actor, ideaId, ctx.now);
    const official = managesChallenges(actor);
    assertPhase(challenge, ctx.now, official ? phaseRules.answer : phaseRules.comment, "commenting");
    assertMayContribute(challenge, actor);
    assertNotHidden(idea, "commenting");
    if (input.parentId) {
      const parent = await contributions.comment(input.parentId);
      if (!parent || parent.ideaId !== ideaId) {
        throw new AppError("not-found", "The comment you answer is not in this idea's thread.", {
          field: "parentId",
        });
      }
    }
    // A held word holds the comment for review: hidden from all but its author and moderators, and not announced.
    const heldAt = heldWordsIn(body).length > 0 ? ctx.now : null;
    await takeWriteBudget(tx, ctx, actor.userId, "comment");
    const comment = await contributions.insertComment({
      ideaId,
      parentId: input.parentId ?? null,
      authorId: actor.userId,
      body,
      official,
      createdAt: ctx.now,
      hiddenAt: heldAt,
      heldAt,
    });
    if (heldAt) {
      // Held: no answer, notification nor points until a moderator releases it.
    } else if (official) {
      await store.markAnswered(ideaId, ctx.now);
      await notify(
        tx,
        actor.workspaceId,
        {
          kind: "official-answer",
          challengeId: challenge.id,
          ideaId,
          recipients: (people) => people.followersOf(ideaId),
          except: [actor.userId],
        },
        ctx.now,
      );
      if (idea.authorId !== actor.userId) {
        await contributions.appendActivity({
          challengeId: challenge.id,
          userId: idea.authorId,
          kind: "official-recognition",
          subjectId: ideaId,
          createdAt: ctx.now,
        });
      }
    } else {
      await contributions.appendActivity({
        challengeId: challenge.id,
        userId: actor.userId,
        kind: "comment-posted",
        subjectId: comment.id,
        createdAt: ctx.now,
      });
    }
    if (!heldAt) await announceComment(tx, comment, challenge.id, ctx.now);
    return comment;
  });
}

/** Announces a published comment live: when posted, or when a moderator releases a held one. */
export async function announceComment(
  tx: Db,
  comment: CommentRow,
  challengeId: string,
  now: Date,
): Promise<void> {
  await publishEvent(
    tx,
    {
      type: "comment.posted",
      workspaceId: comment.workspaceId,
      at: now.toISOString(),
      data: {
        challengeId,
        ideaId: comment.ideaId,
        commentId: comment.id,
        parentId: comment.parentId,
        official: comment.official,
        authorId: comment.authorId,
      },
    },
    { kind: "workspace", workspaceId: comment.workspaceId },
  );
}
