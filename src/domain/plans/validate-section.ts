// The client marks a section validated (or takes it back); the validation keeps the section's hash at that moment.
import { publishEvent } from "../../db/stores/events.ts";
import { openPlanStore } from "../../db/stores/plan-store.ts";
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { assertCan } from "../permissions.ts";

/**
 * Validates a section as it reads now in the readable copy (the caller stores the live document first); a removed
 * or unknown section is refused with not-found and nothing is stored.
 */
export async function setSectionValidation(
  ctx: Context,
  actor: MemberActor,
  planId: string,
  sectionId: string,
  validated: boolean,
): Promise<void> {
  assertCan(actor.role, "plan.validate");
  await ctx.db.transaction(async (tx) => {
    const store = openPlanStore(tx, actor.workspaceId);
    if (!(await store.plan(planId)))
      throw new AppError("not-found", "This plan does not exist in this workspace.");
    const section = (await store.sections(planId)).find((s) => s.sectionId === sectionId);
    if (!section) {
      throw new AppError("not-found", "This section is not in the plan (it may have been removed).", {
        field: "sectionId",
      });
    }
    if (validated) await store.validate(planId, sectionId, section.hash, actor.userId, ctx.now);
    else await store.unvalidate(planId, sectionId);
    await publishEvent(
      tx,
      {
        type: validated ? "plan-section.validated" : "plan-section.unvalidated",
        workspaceId: actor.workspaceId,
        data: { planId, sectionId },
        at: ctx.now.toISOString(),
      },
      { kind: "workspace", workspaceId: actor.workspaceId, readers: "plan.read" },
    );
  });
}
