// Moving a deliverable: submitted to the client, validated, changes asked (with what to change), or back to draft.
import {
  type DeliverableRow,
  type DeliverableStatus,
  openPlanSessionStore,
} from "../../db/stores/plan-session-store.ts";
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { announcePlanEvent } from "./session-rules.ts";

/** Sets a deliverable's status, also after its session closed; asking changes says which. */
export async function changeDeliverableStatus(
  ctx: Context,
  actor: MemberActor,
  deliverableId: string,
  input: { status: DeliverableStatus; note?: string | null },
): Promise<DeliverableRow> {
  const note = input.note?.trim() ? input.note.trim() : null;
  if (input.status === "changes-asked" && note === null)
    throw new AppError("invalid-input", "Asking for changes says which changes.", { field: "note" });
  return ctx.db.transaction(async (tx) => {
    const store = openPlanSessionStore(tx, actor.workspaceId);
    const current = await store.deliverable(deliverableId, true);
    if (!current) throw new AppError("not-found", "This deliverable does not exist in this workspace.");
    const updated = await store.setDeliverableStatus(
      deliverableId,
      { status: input.status, statusNote: note, statusBy: actor.userId },
      ctx.now,
    );
    await announcePlanEvent(tx, "deliverable.updated", actor, ctx.now, {
      planId: current.planId,
      sessionId: current.sessionId,
      recordId: deliverableId,
    });
    return updated;
  });
}
