// Turns stored rows into the API's JSON shapes (camelCase, ISO dates, nothing secret).
import type { Static } from "@sinclair/typebox";
import type { User } from "../../contracts/accounts.ts";
import type { Invitation, Member, Workspace } from "../../contracts/workspaces.ts";
import type { UserRow } from "../../db/stores/account-store.ts";
import type { InvitationRow, MemberRow, Role, WorkspaceRow } from "../../db/stores/workspace-store.ts";

export function presentUser(user: UserRow): Static<typeof User> {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    anonymous: user.anonymous,
    locale: user.locale === "en" ? "en" : "fr",
  };
}

export function presentWorkspace(workspace: WorkspaceRow, role: Role): Static<typeof Workspace> {
  return {
    id: workspace.id,
    name: workspace.name,
    kind: workspace.kind,
    allowAnonymous: workspace.allowAnonymous,
    role,
    createdAt: workspace.createdAt.toISOString(),
  };
}

/** Members; e-mail addresses only for those who manage members. */
export function presentMember(member: MemberRow, showEmail: boolean): Static<typeof Member> {
  return {
    userId: member.userId,
    name: member.name,
    email: showEmail ? member.email : null,
    anonymous: member.anonymous,
    role: member.role,
    joinedAt: member.joinedAt.toISOString(),
    blocked: member.blockedAt !== null,
  };
}

export function presentInvitation(invitation: InvitationRow): Static<typeof Invitation> {
  return {
    id: invitation.id,
    role: invitation.role,
    expiresAt: invitation.expiresAt.toISOString(),
    maxUses: invitation.maxUses,
    uses: invitation.uses,
    createdAt: invitation.createdAt.toISOString(),
  };
}
