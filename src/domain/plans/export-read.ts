// Reading a plan's exports, and what changed in it since the last one delivered to the client.
import { openPlanStore } from "../../db/stores/plan-store.ts";
import { type ExportSummary, openPlanVersionStore } from "../../db/stores/plan-version-store.ts";
import type { Context, MemberActor } from "../context.ts";
import { readPlanContent } from "./read-plan-content.ts";
import { changesBetween, type VersionChange } from "./session-read.ts";

/** The plan's exports, newest first, and the changes since the last delivered one (null when none was delivered). */
export async function readPlanExports(
  ctx: Context,
  actor: MemberActor,
  planId: string,
): Promise<{ exports: ExportSummary[]; changesSinceDelivery: VersionChange[] | null }> {
  const content = await readPlanContent(openPlanStore(ctx.db, actor.workspaceId), planId);
  const store = openPlanVersionStore(ctx.db, actor.workspaceId);
  const [exports, delivered] = await Promise.all([store.exports(planId), store.lastDelivered(planId)]);
  return {
    exports,
    changesSinceDelivery: delivered ? changesBetween(delivered.sections, content.sections) : null,
  };
}
