// The owners set what becomes of an erased person's contributions in their workspace.
import { workspaceErasurePolicies } from "../../db/schema/erasure.ts";
import type { Context, MemberActor } from "../context.ts";
import type { ErasurePolicy } from "./erasure-policy.ts";

/** Stores the workspace's policy (the route lets only `workspace.update` in); applies to erasures from now on. */
export async function setErasurePolicy(
  ctx: Context,
  actor: MemberActor,
  policy: ErasurePolicy,
): Promise<ErasurePolicy> {
  await ctx.db
    .insert(workspaceErasurePolicies)
    .values({ workspaceId: actor.workspaceId, policy, updatedAt: ctx.now })
    .onConflictDoUpdate({
      target: workspaceErasurePolicies.workspaceId,
      set: { policy, updatedAt: ctx.now },
    });
  return policy;
}
