// Renames or deletes a plan (owners and managers); deleting closes its editing sockets through `plan.deleted`.
import { publishEvent } from "../../db/stores/events.ts";
import { openPlanStore, type PlanRow } from "../../db/stores/plan-store.ts";
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { assertCan } from "../permissions.ts";

const notFound = () => new AppError("not-found", "This plan does not exist in this workspace.");

export async function renamePlan(
  ctx: Context,
  actor: MemberActor,
  planId: string,
  title: string,
): Promise<PlanRow> {
  assertCan(actor.role, "plan.manage");
  return ctx.db.transaction(async (tx) => {
    const plan = await openPlanStore(tx, actor.workspaceId).rename(planId, title.trim(), ctx.now);
    if (!plan) throw notFound();
    await publishEvent(
      tx,
      {
        type: "plan.renamed",
        workspaceId: actor.workspaceId,
        data: { planId, title: plan.title },
        at: ctx.now.toISOString(),
      },
      { kind: "workspace", workspaceId: actor.workspaceId, readers: "plan.read" },
    );
    return plan;
  });
}

export async function deletePlan(ctx: Context, actor: MemberActor, planId: string): Promise<void> {
  assertCan(actor.role, "plan.manage");
  await ctx.db.transaction(async (tx) => {
    if (!(await openPlanStore(tx, actor.workspaceId).remove(planId))) throw notFound();
    await publishEvent(
      tx,
      {
        type: "plan.deleted",
        workspaceId: actor.workspaceId,
        data: { planId },
        at: ctx.now.toISOString(),
      },
      { kind: "workspace", workspaceId: actor.workspaceId, readers: "plan.read" },
    );
  });
}
