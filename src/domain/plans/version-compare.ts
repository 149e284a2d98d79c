// Comparing two states of a plan: two frozen versions, or a version and the plan as it is now.
import { openPlanStore } from "../../db/stores/plan-store.ts";
import { openPlanVersionStore } from "../../db/stores/plan-version-store.ts";
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { readPlanContent } from "./read-plan-content.ts";
import { frozenOf } from "./session-close.ts";
import { assertPlan } from "./session-rules.ts";
import { diffVersions, type FrozenSection, type SectionDiff } from "./version-diff.ts";

/** A version number, or "current" for the plan as it reads now. */
export type VersionRef = number | "current";

/** The sections of `ref` in `planId`; throws not-found naming the parameter when the version does not exist. */
export async function sectionsAt(
  ctx: Context,
  actor: MemberActor,
  planId: string,
  ref: VersionRef,
  field: string,
): Promise<FrozenSection[]> {
  if (ref === "current") {
    const content = await readPlanContent(openPlanStore(ctx.db, actor.workspaceId), planId);
    return content.sections.map(frozenOf);
  }
  const version = await openPlanVersionStore(ctx.db, actor.workspaceId).version(planId, ref);
  if (!version) throw new AppError("not-found", `Version ${ref} of this plan does not exist.`, { field });
  return version.sections as FrozenSection[];
}

/** The per-section diff from `from` to `to`. */
export async function compareVersions(
  ctx: Context,
  actor: MemberActor,
  planId: string,
  from: VersionRef,
  to: VersionRef,
): Promise<SectionDiff[]> {
  await assertPlan(ctx.db, actor.workspaceId, planId);
  const [before, after] = await Promise.all([
    sectionsAt(ctx, actor, planId, from, "from"),
    sectionsAt(ctx, actor, planId, to, "to"),
  ]);
  return diffVersions(before, after);
}
