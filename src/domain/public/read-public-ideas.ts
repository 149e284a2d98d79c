// A public challenge's ideas and their threads, read without an account: only what every member sees.
import {
  type CommentView,
  type IdeaView,
  openChallengeStore,
  publicChallengeWorkspace,
} from "../../db/stores/challenge-store.ts";
import { openContributionStore } from "../../db/stores/contribution-store.ts";
import { AppError } from "../../errors.ts";
import { currentPhase } from "../challenges/current-phase.ts";
import type { Context } from "../context.ts";

/** No one: the viewer of the public face, who has reacted to, supported and followed nothing. */
const nobody = "00000000-0000-0000-0000-000000000000";

const notFound = () => new AppError("not-found", "This idea does not exist or is not open to the public.");

async function publicWorkspaceOf(ctx: Context, challengeId: string): Promise<string> {
  const workspaceId = await publicChallengeWorkspace(ctx.db, challengeId);
  if (!workspaceId) throw notFound();
  const challenge = await openChallengeStore(ctx.db, workspaceId).challenge(challengeId);
  if (!challenge || currentPhase(challenge, ctx.now).phase === "upcoming") throw notFound();
  return workspaceId;
}

const published = (row: { hiddenAt: Date | null; heldAt: Date | null }) =>
  row.hiddenAt === null && row.heldAt === null;

/** The published ideas of a public challenge, newest first; hidden and held ideas never appear. */
export async function listPublicIdeas(ctx: Context, challengeId: string): Promise<IdeaView[]> {
  const workspaceId = await publicWorkspaceOf(ctx, challengeId);
  const ideas = (await openChallengeStore(ctx.db, workspaceId).ideaViews(challengeId, nobody, {}, false))
    .ideas;
  return ideas.filter(published);
}

/** One idea of a public challenge and its thread; hidden and held comments are left out entirely. */
export async function showPublicIdea(
  ctx: Context,
  challengeId: string,
  ideaId: string,
): Promise<{ idea: IdeaView; comments: CommentView[] }> {
  const workspaceId = await publicWorkspaceOf(ctx, challengeId);
  const idea = await openChallengeStore(ctx.db, workspaceId).ideaViewOf(ideaId, nobody);
  if (!idea || idea.challengeId !== challengeId || !published(idea)) throw notFound();
  const comments = await openContributionStore(ctx.db, workspaceId).commentViews(ideaId);
  return { idea, comments: comments.filter(published) };
}
