// Someone follows an idea to hear what becomes of it, or stops following it; idempotent both ways.
import { openChallengeStore } from "../../db/stores/challenge-store.ts";
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
  if (following) await store.follow(ideaId, actor.userId);
  else await store.unfollow(ideaId, actor.userId);
  return { following };
}
