// Invitation links: created with a role by those who may grant it, previewed by anyone holding the link, revoked.
import { eq } from "drizzle-orm";
import { invitations, workspaces } from "../../db/schema/workspaces.ts";
import { type InvitationRow, openWorkspaceStore, type Role } from "../../db/stores/workspace-store.ts";
import { AppError } from "../../errors.ts";
import { hashToken, newToken } from "../accounts/secrets.ts";
import type { Context, MemberActor } from "../context.ts";
import { assertCanAssign } from "../permissions.ts";

export interface CreateInvitationInput {
  role: Role;
  expiresInDays?: number;
  maxUses?: number | null;
}

/** Creates a link; the token is returned once and only its hash is stored. */
export async function createInvitation(
  ctx: Context,
  actor: MemberActor,
  input: CreateInvitationInput,
): Promise<{ invitation: InvitationRow; token: string; url: string }> {
  assertCanAssign(actor.role, input.role);
  const token = newToken();
  const days = input.expiresInDays ?? 14;
  const invitation = await openWorkspaceStore(ctx.db, actor.workspaceId).createInvitation({
    tokenHash: hashToken(token),
    role: input.role,
    createdBy: actor.userId,
    expiresAt: new Date(ctx.now.getTime() + days * 86_400_000),
    maxUses: input.maxUses ?? null,
  });
  return { invitation, token, url: invitationUrl(ctx, token) };
}

export function invitationUrl(ctx: Pick<Context, "publicUrl">, token: string): string {
  return `${ctx.publicUrl}/join/${token}`;
}

export async function revokeInvitation(
  ctx: Context,
  actor: MemberActor,
  invitationId: string,
): Promise<void> {
  const store = openWorkspaceStore(ctx.db, actor.workspaceId);
  const invitation = await store.invitation(invitationId);
  if (!invitation) throw new AppError("not-found", "This invitation does not exist in this workspace.");
  assertCanAssign(actor.role, invitation.role);
  await store.revokeInvitation(invitationId, ctx.now);
}

/** An invitation found by its token, with its workspace, after checking it can still be used. */
export async function findUsableInvitation(
  ctx: Context,
  token: string,
): Promise<{ invitation: InvitationRow; workspace: typeof workspaces.$inferSelect }> {
  const [row] = await ctx.db
    .select({ invitation: invitations, workspace: workspaces })
    .from(invitations)
    .innerJoin(workspaces, eq(workspaces.id, invitations.workspaceId))
    .where(eq(invitations.tokenHash, hashToken(token)));
  if (!row || row.invitation.revokedAt) {
    throw new AppError("invitation-invalid", "This invitation link is not valid. Ask for a new one.");
  }
  if (row.invitation.expiresAt <= ctx.now) {
    throw new AppError("invitation-expired", "This invitation link has expired. Ask for a new one.", {
      details: { expiredAt: row.invitation.expiresAt.toISOString() },
    });
  }
  if (row.invitation.maxUses !== null && row.invitation.uses >= row.invitation.maxUses) {
    throw new AppError("invitation-invalid", "This invitation link has been used up. Ask for a new one.");
  }
  return row;
}
