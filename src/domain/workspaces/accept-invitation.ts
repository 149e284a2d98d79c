// Joining a workspace through an invitation link.

import { publishEvent } from "../../db/stores/events.ts";
import { openWorkspaceStore, type WorkspaceRow } from "../../db/stores/workspace-store.ts";
import { AppError } from "../../errors.ts";
import type { Actor, Context } from "../context.ts";
import { anonymousRoles } from "../permissions.ts";
import { findUsableInvitation } from "./invitations.ts";
import { assertMayJoin } from "./workspace-block.ts";

/**
 * Adds the actor to the invitation's workspace with its role. Idempotent for members already in (their role is kept).
 * Anonymous identities may join only workspaces that allow them, and only as participants.
 */
export async function acceptInvitation(ctx: Context, actor: Actor, token: string): Promise<WorkspaceRow> {
  return ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    const { invitation, workspace } = await findUsableInvitation(txCtx, token);
    if (actor.anonymous && (!workspace.allowAnonymous || !anonymousRoles.includes(invitation.role))) {
      throw new AppError(
        "anonymous-not-allowed",
        workspace.allowAnonymous
          ? `Sign up to join as ${invitation.role}: anonymous identities can only participate.`
          : "This workspace does not accept anonymous participants. Sign up or sign in to join.",
      );
    }
    const store = openWorkspaceStore(tx, workspace.id);
    if (await store.roleOf(actor.userId)) return workspace;
    await assertMayJoin(tx, workspace.id, actor.userId);
    await store.addMember(actor.userId, invitation.role);
    await store.countInvitationUse(invitation.id);
    const member = await store.member(actor.userId);
    await publishEvent(
      tx,
      {
        type: "member.joined",
        workspaceId: workspace.id,
        at: ctx.now.toISOString(),
        data: {
          userId: actor.userId,
          name: member?.name ?? "",
          role: invitation.role,
          anonymous: actor.anonymous,
        },
      },
      { kind: "workspace", workspaceId: workspace.id },
    );
    return workspace;
  });
}
