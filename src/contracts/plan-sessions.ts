// Request and response schemas of a plan's working sessions, their records, versions, history and exports.
import { type Static, Type } from "@sinclair/typebox";
import { Uuid } from "./common.ts";

export const SessionParams = Type.Object({ workspaceId: Uuid, sessionId: Uuid });
export const PathParams = Type.Object({ workspaceId: Uuid, pathId: Uuid });
export const DeliverableParams = Type.Object({ workspaceId: Uuid, deliverableId: Uuid });
export const ExportParams = Type.Object({ workspaceId: Uuid, exportId: Uuid });

const Title = (max: number) => Type.String({ minLength: 1, maxLength: max, pattern: "\\S" });
const Day = Type.String({ pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "A day, YYYY-MM-DD" });
const Instant = Type.String({ format: "date-time" });

const AgendaItem = Type.Object(
  { title: Title(200), durationMinutes: Type.Integer({ minimum: 1, maximum: 600 }) },
  { additionalProperties: false },
);

export const ScheduleSessionBody = Type.Object(
  {
    title: Title(200),
    scheduledAt: Instant,
    attendeeIds: Type.Array(Uuid, {
      maxItems: 50,
      description: "Members who read plans (owners, managers, guests)",
    }),
    agenda: Type.Array(AgendaItem, { maxItems: 30 }),
  },
  { additionalProperties: false },
);

export const UpdateSessionBody = Type.Object(
  {
    title: Type.Optional(Title(200)),
    scheduledAt: Type.Optional(Instant),
    attendeeIds: Type.Optional(Type.Array(Uuid, { maxItems: 50 })),
    agenda: Type.Optional(Type.Array(AgendaItem, { maxItems: 30 })),
    notes: Type.Optional(Type.String({ maxLength: 20000 })),
  },
  { additionalProperties: false },
);

export const DecisionBody = Type.Object(
  {
    statement: Title(2000),
    options: Type.Optional(Type.Array(Title(300), { maxItems: 10, description: "The options considered" })),
    chosenOption: Type.Optional(Type.Union([Title(300), Type.Null()])),
    carriedBy: Type.Optional(Type.Union([Uuid, Type.Null()], { description: "The member who carries it" })),
    reviewOn: Type.Optional(Type.Union([Day, Type.Null()], { description: "When to look at it again" })),
  },
  { additionalProperties: false },
);

export const PathStatusSchema = Type.Union([
  Type.Literal("explored"),
  Type.Literal("kept"),
  Type.Literal("abandoned"),
]);
export const PathBody = Type.Object(
  {
    title: Title(300),
    description: Type.Optional(Type.String({ maxLength: 4000 })),
    status: Type.Optional(PathStatusSchema),
    reason: Type.Optional(
      Type.Union([Type.String({ maxLength: 2000 }), Type.Null()], { description: "Required when abandoned" }),
    ),
  },
  { additionalProperties: false },
);
export const PathStatusBody = Type.Object(
  {
    status: PathStatusSchema,
    reason: Type.Optional(Type.Union([Type.String({ maxLength: 2000 }), Type.Null()])),
  },
  { additionalProperties: false },
);

export const NeedKindSchema = Type.Union([
  Type.Literal("text"),
  Type.Literal("post"),
  Type.Literal("tool"),
  Type.Literal("other"),
]);
export const NeedBody = Type.Object(
  { need: Title(1000), kind: NeedKindSchema, response: Title(2000), metOn: Day },
  { additionalProperties: false },
);

export const DeliverableStatusSchema = Type.Union([
  Type.Literal("draft"),
  Type.Literal("submitted"),
  Type.Literal("validated"),
  Type.Literal("changes-asked"),
]);
export const DeliverableBody = Type.Object(
  {
    title: Title(300),
    body: Type.Optional(Type.Union([Type.String({ maxLength: 50000 }), Type.Null()])),
    file: Type.Optional(
      Type.Union([
        Type.Object(
          {
            name: Title(200),
            mediaType: Type.String({ maxLength: 120 }),
            base64: Type.String({
              maxLength: 7_000_000,
              description: "The file's bytes in base64 (at most 5 MiB)",
            }),
          },
          { additionalProperties: false },
        ),
        Type.Null(),
      ]),
    ),
  },
  { additionalProperties: false },
);
export const DeliverableStatusBody = Type.Object(
  {
    status: DeliverableStatusSchema,
    note: Type.Optional(Type.Union([Type.String({ maxLength: 2000 }), Type.Null()])),
  },
  { additionalProperties: false },
);

