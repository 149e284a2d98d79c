// A participant supports an idea, or takes the support back: one per person and idea, whatever the retries.
import type { EventOf } from "../../contracts/events.ts";
import { openChallengeStore } from "../../db/stores/challenge-store.ts";
import { openContributionStore } from "../../db/stores/contribution-store.ts";
import { publishEvent } from "../../db/stores/events.ts";
import type { Context, MemberActor } from "../context.ts";
import { assertMayContribute, assertNotHidden, assertPhase, visibleIdea } from "./challenge-rules.ts";
import { phaseRules } from "./phase-rules.ts";

export interface SupportState {
  supported: boolean;
  supportCount: number;
}

/** The phases in which ideas take supports. */
export const supportPhases = phaseRules.support;

/**
 * Sets or takes back the actor's support through the server's support batcher (`support-batcher.ts`): the request
 * shares one transaction with the others arriving at the same moment, and is answered after that commit, with its
 * own result or its own error.
 */
export function setSupport(
  ctx: Context,
  actor: MemberActor,
  ideaId: string,
  supported: boolean,
): Promise<SupportState> {
  return ctx.supports.submit(actor, ideaId, supported, ctx.now);
}

/**
 * The same act in a transaction of its own (the batcher's way when a whole batch fails). Idempotent: the support
 * row is inserted with ON CONFLICT DO NOTHING, and the count moves only when a row was really added or removed, in
 * the same transaction, under the idea's row lock; so the count stays exact under any number of concurrent requests.
 * An unchanged state publishes nothing.
 */
export async function setSupportAlone(
  ctx: Pick<Context, "db" | "now">,
  actor: MemberActor,
  ideaId: string,
  supported: boolean,
): Promise<SupportState> {
  return ctx.db.transaction(async (tx) => {
    const store = openChallengeStore(tx, actor.workspaceId);
    const contributions = openContributionStore(tx, actor.workspaceId);
    const { idea, challenge } = await visibleIdea(store, actor, ideaId, ctx.now);
    assertPhase(challenge, ctx.now, supportPhases, "supporting ideas");
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
    await publishEvent(tx, supportChanged(actor, challenge.id, ideaId, supported, supportCount, ctx.now), {
      kind: "workspace",
      workspaceId: actor.workspaceId,
    });
    return { supported, supportCount };
  });
}

/** The live event of a support set or taken back. */
export function supportChanged(
  actor: MemberActor,
  challengeId: string,
  ideaId: string,
  supported: boolean,
  supportCount: number,
  at: Date,
): EventOf<"support.changed"> {
  return {
    type: "support.changed",
    workspaceId: actor.workspaceId,
    at: at.toISOString(),
    data: { challengeId, ideaId, userId: actor.userId, supported, supportCount },
  };
}
