// A workspace's owner erases a member's data on the member's request: it leaves this workspace, the account stays.
import { sql } from "drizzle-orm";
import { openAccountStore } from "../../db/stores/account-store.ts";
import { userColumns, workspacesHolding } from "../../db/stores/erasure-store.ts";
import { publishEvent } from "../../db/stores/events.ts";
import { openWorkspaceStore } from "../../db/stores/workspace-store.ts";
import { AppError } from "../../errors.ts";
import {
  eraseFromWorkspace,
  recomputeAfterErasure,
  type WorkspaceErasure,
} from "../accounts/erase-from-workspace.ts";
import type { Context, MemberActor } from "../context.ts";
import { assertCanAssign } from "../permissions.ts";
import type { ContributionsChoice } from "./erasure-policy.ts";

/**
 * Erases what the workspace holds of `userId` (a member, or a former member whose contributions stayed), by the
 * workspace's policy and the choice the person made in their request (`eraseFromWorkspace`). Their membership ends
 * and their sockets stop following the workspace; their account, and what other workspaces hold, stay. An owner
 * erases their own account instead, and a last owner cannot be erased.
 */
export async function eraseMember(
  ctx: Context,
  actor: MemberActor,
  userId: string,
  input: { contributions?: ContributionsChoice },
): Promise<WorkspaceErasure> {
  if (userId === actor.userId) {
    throw new AppError("invalid-input", "Erase your own data from your account page.", { field: "userId" });
  }
  const erasure = await ctx.db.transaction(async (tx) => {
    await tx.execute(sql`SELECT id FROM users WHERE id = ${userId} FOR UPDATE`);
    const workspaces = openWorkspaceStore(tx, actor.workspaceId);
    const member = await workspaces.member(userId);
    if (member) assertCanAssign(actor.role, member.role);
    if (member?.role === "owner" && (await workspaces.ownerCount()) <= 1) {
      throw new AppError(
        "last-owner",
        "A workspace needs at least one owner: make someone else owner first.",
      );
    }
    const held = await workspacesHolding(tx, await userColumns(tx), userId);
    if (!held.includes(actor.workspaceId)) {
      throw new AppError("not-found", "This workspace holds nothing of this person.");
    }
    const user = await openAccountStore(tx).userById(userId);
    const done = await eraseFromWorkspace(tx, {
      userId,
      workspaceId: actor.workspaceId,
      asked: input.contributions,
      locale: user?.locale ?? "fr",
      now: ctx.now,
    });
    await publishEvent(
      tx,
      { type: "member.removed", workspaceId: actor.workspaceId, at: ctx.now.toISOString(), data: { userId } },
      { kind: "workspace", workspaceId: actor.workspaceId, leaving: userId },
    );
    return done;
  });
  await recomputeAfterErasure(ctx, [erasure]);
  return erasure;
}