const Person = Type.Object({ userId: Uuid, name: Type.String() });
export const Decision = Type.Object({
  id: Uuid,
  sessionId: Uuid,
  statement: Type.String(),
  options: Type.Array(Type.String()),
  chosenOption: Type.Union([Type.String(), Type.Null()]),
  carriedBy: Type.Union([Person, Type.Null()]),
  reviewOn: Type.Union([Day, Type.Null()]),
  reviewDue: Type.Boolean({ description: "Its review date has come" }),
  createdAt: Instant,
});
export const Path = Type.Object({
  id: Uuid,
  sessionId: Uuid,
  title: Type.String(),
  description: Type.String(),
  status: PathStatusSchema,
  reason: Type.Union([Type.String(), Type.Null()]),
  updatedAt: Instant,
});
export const Need = Type.Object({
  id: Uuid,
  sessionId: Uuid,
  need: Type.String(),
  kind: NeedKindSchema,
  response: Type.String(),
  metOn: Day,
});
export const Deliverable = Type.Object({
  id: Uuid,
  sessionId: Uuid,
  title: Type.String(),
  body: Type.Union([Type.String(), Type.Null()]),
  file: Type.Union([
    Type.Object({ name: Type.String(), mediaType: Type.String(), url: Type.String() }),
    Type.Null(),
  ]),
  status: DeliverableStatusSchema,
  statusNote: Type.Union([Type.String(), Type.Null()]),
  updatedAt: Instant,
});
export const VersionChange = Type.Object({
  sectionId: Type.String(),
  title: Type.String(),
  change: Type.Union([
    Type.Literal("added"),
    Type.Literal("removed"),
    Type.Literal("changed"),
    Type.Literal("moved"),
  ]),
});
export const Version = Type.Object({
  number: Type.Integer(),
  sessionId: Type.Union([Uuid, Type.Null()]),
  createdAt: Instant,
  changes: Type.Array(VersionChange, { description: "What changed since the previous version" }),
});
export const Session = Type.Object({
  id: Uuid,
  planId: Uuid,
  title: Type.String(),
  scheduledAt: Instant,
  status: Type.Union([Type.Literal("scheduled"), Type.Literal("closed")]),
  notes: Type.String(),
  closedAt: Type.Union([Instant, Type.Null()]),
  attendees: Type.Array(Person),
  agenda: Type.Array(Type.Object({ title: Type.String(), durationMinutes: Type.Integer() })),
  decisions: Type.Array(Decision),
  paths: Type.Array(Path),
  needs: Type.Array(Need),
  deliverables: Type.Array(Deliverable),
  version: Type.Union([Version, Type.Null()], {
    description: "The version of the plan frozen when it closed",
  }),
});
export type SessionBody = Static<typeof Session>;

export const PlanSessionsResponse = Type.Object({
  sessions: Type.Array(Session, { description: "Oldest first" }),
  versions: Type.Array(Version, { description: "Newest first" }),
});
export type PlanSessionsBody = Static<typeof PlanSessionsResponse>;
export const SessionResponse = Type.Object({ session: Session });

export const CompareQuery = Type.Object(
  {
    from: Type.String({
      pattern: "^([1-9][0-9]{0,5}|current)$",
      description: "A version number, or current",
    }),
    to: Type.String({ pattern: "^([1-9][0-9]{0,5}|current)$", description: "A version number, or current" }),
  },
  { additionalProperties: false },
);
export const SectionDiff = Type.Object({
  sectionId: Type.String(),
  title: Type.String(),
  previousTitle: Type.Union([Type.String(), Type.Null()]),
  change: Type.Union([
    Type.Literal("added"),
    Type.Literal("removed"),
    Type.Literal("changed"),
    Type.Literal("unchanged"),
  ]),
  moved: Type.Boolean(),
  parts: Type.Array(
    Type.Object({
      change: Type.Union([Type.Literal("same"), Type.Literal("added"), Type.Literal("removed")]),
      text: Type.String(),
    }),
  ),
});
export const CompareResponse = Type.Object({ sections: Type.Array(SectionDiff) });
export type CompareBody = Static<typeof CompareResponse>;

export const RestoreSectionBody = Type.Object(
  { version: Type.Integer({ minimum: 1, description: "The version to take the section's content from" }) },
  { additionalProperties: false },
);

export const ExportFormatSchema = Type.Union([
  Type.Literal("pdf"),
  Type.Literal("docx"),
  Type.Literal("markdown"),
]);
export const ExportQuery = Type.Object(
  {
    format: ExportFormatSchema,
    annex: Type.Optional(
      Type.Union([Type.Literal("true"), Type.Literal("false")], { description: "Add the sessions' annex" }),
    ),
  },
  { additionalProperties: false },
);
export const PlanExport = Type.Object({
  id: Uuid,
  format: ExportFormatSchema,
  withAnnex: Type.Boolean(),
  createdAt: Instant,
  deliveredAt: Type.Union([Instant, Type.Null()]),
});
export const PlanExportsResponse = Type.Object({
  exports: Type.Array(PlanExport, { description: "Newest first" }),
  changesSinceDelivery: Type.Union([Type.Array(VersionChange), Type.Null()], {
    description: "What changed since the last export delivered to the client; null when none was delivered",
  }),
});
export type PlanExportsBody = Static<typeof PlanExportsResponse>;
export const PlanExportResponse = Type.Object({ export: PlanExport });

/** The plan-level events of sessions, versions and exports on the live channel; `data.planId` names the plan. */
export const planSessionEvents = [
  "session.scheduled",
  "session.updated",
  "session.closed",
  "decision.recorded",
  "path.recorded",
  "path.updated",
  "need.recorded",
  "deliverable.recorded",
  "deliverable.updated",
  "section.restored",
  "export.delivered",
] as const;
export type PlanSessionEvent = {
  type: (typeof planSessionEvents)[number];
  data: { planId: string; sessionId?: string; recordId?: string; by: string };
};
