// Recording an urgent need of the client met between two sessions: what was needed, what was produced, when.
import { type NeedRow, openPlanSessionStore } from "../../db/stores/plan-session-store.ts";
import type { Context, MemberActor } from "../context.ts";
import { announcePlanEvent, dayOf, requiredText, sessionFor } from "./session-rules.ts";

export interface NeedInput {
  need: string;
  kind: NeedRow["kind"];
  response: string;
  metOn: string;
}

/** Records in an open session an urgent need met since the previous one. */
export async function recordUrgentNeed(
  ctx: Context,
  actor: MemberActor,
  sessionId: string,
  input: NeedInput,
): Promise<NeedRow> {
  const need = requiredText(input.need, "need", 1000);
  const response = requiredText(input.response, "response", 2000);
  const metOn = dayOf(input.metOn, "metOn");
  return ctx.db.transaction(async (tx) => {
    const store = openPlanSessionStore(tx, actor.workspaceId);
    const session = await sessionFor(store, sessionId, true);
    const row = await store.insertNeed(
      { planId: session.planId, sessionId, need, kind: input.kind, response, metOn, createdBy: actor.userId },
      ctx.now,
    );
    await announcePlanEvent(tx, "need.recorded", actor, ctx.now, {
      planId: session.planId,
      sessionId,
      recordId: row.id,
    });
    return row;
  });
}
