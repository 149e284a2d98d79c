// Request and response schemas of the debrief: groups' heard / will-do, actions and their progress, open data.
import { type Static, Type } from "@sinclair/typebox";
import { NullableUrl, Text, Uuid } from "./common.ts";

export const ActionStatusSchema = Type.Union(
  [Type.Literal("planned"), Type.Literal("in-progress"), Type.Literal("done"), Type.Literal("not-retained")],
  { description: "planned, in-progress, done, or not-retained (then with a reason)" },
);

const DueDate = Type.Union([
  Type.String({ maxLength: 10, description: "A calendar date, YYYY-MM-DD" }),
  Type.Null(),
]);
const Reason = Type.Union([Type.String({ maxLength: 2000 }), Type.Null()]);

export const GroupParams = Type.Object({ workspaceId: Uuid, groupId: Uuid });
export const ActionParams = Type.Object({ workspaceId: Uuid, actionId: Uuid });

export const GroupDebriefBody = Type.Object(
  {
    heard: Type.Optional(Type.Union([Type.String({ maxLength: 10_000 }), Type.Null()])),
    willDo: Type.Optional(Type.Union([Type.String({ maxLength: 10_000 }), Type.Null()])),
  },
  { additionalProperties: false },
);

export const CreateActionBody = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 300 }),
    owner: Type.String({ minLength: 1, maxLength: 200, description: "Who carries it, e.g. Service voirie" }),
    groupId: Type.Optional(
      Type.Union([Uuid, Type.Null()], { description: "Absent or null: challenge-wide" }),
    ),
    status: Type.Optional(ActionStatusSchema),
    reason: Type.Optional(Reason),
    dueDate: Type.Optional(DueDate),
  },
  { additionalProperties: false },
);

export const UpdateActionBody = Type.Object(
  {
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
    owner: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    groupId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    dueDate: Type.Optional(DueDate),
  },
  { additionalProperties: false },
);

export const ActionStatusBody = Type.Object(
  { status: ActionStatusSchema, reason: Type.Optional(Reason) },
  { additionalProperties: false },
);

export const Action = Type.Object({
  id: Uuid,
  groupId: Type.Union([Uuid, Type.Null()]),
  title: Type.String(),
  owner: Type.String(),
  status: ActionStatusSchema,
  reason: Type.Union([Type.String(), Type.Null()]),
  dueDate: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: "date-time" }),
  updatedAt: Type.String({ format: "date-time" }),
  history: Type.Array(
    Type.Object({
      from: Type.Union([ActionStatusSchema, Type.Null()]),
      to: ActionStatusSchema,
      reason: Type.Union([Type.String(), Type.Null()]),
      at: Type.String({ format: "date-time" }),
    }),
    { description: "Every move of the action, oldest first; the first is its creation" },
  ),
});
export type ActionBody = Static<typeof Action>;
export const ActionResponse = Type.Object({ action: Action });

export const Debrief = Type.Object({
  challenge: Type.Object({ id: Uuid, title: Type.String(), workspaceId: Uuid }),
  published: Type.Boolean(),
  debrief: Type.Union([
    Type.Object({
      text: Type.Union([Type.String(), Type.Null()]),
      mediaUrl: Type.Union([Type.String(), Type.Null()]),
      publishedAt: Type.Union([Type.String({ format: "date-time" }), Type.Null()]),
    }),
    Type.Null(),
  ]),
  groups: Type.Array(
    Type.Object({
      id: Uuid,
      name: Type.String(),
      size: Type.Integer({ description: "Ideas of the group the public sees" }),
      heard: Type.Union([Type.String(), Type.Null()]),
      willDo: Type.Union([Type.String(), Type.Null()]),
      ideaTitles: Type.Array(Type.String(), { description: "A few of its ideas, the most supported first" }),
      actions: Type.Array(Action),
    }),
  ),
  actions: Type.Array(Action, { description: "Challenge-wide actions" }),
  progress: Type.Object({ done: Type.Integer(), inProgress: Type.Integer(), total: Type.Integer() }),
});
export type DebriefBody = Static<typeof Debrief>;
export const DebriefResponse = Type.Object({ debrief: Debrief });

export const openDataDatasets = ["ideas", "comments", "reactions", "supports", "actions"] as const;
export type OpenDataDataset = (typeof openDataDatasets)[number];
export const ExportFileParams = Type.Object({
  workspaceId: Uuid,
  challengeId: Uuid,
  file: Type.String({
    pattern: "^(ideas|comments|reactions|supports|actions)\\.(csv|json)$",
    description: "<dataset>.<format>: ideas, comments, reactions, supports or actions; csv or json",
  }),
});
export const PublicExportFileParams = Type.Object({
  challengeId: Uuid,
  file: ExportFileParams.properties.file,
});

/** A challenge's debrief text, written by its managers (the groups' debriefs and actions are above). */
export const DebriefBody = Type.Object(
  {
    text: Text(50_000),
    mediaUrl: Type.Optional(NullableUrl),
    publish: Type.Optional(Type.Boolean({ description: "Show it to participants (once voting is over)" })),
  },
  { additionalProperties: false },
);
