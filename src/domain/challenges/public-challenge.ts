// A challenge open to the public: anyone with its link reads the brief, and joins the workspace to take part.
import { openChallengeStore, publicChallengeWorkspace } from "../../db/stores/challenge-store.ts";
import { publishEvent } from "../../db/stores/events.ts";
import { openWorkspaceStore, type Role, type WorkspaceRow } from "../../db/stores/workspace-store.ts";
import { AppError } from "../../errors.ts";
import type { Actor, Context } from "../context.ts";
import { assertMayJoin } from "../workspaces/workspace-block.ts";
import { currentPhase } from "./current-phase.ts";
import { type ChallengeOverview, challengeOverview } from "./read-challenges.ts";

const notFound = () =>
  new AppError("not-found", "This challenge does not exist or is not open to the public.");

/**
 * The brief, phase and figures of a public challenge, with its workspace; nothing for drafts or member-only ones.
 * `allowAnonymous` says whether a visitor may join anonymously, which needs both the challenge and the workspace.
 */
export async function showPublicChallenge(
  ctx: Context,
  challengeId: string,
): Promise<{ overview: ChallengeOverview; workspace: WorkspaceRow }> {
  const workspaceId = await publicChallengeWorkspace(ctx.db, challengeId);
  if (!workspaceId) throw notFound();
  const store = openChallengeStore(ctx.db, workspaceId);
  const challenge = await store.challenge(challengeId);
  const workspace = await openWorkspaceStore(ctx.db, workspaceId).workspace();
  if (!challenge || !workspace || currentPhase(challenge, ctx.now).phase === "upcoming") throw notFound();
  const welcomed = { ...challenge, allowAnonymous: challenge.allowAnonymous && workspace.allowAnonymous };
  return { overview: await challengeOverview(store, welcomed, ctx.now, null), workspace };
}

/**
 * Makes the actor a participant of a public challenge's workspace (members keep their role). An anonymous identity
 * joins only when both the challenge and the workspace welcome anonymous participants.
 */
export async function joinPublicChallenge(
  ctx: Context,
  actor: Actor,
  challengeId: string,
): Promise<{ workspace: WorkspaceRow; role: Role }> {
  return ctx.db.transaction(async (tx) => {
    const workspaceId = await publicChallengeWorkspace(tx, challengeId);
    if (!workspaceId) throw notFound();
    const challenge = await openChallengeStore(tx, workspaceId).challenge(challengeId);
    const store = openWorkspaceStore(tx, workspaceId);
    const workspace = await store.workspace();
    if (!challenge || !workspace || currentPhase(challenge, ctx.now).phase === "upcoming") throw notFound();
    const existing = await store.roleOf(actor.userId);
    if (existing) return { workspace, role: existing };
    if (actor.anonymous && !(challenge.allowAnonymous && workspace.allowAnonymous)) {
      throw new AppError(
        "anonymous-not-allowed",
        "This challenge asks participants to sign up or sign in before joining.",
      );
    }
    await assertMayJoin(tx, workspaceId, actor.userId);
    await store.addMember(actor.userId, "participant");
    const member = await store.member(actor.userId);
    await publishEvent(
      tx,
      {
        type: "member.joined",
        workspaceId,
        at: ctx.now.toISOString(),
        data: {
          userId: actor.userId,
          name: member?.name ?? "",
          role: "participant",
          anonymous: actor.anonymous,
        },
      },
      { kind: "workspace", workspaceId },
    );
    return { workspace, role: "participant" };
  });
}
