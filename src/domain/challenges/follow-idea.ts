// Someone follows an idea to hear what becomes of it, or stops following it; idempotent both ways.
import { openChallengeStore } from "../../db/stores/challenge-store.ts";
import { openContributionStore } from "../../db/stores/contribution-store.ts";
import type { Context, MemberActor } from "../context.ts";
import { visibleIdea } from "./challenge-rules.ts";

export async function setFollow(
  ctx: Context,
  actor: MemberActor,
  ideaId: string,
  following: boolean,
): Promise<{ following: boolean }> {
  const store = openChallengeStore(ctx.db, actor.workspaceId);
  await visibleIdea(store, actor, ideaId, ctx.now);
  const contributions = openContributionStore(ctx.db, actor.workspaceId);
  if (following) await contributions.follow(ideaId, actor.userId);
  else await contributions.unfollow(ideaId, actor.userId);
  return { following };
}
