// Adds the demo city's communication plan, half-written, started by its project manager.
import type { PlanRow } from "../../db/stores/plan-store.ts";
import type { Context } from "../context.ts";
import { storeNewPlan } from "../plans/create-plan.ts";
import { sectionOf } from "../plans/plan-template.ts";
import { demoPlanSections } from "./demo-plan.ts";

/** Creates the plan as the workspace's manager; returns it so the demo can add its working sessions. */
export function createDemoPlan(ctx: Context, workspaceId: string, managerId: string): Promise<PlanRow> {
  return storeNewPlan(
    ctx,
    { userId: managerId, anonymous: false, workspaceId, role: "manager" },
    { title: "Plan de communication 2027 — Belleville-sur-Loire", language: "fr" },
    demoPlanSections().map((section) => sectionOf(section)),
  );
}
