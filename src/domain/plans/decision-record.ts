// Recording a decision in a session: what was decided, the option chosen among those considered, who carries it, when
// to review it (Loomio's outcome with its review date).
import { type DecisionRow, openPlanSessionStore } from "../../db/stores/plan-session-store.ts";
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { checkAttendees } from "./session-attendees.ts";
import { announcePlanEvent, dayOf, requiredText, sessionFor } from "./session-rules.ts";

export interface DecisionInput {
  statement: string;
  options?: string[];
  chosenOption?: string | null;
  carriedBy?: string | null;
  reviewOn?: string | null;
}

/** Records a decision in an open session; the chosen option must be one of the options when options are listed. */
export async function recordDecision(
  ctx: Context,
  actor: MemberActor,
  sessionId: string,
  input: DecisionInput,
): Promise<DecisionRow> {
  const statement = requiredText(input.statement, "statement", 2000);
  const options = (input.options ?? []).map((option, i) => requiredText(option, `options/${i}`, 300));
  const chosenOption = input.chosenOption ? requiredText(input.chosenOption, "chosenOption", 300) : null;
  if (chosenOption !== null && options.length > 0 && !options.includes(chosenOption))
    throw new AppError("invalid-input", "The chosen option must be one of the options considered.", {
      field: "chosenOption",
    });
  const reviewOn = input.reviewOn ? dayOf(input.reviewOn, "reviewOn") : null;
  return ctx.db.transaction(async (tx) => {
    const store = openPlanSessionStore(tx, actor.workspaceId);
    const session = await sessionFor(store, sessionId, true);
    const carriedBy = input.carriedBy
      ? ((await checkAttendees(store, [input.carriedBy], "carriedBy"))[0] ?? null)
      : null;
    const decision = await store.insertDecision(
      {
        planId: session.planId,
        sessionId,
        statement,
        options,
        chosenOption,
        carriedBy,
        reviewOn,
        createdBy: actor.userId,
      },
      ctx.now,
    );
    await announcePlanEvent(tx, "decision.recorded", actor, ctx.now, {
      planId: session.planId,
      sessionId,
      recordId: decision.id,
    });
    return decision;
  });
}
