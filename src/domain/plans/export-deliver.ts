// Marking an export as delivered to the client: the next exports say what changed since this one.
import { type ExportSummary, openPlanVersionStore } from "../../db/stores/plan-version-store.ts";
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { announcePlanEvent } from "./session-rules.ts";

/** Marks the export delivered now (once; marking it again keeps the first delivery). */
export async function markExportDelivered(
  ctx: Context,
  actor: MemberActor,
  exportId: string,
): Promise<ExportSummary> {
  return ctx.db.transaction(async (tx) => {
    const store = openPlanVersionStore(tx, actor.workspaceId);
    const found = await store.export(exportId, true);
    if (!found) throw new AppError("not-found", "This export does not exist in this workspace.");
    const { sections: _sections, ...summary } = found;
    if (found.deliveredAt) return summary;
    const delivered = await store.markDelivered(exportId, actor.userId, ctx.now);
    await announcePlanEvent(tx, "export.delivered", actor, ctx.now, {
      planId: found.planId,
      recordId: exportId,
    });
    return delivered;
  });
}
