// A manager gives participants more time: a deadline moves later, never earlier, and everyone is told at once.

import { type ChallengeRow, openChallengeStore } from "../../db/stores/challenge-store.ts";
import { publishEvent } from "../../db/stores/events.ts";
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
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
    const current = await store.challenge(challengeId, true);
    if (!current) throw new AppError("not-found", "This challenge does not exist in this workspace.");
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
    return updated;
  });
}
