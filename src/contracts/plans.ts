// Request and response schemas of plans: list, create, rename, delete, read the readable copy, validate sections.
import { type TLiteral, Type } from "@sinclair/typebox";
import { Uuid } from "./common.ts";
import { planImageMaxBytes, planImageTypes, type SectionKind, sectionKinds } from "./plan-document.ts";

export const PlanParams = Type.Object({ workspaceId: Uuid, planId: Uuid });
export const PlanSectionParams = Type.Object({
  workspaceId: Uuid,
  planId: Uuid,
  sectionId: Type.String({ minLength: 1, maxLength: 64, pattern: "^[A-Za-z0-9_-]+$" }),
});

const PlanLanguageSchema = Type.Union([Type.Literal("fr"), Type.Literal("en")], {
  description: "The template's and the exports' language",
});

export const CreatePlanBody = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 200, pattern: "\\S" }),
    language: PlanLanguageSchema,
    template: Type.Optional(
      Type.Union([Type.Literal("communication"), Type.Literal("blank")], {
        description: "communication: the ten sections of a communication plan (default); blank: none",
      }),
    ),
  },
  { additionalProperties: false },
);

export const RenamePlanBody = Type.Object(
  { title: Type.String({ minLength: 1, maxLength: 200, pattern: "\\S" }) },
  { additionalProperties: false },
);

export const Plan = Type.Object({
  id: Uuid,
  title: Type.String(),
  language: PlanLanguageSchema,
  createdAt: Type.String({ format: "date-time" }),
  updatedAt: Type.String({ format: "date-time" }),
});

export const PlanResponse = Type.Object({ plan: Plan });
export const PlanListResponse = Type.Object({ plans: Type.Array(Plan) });

export const PlanSection = Type.Object({
  id: Type.String(),
  title: Type.String(),
  kind: Type.Union(sectionKinds.map((kind) => Type.Literal(kind)) as unknown as [TLiteral<SectionKind>]),
  position: Type.Integer(),
  markdown: Type.String(),
  text: Type.String(),
  validation: Type.Union([
    Type.Object({
      by: Type.Union([Uuid, Type.Null()]),
      at: Type.String({ format: "date-time" }),
      changedSince: Type.Boolean({ description: "The section was edited after it was validated" }),
    }),
    Type.Null(),
  ]),
});

export const PlanContentResponse = Type.Object({
  plan: Plan,
  sections: Type.Array(PlanSection),
});

export const PlanCommentParams = Type.Object({ workspaceId: Uuid, planId: Uuid, commentId: Uuid });

export const PlanCommentBody = Type.Object(
  {
    sectionId: Type.String({ minLength: 1, maxLength: 64 }),
    quote: Type.Optional(
      Type.String({ maxLength: 1000, description: "The passage commented, as it reads now" }),
    ),
    body: Type.String({ minLength: 1, maxLength: 5000, pattern: "\\S" }),
    parentId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);

export const PlanCommentResolution = Type.Object(
  { resolved: Type.Boolean() },
  { additionalProperties: false },
);

export const PlanComment = Type.Object({
  id: Uuid,
  sectionId: Type.String(),
  parentId: Type.Union([Uuid, Type.Null()]),
  quote: Type.String(),
  body: Type.String(),
  author: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: "date-time" }),
  resolvedAt: Type.Union([Type.String({ format: "date-time" }), Type.Null()]),
});

export const PlanCommentsResponse = Type.Object({ comments: Type.Array(PlanComment) });
export const PlanCommentResponse = Type.Object({ comment: PlanComment });

export const PlanImageParams = Type.Object({ workspaceId: Uuid, planId: Uuid, imageId: Uuid });

export const PlanImageBody = Type.Object(
  {
    mediaType: Type.Union(planImageTypes.map((type) => Type.Literal(type)) as unknown as [TLiteral<string>], {
      description: "image/png, image/jpeg, image/webp or image/gif",
    }),
    data: Type.String({
      minLength: 1,
      maxLength: Math.ceil(planImageMaxBytes / 3) * 4 + 4,
      description: "The image's bytes in base64, at most 5 MiB",
    }),
  },
  { additionalProperties: false },
);

export const PlanImageResponse = Type.Object({ image: Type.Object({ id: Uuid, url: Type.String() }) });
