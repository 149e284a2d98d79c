// Reading ideas: a challenge's ideas with their counts, and one idea with its comment thread.
import { type CommentView, type IdeaView, openChallengeStore } from "../../db/stores/challenge-store.ts";
import { openContributionStore } from "../../db/stores/contribution-store.ts";
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { type IdeaAbilities, ideaAbilities } from "./challenge-abilities.ts";
import { moderates, visibleChallenge, visibleIdea } from "./challenge-rules.ts";

/** An idea as its reader sees it, with what the reader may do on it now. */
export type IdeaReading = IdeaView & { abilities: IdeaAbilities };

/**
 * Published ideas of a challenge, newest first; with `unanswered`, those still waiting for an official answer, oldest
 * first: the project manager's to-do list.
 */
export async function listIdeas(
  ctx: Context,
  actor: MemberActor,
  challengeId: string,
  filter: { unanswered?: boolean; category?: string },
): Promise<IdeaReading[]> {
  const store = openChallengeStore(ctx.db, actor.workspaceId);
  const challenge = await visibleChallenge(store, actor, challengeId, ctx.now);
  const views = await store.ideaViews(challengeId, actor.userId, filter, moderates(actor));
  return views.map((view) => ({ ...view, abilities: ideaAbilities(view, challenge, actor, ctx.now) }));
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
