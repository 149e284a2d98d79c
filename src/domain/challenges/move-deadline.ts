// A manager moves a date still to come, later or earlier, and the participants are told.
import { type ChallengeRow, openChallengeStore } from "../../db/stores/challenge-store.ts";
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { assertPublished, controlledChallenge } from "./challenge-rules.ts";
import { announceControl } from "./control-notice.ts";
import { misorderedField, type TimelineField } from "./current-phase.ts";

/**
 * Moves `deadline` to `to`, extending or shortening the phase it ends. Both the current date and the new one must be
 * in the future (a passed date is reopened with `reopenPhase`, a phase is ended now with `closePhase`), and the dates
 * keep their order. Everyone who took part gets a `timeline-changed` notification.
 */
export async function moveDeadline(
  ctx: Context,
  actor: MemberActor,
  challengeId: string,
  input: { deadline: TimelineField; to: Date },
): Promise<ChallengeRow> {
  return ctx.db.transaction(async (tx) => {
    const store = openChallengeStore(tx, actor.workspaceId);
    const current = await controlledChallenge(store, challengeId);
    assertPublished(current, "moving a deadline");
    const previous = current[input.deadline];
    if (previous.getTime() <= ctx.now.getTime()) {
      throw new AppError(
        "conflict",
        `${input.deadline} already passed (${previous.toISOString()}): reopen the phase instead.`,
        { field: "deadline" },
      );
    }
    if (input.to.getTime() <= ctx.now.getTime()) {
      throw new AppError(
        "invalid-input",
        `to must be later than now (${ctx.now.toISOString()}); to end the phase now, close it.`,
        { field: "to" },
      );
    }
    const wrong = misorderedField({ ...current, [input.deadline]: input.to });
    if (wrong) {
      const [before, after] = [wrong.previous, wrong.field];
      throw new AppError(
        "invalid-input",
        `to must keep ${after} after ${before} (${before}: ${(before === input.deadline ? input.to : current[before]).toISOString()}, ${after}: ${(after === input.deadline ? input.to : current[after]).toISOString()}).`,
        { field: "to", details: { before, after } },
      );
    }
    const updated = await store.updateChallenge(challengeId, { [input.deadline]: input.to }, ctx.now);
    await announceControl(tx, actor, updated, "deadline-moved", ctx.now, true);
    return updated;
  });
}
