// A participant supports an idea, or takes the support back: one per person and idea, whatever the retries.
import { openChallengeStore } from "../../db/stores/challenge-store.ts";
import { openContributionStore } from "../../db/stores/contribution-store.ts";
import { publishEvent } from "../../db/stores/events.ts";
import type { Context, MemberActor } from "../context.ts";
import { assertMayContribute, assertNotHidden, assertPhase, visibleIdea } from "./challenge-rules.ts";

export interface SupportState {
  supported: boolean;
  supportCount: number;
}

/**
 * Idempotent: the support row is inserted with ON CONFLICT DO NOTHING, and the count moves only when a row was
 * really added or removed, in the same transaction, under the idea's row lock; so the count stays exact under any
 * number of concurrent requests. An unchanged state publishes nothing.
 */
export async function setSupport(
  ctx: Context,
  actor: MemberActor,
  ideaId: string,
  supported: boolean,
): Promise<SupportState> {
  return ctx.db.transaction(async (tx) => {
    const store = openChallengeStore(tx, actor.workspaceId);
    const contributions = openContributionStore(tx, actor.workspaceId);
    const { idea, challenge } = await visibleIdea(store, actor, ideaId, ctx.now);
    assertPhase(challenge, ctx.now, ["contributions", "voting"], "supporting ideas");
    assertMayContribute(challenge, actor);
    assertNotHidden(idea, "supporting");
    const changed = supported
      ? await contributions.addSupport(ideaId, actor.userId, ctx.now)
      : await contributions.removeSupport(ideaId, actor.userId);
    if (!changed) return { supported, supportCount: await store.supportCount(ideaId) };
    const supportCount = await store.addToSupportCount(ideaId, supported ? 1 : -1);
    // Supporting one's own idea is allowed but earns nothing.
    if (idea.authorId !== actor.userId) {
      await contributions.appendActivity({
        challengeId: challenge.id,
        userId: idea.authorId,
        kind: supported ? "support-received" : "support-withdrawn",
        subjectId: ideaId,
        createdAt: ctx.now,
      });
    }
    await publishEvent(tx, {
      type: "support.changed",
      workspaceId: actor.workspaceId,
      at: ctx.now.toISOString(),
      data: { challengeId: challenge.id, ideaId, userId: actor.userId, supported, supportCount },
    });
    return { supported, supportCount };
  });
}
