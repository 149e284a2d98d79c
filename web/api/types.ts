// The API's response shapes, derived from the server's contracts so both sides change together.
import type { Static } from "@sinclair/typebox";
import type { User } from "../../src/contracts/accounts.ts";
import type { RoleSchema, WorkspaceKindSchema } from "../../src/contracts/common.ts";
import type {
  CreatedInvitation,
  Invitation,
  InvitationPreview,
  Member,
  Workspace,
} from "../../src/contracts/workspaces.ts";

export type UserData = Static<typeof User>;
export type Role = Static<typeof RoleSchema>;
export type WorkspaceKind = Static<typeof WorkspaceKindSchema>;
export type WorkspaceData = Static<typeof Workspace>;
export type MemberData = Static<typeof Member>;
export type InvitationData = Static<typeof Invitation>;
export type CreatedInvitationData = Static<typeof CreatedInvitation>;
export type InvitationPreviewData = Static<typeof InvitationPreview>;

export const roles: readonly Role[] = ["owner", "manager", "moderator", "participant", "guest"];
export const workspaceKinds: readonly WorkspaceKind[] = [
  "brand",
  "city",
  "chamber",
  "ngo",
  "consultancy",
  "other",
];

/** Roles each role may grant, change or remove; mirrors the server's table, which decides anyway. */
export const assignableRoles: Record<Role, readonly Role[]> = {
  owner: roles,
  manager: ["moderator", "participant", "guest"],
  moderator: [],
  participant: [],
  guest: [],
};

export const canInvite = (role: Role): boolean => role === "owner" || role === "manager";
export const canEditWorkspace = (role: Role): boolean => role === "owner";
