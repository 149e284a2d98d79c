// Changing a member's role, or removing a member (or leaving), without ever leaving a workspace ownerless.
import { publishEvent } from "../../db/stores/events.ts";
import { openWorkspaceStore, type Role, type WorkspaceStore } from "../../db/stores/workspace-store.ts";
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { anonymousRoles, assertCanAssign } from "../permissions.ts";

export async function changeRole(
  ctx: Context,
  actor: MemberActor,
  userId: string,
  role: Role,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const store = openWorkspaceStore(tx, actor.workspaceId);
    const member = await store.member(userId);
    if (!member) throw new AppError("not-found", "This person is not a member of this workspace.");
    assertCanAssign(actor.role, member.role);
    assertCanAssign(actor.role, role);
    if (member.anonymous && !anonymousRoles.includes(role)) {
      throw new AppError(
        "anonymous-not-allowed",
        "An anonymous participant must sign up before holding this role.",
        {
          field: "role",
        },
      );
    }
    if (member.role === role) return;
    if (member.role === "owner") await assertNotLastOwner(store);
    await store.setRole(userId, role);
    await publishEvent(
      tx,
      {
        type: "member.role-changed",
        workspaceId: actor.workspaceId,
        at: ctx.now.toISOString(),
        data: { userId, role, previousRole: member.role },
      },
      { kind: "workspace", workspaceId: actor.workspaceId },
    );
  });
}

/** Removes a member; anyone may remove themself (leave), others need the right to manage that member's role. */
export async function removeMember(ctx: Context, actor: MemberActor, userId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const store = openWorkspaceStore(tx, actor.workspaceId);
    const member = await store.member(userId);
    if (!member) throw new AppError("not-found", "This person is not a member of this workspace.");
    if (userId !== actor.userId) assertCanAssign(actor.role, member.role);
    if (member.role === "owner") await assertNotLastOwner(store);
    await store.removeMember(userId);
    await publishEvent(
      tx,
      {
        type: "member.removed",
        workspaceId: actor.workspaceId,
        at: ctx.now.toISOString(),
        data: { userId },
      },
      { kind: "workspace", workspaceId: actor.workspaceId, leaving: userId },
    );
  });
}

async function assertNotLastOwner(store: WorkspaceStore): Promise<void> {
  if ((await store.ownerCount()) <= 1) {
    throw new AppError("last-owner", "A workspace needs at least one owner: make someone else owner first.");
  }
}
