// A manager ends the current phase now: contributions close early, voting opens, the synthesis starts or ends.
import { type ChallengeRow, openChallengeStore } from "../../db/stores/challenge-store.ts";
import { claimPhase } from "../../db/stores/phase-store.ts";
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { announcedPhases } from "../notifications/announce-phase-changes.ts";
import { notify } from "../notifications/notify.ts";
import { assertPublished, controlledChallenge } from "./challenge-rules.ts";
import { announceControl } from "./control-notice.ts";
import { currentPhase, misorderedField } from "./current-phase.ts";

/**
 * Moves the date that ends the current phase to now, so the next phase opens at once; the debrief has no end. The
 * participants hear of the new phase at once, and the phase scheduler does not announce it again (the same claim on
 * `last_announced_phase`). Returns the updated challenge.
 */
export async function closePhase(
  ctx: Context,
  actor: MemberActor,
  challengeId: string,
): Promise<ChallengeRow> {
  return ctx.db.transaction(async (tx) => {
    const store = openChallengeStore(tx, actor.workspaceId);
    const current = await controlledChallenge(store, challengeId);
    assertPublished(current, "closing a phase");
    const { phase, nextDeadline } = currentPhase(current, ctx.now);
    if (!nextDeadline) {
      throw new AppError(
        "conflict",
        "This challenge is in its debrief, which has no end: no phase is left to close.",
      );
    }
    const moved = { ...current, [nextDeadline.field]: ctx.now };
    const wrong = misorderedField(moved);
    if (wrong) {
      throw new AppError(
        "conflict",
        `The ${phase} phase began this very instant (${current[wrong.previous].toISOString()}): it cannot close before it opened.`,
      );
    }
    const updated = await store.updateChallenge(challengeId, { [nextDeadline.field]: ctx.now }, ctx.now);
    const entered = currentPhase(updated, ctx.now).phase;
    const claimed = await claimPhase(tx, challengeId, current.lastAnnouncedPhase, entered);
    if (claimed && announcedPhases.includes(entered)) {
      await notify(
        tx,
        actor.workspaceId,
        {
          kind: "phase-changed",
          challengeId,
          phase: entered,
          recipients: (people) => people.participantsOf(challengeId),
          except: [actor.userId],
        },
        ctx.now,
      );
    }
    await announceControl(tx, actor, updated, "phase-closed", ctx.now);
    return updated;
  });
}
