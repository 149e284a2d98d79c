// Request and response schemas of workspaces, members and invitations.
import { Type } from "@sinclair/typebox";
import { RoleSchema, Uuid, WorkspaceKindSchema } from "./common.ts";

export const Workspace = Type.Object({
  id: Uuid,
  name: Type.String(),
  kind: WorkspaceKindSchema,
  allowAnonymous: Type.Boolean(),
  role: RoleSchema,
  createdAt: Type.String({ format: "date-time" }),
});

export const WorkspaceParams = Type.Object({ workspaceId: Uuid });
export const MemberParams = Type.Object({ workspaceId: Uuid, userId: Uuid });
export const InvitationParams = Type.Object({ workspaceId: Uuid, invitationId: Uuid });
export const TokenParams = Type.Object({ token: Type.String({ minLength: 10, maxLength: 200 }) });

export const CreateWorkspaceBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 120 }),
    kind: Type.Optional(WorkspaceKindSchema),
    allowAnonymous: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export const UpdateWorkspaceBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })),
    kind: Type.Optional(WorkspaceKindSchema),
    allowAnonymous: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export const WorkspaceResponse = Type.Object({ workspace: Workspace });
export const WorkspaceList = Type.Object({ workspaces: Type.Array(Workspace) });

export const Member = Type.Object({
  userId: Uuid,
  name: Type.String(),
  email: Type.Union([Type.String(), Type.Null()], { description: "Shown to those who manage members only" }),
  anonymous: Type.Boolean(),
  role: RoleSchema,
  joinedAt: Type.String({ format: "date-time" }),
  blocked: Type.Boolean({
    description: "Blocked by moderation: reads, but no longer posts, reacts or supports",
  }),
});
export const BlockBody = Type.Object(
  {
    blocked: Type.Boolean(),
    reason: Type.Optional(Type.Union([Type.String({ maxLength: 1000 }), Type.Null()])),
  },
  { additionalProperties: false },
);
export const MemberList = Type.Object({ members: Type.Array(Member) });
export const ChangeRoleBody = Type.Object({ role: RoleSchema }, { additionalProperties: false });

export const Invitation = Type.Object({
  id: Uuid,
  role: RoleSchema,
  expiresAt: Type.String({ format: "date-time" }),
  maxUses: Type.Union([Type.Integer(), Type.Null()]),
  uses: Type.Integer(),
  createdAt: Type.String({ format: "date-time" }),
});
export const CreateInvitationBody = Type.Object(
  {
    role: RoleSchema,
    expiresInDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 90 })),
    maxUses: Type.Optional(Type.Union([Type.Integer({ minimum: 1, maximum: 100_000 }), Type.Null()])),
  },
  { additionalProperties: false },
);
export const CreatedInvitation = Type.Object({
  invitation: Invitation,
  token: Type.String(),
  url: Type.String({ description: "The link to share; shown once" }),
});
export const InvitationList = Type.Object({ invitations: Type.Array(Invitation) });
export const InvitationPreview = Type.Object({
  workspace: Type.Object({ id: Uuid, name: Type.String(), allowAnonymous: Type.Boolean() }),
  role: RoleSchema,
  expiresAt: Type.String({ format: "date-time" }),
});
