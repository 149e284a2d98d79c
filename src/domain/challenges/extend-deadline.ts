// A manager gives participants more time: a deadline moves later, never earlier, and everyone is told at once
// (the live event, and a `timeline-changed` notification to those who took part).

import { type ChallengeRow, openChallengeStore } from "../../db/stores/challenge-store.ts";
import { publishEvent } from "../../db/stores/events.ts";
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { controlledChallenge } from "./challenge-rules.ts";
import { announceControl } from "./control-notice.ts";
import { currentPhase, misorderedField, timelineFields } from "./current-phase.ts";

/** The deadlines that can be extended: the ends of contributions, voting and synthesis. */
export type Deadline = "contributionsCloseAt" | "votingCloseAt" | "synthesisCloseAt";

export async function extendDeadline(
  ctx: Context,
  actor: MemberActor,
  challengeId: string,
  input: { deadline: Deadline; until: Date },
): Promise<ChallengeRow> {
  return ctx.db.transaction(async (tx) => {
    const store = openChallengeStore(tx, actor.workspaceId);
    const current = await controlledChallenge(store, challengeId);
    const previous = current[input.deadline];
    if (input.until.getTime() <= previous.getTime()) {
      throw new AppError(
        "invalid-input",
        `until must be later than the current ${input.deadline} (${previous.toISOString()}): a deadline only moves later.`,
        { field: "until" },
      );
    }
    const wrong = misorderedField({ ...current, [input.deadline]: input.until });
    if (wrong) {
      const next = timelineFields[timelineFields.indexOf(input.deadline) + 1];
      throw new AppError(
        "invalid-input",
        `until must come before ${next ?? wrong.field} (${current[next ?? wrong.field].toISOString()}): extend it first.`,
        { field: "until" },
      );
    }
    const updated = await store.updateChallenge(challengeId, { [input.deadline]: input.until }, ctx.now);
    const { phase, nextDeadline } = currentPhase(updated, ctx.now);
    await publishEvent(
      tx,
      {
        type: "challenge.deadline-extended",
        workspaceId: actor.workspaceId,
        at: ctx.now.toISOString(),
        data: {
          challengeId,
          deadline: input.deadline,
          previous: previous.toISOString(),
          until: input.until.toISOString(),
          phase,
          nextDeadline: nextDeadline && { field: nextDeadline.field, at: nextDeadline.at.toISOString() },
        },
      },
      { kind: "workspace", workspaceId: actor.workspaceId },
    );
    await announceControl(tx, actor, updated, "deadline-moved", ctx.now, true);
    return updated;
  });
}
