// Starts a plan in a workspace from the communication-plan template.
import * as Y from "yjs";
import { publishEvent } from "../../db/stores/events.ts";
import { openPlanStore, type PlanRow } from "../../db/stores/plan-store.ts";
import type { Context, MemberActor } from "../context.ts";
import { assertCan } from "../permissions.ts";
import { buildPlanDocument, type DocumentSection } from "./plan-document.ts";
import { planTemplate } from "./plan-template.ts";
import { readableCopy } from "./readable-copy.ts";
import type { PlanLanguage } from "./section-markdown.ts";

export interface CreatePlanInput {
  title: string;
  language: PlanLanguage;
  /** "communication" (the ten sections of the template) or "blank" (no section). */
  template?: "communication" | "blank";
}

/** Creates the plan, its Yjs document and its readable copy in one transaction; announces `plan.created`. */
export async function createPlan(ctx: Context, actor: MemberActor, input: CreatePlanInput): Promise<PlanRow> {
  assertCan(actor.role, "plan.manage");
  return storeNewPlan(ctx, actor, input, input.template === "blank" ? [] : planTemplate(input.language));
}

/** Stores a new plan holding `sections` (the template, or the demo's written sections). */
export async function storeNewPlan(
  ctx: Context,
  actor: MemberActor,
  input: Pick<CreatePlanInput, "title" | "language">,
  sections: readonly DocumentSection[],
): Promise<PlanRow> {
  const doc = buildPlanDocument(sections, ctx.now.toISOString());
  const state = Buffer.from(Y.encodeStateAsUpdate(doc));
  return ctx.db.transaction(async (tx) => {
    const store = openPlanStore(tx, actor.workspaceId);
    const plan = await store.insert({
      title: input.title.trim(),
      language: input.language,
      createdBy: actor.userId,
      state,
    });
    await store.saveDocument(plan.id, state, [], readableCopy(doc, input.language), ctx.now);
    await publishEvent(
      tx,
      {
        type: "plan.created",
        workspaceId: actor.workspaceId,
        data: { planId: plan.id, title: plan.title },
        at: ctx.now.toISOString(),
      },
      { kind: "workspace", workspaceId: actor.workspaceId, readers: "plan.read" },
    );
    return plan;
  });
}
