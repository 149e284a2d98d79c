// Request and response schemas of a person's data rights and account settings: export, erasure, password, e-mail,
// contributions, and each workspace's erasure policy.
import { type Static, Type } from "@sinclair/typebox";
import { DateTime, Uuid } from "./common.ts";

const Email = Type.String({ format: "email", maxLength: 254, description: "E-mail address" });
const Password = Type.String({ minLength: 1, maxLength: 200 });

export const ErasurePolicySchema = Type.Union(
  [Type.Literal("keep"), Type.Literal("person-chooses"), Type.Literal("remove")],
  {
    description:
      "What becomes of an erased person's contributions: kept under a deleted participant, the person's choice (kept unless they ask for removal), or removed",
  },
);
export const ContributionsChoiceSchema = Type.Union([Type.Literal("keep"), Type.Literal("remove")], {
  description:
    "Keep contributions under a deleted participant, or remove them; the workspace's policy may decide",
});

export const ErasurePolicyBody = Type.Object(
  { policy: ErasurePolicySchema },
  { additionalProperties: false },
);
export const ErasurePolicyResponse = Type.Object({ policy: ErasurePolicySchema });

export const AccountErasureBody = Type.Object(
  {
    password: Type.Optional(Password),
    contributions: Type.Optional(ContributionsChoiceSchema),
  },
  { additionalProperties: false },
);
export const MemberErasureBody = Type.Object(
  { contributions: Type.Optional(ContributionsChoiceSchema) },
  { additionalProperties: false },
);

export const WorkspaceErasureSchema = Type.Object({
  workspaceId: Uuid,
  contributions: Type.Union([Type.Literal("kept"), Type.Literal("removed")]),
});
export const AccountErasureResponse = Type.Object({ erasures: Type.Array(WorkspaceErasureSchema) });
export const MemberErasureResponse = Type.Object({ erasure: WorkspaceErasureSchema });

export const PasswordChangeBody = Type.Object(
  { currentPassword: Password, newPassword: Password },
  { additionalProperties: false },
);
export const EmailChangeBody = Type.Object(
  { email: Email, password: Password },
  { additionalProperties: false },
);
export const EmailConfirmBody = Type.Object(
  { token: Type.String({ minLength: 10, maxLength: 200 }) },
  { additionalProperties: false },
);

export const PersonalDatasetSchema = Type.Object({
  name: Type.String(),
  columns: Type.Array(Type.String()),
  rows: Type.Array(Type.Record(Type.String(), Type.Unknown())),
});
export const PersonalDataResponse = Type.Object({
  exportedAt: DateTime,
  account: Type.Object({
    id: Uuid,
    email: Type.Union([Type.String(), Type.Null()]),
    name: Type.String(),
    locale: Type.String(),
    anonymous: Type.Boolean(),
    createdAt: DateTime,
  }),
  datasets: Type.Array(PersonalDatasetSchema),
});
export const PersonalDataFileParams = Type.Object({
  file: Type.String({ pattern: "^[a-z_-]+\\.csv$", maxLength: 100, description: "<dataset>.csv" }),
});

const Place = {
  workspaceId: Uuid,
  workspaceName: Type.String(),
  challengeId: Uuid,
  challengeTitle: Type.String(),
};
export const MyContributionsResponse = Type.Object({
  ideas: Type.Array(
    Type.Object({ id: Uuid, title: Type.String(), status: Type.String(), createdAt: DateTime, ...Place }),
  ),
  comments: Type.Array(
    Type.Object({
      id: Uuid,
      body: Type.String(),
      ideaId: Uuid,
      ideaTitle: Type.String(),
      createdAt: DateTime,
      ...Place,
    }),
  ),
});
export type MyContributions = Static<typeof MyContributionsResponse>;
