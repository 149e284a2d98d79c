// Reading ideas: a challenge's ideas with their counts, and one idea with its comment thread.
import {
  type CommentView,
  type IdeaFilter,
  type IdeaView,
  openChallengeStore,
} from "../../db/stores/challenge-store.ts";
import { openContributionStore } from "../../db/stores/contribution-store.ts";
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { type IdeaAbilities, ideaAbilities } from "./challenge-abilities.ts";
import { moderates, visibleChallenge, visibleIdea } from "./challenge-rules.ts";

/** An idea as its reader sees it, with what the reader may do on it now. */
export type IdeaReading = IdeaView & { abilities: IdeaAbilities };

/**
 * One page of a challenge's published ideas matching `filter` (words, status, category, group, mine), newest first
 * unless sorted otherwise, with their number over every page; with `unanswered`, those still waiting for an official
 * answer, oldest first: the project manager's to-do list.
 */
export async function listIdeas(
  ctx: Context,
  actor: MemberActor,
  challengeId: string,
  filter: IdeaFilter,
  page: { limit: number; offset: number } = { limit: 100, offset: 0 },
): Promise<{ ideas: IdeaReading[]; total: number }> {
  const store = openChallengeStore(ctx.db, actor.workspaceId);
  const challenge = await visibleChallenge(store, actor, challengeId, ctx.now);
  const found = await store.ideaViews(challengeId, actor.userId, filter, moderates(actor), page);
  return {
    ideas: found.ideas.map((view) => ({
      ...view,
      abilities: ideaAbilities(view, challenge, actor, ctx.now),
    })),
    total: found.total,
  };
}

export async function showIdea(
  ctx: Context,
  actor: MemberActor,
  ideaId: string,
): Promise<{ idea: IdeaReading; comments: CommentView[] }> {
  const store = openChallengeStore(ctx.db, actor.workspaceId);
  const contributions = openContributionStore(ctx.db, actor.workspaceId);
  const { challenge } = await visibleIdea(store, actor, ideaId, ctx.now);
  const [idea, comments] = await Promise.all([
    store.ideaViewOf(ideaId, actor.userId),
    contributions.commentViews(ideaId),
  ]);
  if (!idea) throw new AppError("not-found", "This idea does not exist in this workspace.");
  // A hidden comment keeps its place in the thread; its text stays with its author and the moderators.
  const seesHidden = moderates(actor);
  // A held comment is not published yet: only its author and the moderators see it at all.
  const masked = comments
    .filter((comment) => !comment.heldAt || seesHidden || comment.authorId === actor.userId)
    .map((comment) =>
      comment.hiddenAt && !seesHidden && comment.authorId !== actor.userId
        ? { ...comment, body: "" }
        : comment,
    );
  return { idea: { ...idea, abilities: ideaAbilities(idea, challenge, actor, ctx.now) }, comments: masked };
}
