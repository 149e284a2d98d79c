// A manager reopens the phase that just ended, until a given date; the phases after it keep their length.
import { type ChallengeRow, openChallengeStore } from "../../db/stores/challenge-store.ts";
import { claimPhase } from "../../db/stores/phase-store.ts";
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { assertPublished, controlledChallenge } from "./challenge-rules.ts";
import { announceControl } from "./control-notice.ts";
import { currentPhase, type Phase, phases, type Timeline, timelineFields } from "./current-phase.ts";

/** The date that ends each phase that can be reopened. */
const endOf: Partial<Record<Phase, keyof Timeline>> = {
  contributions: "contributionsCloseAt",
  voting: "votingCloseAt",
  synthesis: "synthesisCloseAt",
};

/**
 * Reopens the phase before the current one (contributions during the voting, the voting during the synthesis, the
 * synthesis during the debrief) until `until`, which must be later than now: its end moves to `until` and every later
 * date moves by the same amount, so the phases after it keep their length. The participants are notified
 * (`timeline-changed`), and the scheduler will announce the next phase again when it comes.
 */
export async function reopenPhase(
  ctx: Context,
  actor: MemberActor,
  challengeId: string,
  input: { until: Date },
): Promise<ChallengeRow> {
  return ctx.db.transaction(async (tx) => {
    const store = openChallengeStore(tx, actor.workspaceId);
    const current = await controlledChallenge(store, challengeId);
    assertPublished(current, "reopening a phase");
    const { phase } = currentPhase(current, ctx.now);
    const reopened = phases[phases.indexOf(phase) - 1];
    const end = reopened && endOf[reopened];
    if (!reopened || !end) {
      throw new AppError("conflict", `No phase before this one (${phase}) can be reopened.`, {
        details: { phase },
      });
    }
    if (input.until.getTime() <= ctx.now.getTime()) {
      throw new AppError("invalid-input", `until must be later than now (${ctx.now.toISOString()}).`, {
        field: "until",
      });
    }
    const delta = input.until.getTime() - current[end].getTime();
    const later = timelineFields.slice(timelineFields.indexOf(end));
    const values = Object.fromEntries(
      later.map((field) => [field, new Date(current[field].getTime() + delta)]),
    ) as Partial<Timeline>;
    const updated = await store.updateChallenge(challengeId, values, ctx.now);
    await claimPhase(tx, challengeId, current.lastAnnouncedPhase, reopened);
    await announceControl(tx, actor, updated, "phase-reopened", ctx.now, true);
    return updated;
  });
}
