// A manager pauses a challenge (nothing is written to it until resumed) or resumes it.
import { type ChallengeRow, openChallengeStore } from "../../db/stores/challenge-store.ts";
import type { Context, MemberActor } from "../context.ts";
import { controlledChallenge } from "./challenge-rules.ts";
import { announceControl } from "./control-notice.ts";

/**
 * Pauses or resumes. While paused, every write that goes through `assertPhase` (ideas, edits, comments, reactions,
 * supports, statements, votes, outcomes, awards) is refused with `challenge-paused`; moderation stays possible, since
 * a pause is often what a moderator needs. The dates do not move: a manager extends them if the pause cost time.
 * Pausing a paused challenge (or resuming a running one) changes nothing and announces nothing.
 */
export async function setChallengePaused(
  ctx: Context,
  actor: MemberActor,
  challengeId: string,
  paused: boolean,
): Promise<ChallengeRow> {
  return ctx.db.transaction(async (tx) => {
    const store = openChallengeStore(tx, actor.workspaceId);
    const current = await controlledChallenge(store, challengeId);
    if ((current.pausedAt !== null) === paused) return current;
    const updated = await store.updateChallenge(challengeId, { pausedAt: paused ? ctx.now : null }, ctx.now);
    await announceControl(tx, actor, updated, paused ? "paused" : "resumed", ctx.now);
    return updated;
  });
}
