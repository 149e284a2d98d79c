// Request and response schemas of a member's notifications.
import { type Static, Type } from "@sinclair/typebox";
import { Uuid } from "./common.ts";

export const NotificationKindSchema = Type.Union(
  [
    Type.Literal("official-answer"),
    Type.Literal("outcome-set"),
    Type.Literal("debrief-published"),
    Type.Literal("action-updated"),
    Type.Literal("idea-selected"),
    Type.Literal("phase-changed"),
    Type.Literal("listening-alert"),
    Type.Literal("decision-review"),
    Type.Literal("timeline-changed"),
  ],
  {
    description:
      "official-answer: a manager answered an idea I follow; outcome-set: an idea I follow has an outcome; debrief-published: a challenge I contributed to published its debrief; idea-selected: my idea is retained or awarded; phase-changed: a challenge I took part in entered a new phase; timeline-changed: its managers moved a deadline or reopened a phase; action-updated: an action answering my ideas moved; listening-alert: an alert rule of a listening project whose alerts I follow fired; decision-review: a decision of a plan I manage is due for review",
  },
);
export type NotificationKindValue = Static<typeof NotificationKindSchema>;

const AlertKindSchema = Type.Union([
  Type.Literal("volume-spike"),
  Type.Literal("negative-surge"),
  Type.Literal("new-topic"),
  Type.Literal("query-match"),
]);

/** What a listening alert or a decision review says (by `type`). */
export const NotificationDetailsSchema = Type.Union([
  Type.Object({
    type: Type.Literal("listening-alert"),
    ruleId: Uuid,
    ruleName: Type.String(),
    alert: AlertKindSchema,
    from: Type.String({ format: "date", description: "First day looked at" }),
    to: Type.String({ format: "date", description: "The day after the last one looked at" }),
    mentions: Type.Integer({ minimum: 0 }),
    baseline: Type.Optional(
      Type.Number({ description: "volume-spike: the mentions expected over those days" }),
    ),
    netSentiment: Type.Optional(Type.Number({ description: "negative-surge: over the window, −1..1" })),
    previousNetSentiment: Type.Optional(
      Type.Number({ description: "negative-surge: over the window before" }),
    ),
    topic: Type.Optional(Type.String()),
    query: Type.Optional(Type.String()),
    excerpt: Type.Optional(
      Type.String({ description: "query-match: the beginning of one matching mention" }),
    ),
  }),
  Type.Object({
    type: Type.Literal("decision-review"),
    decisionId: Uuid,
    sessionId: Uuid,
    statement: Type.String(),
    reviewOn: Type.String({ format: "date" }),
  }),
]);

export const Notification = Type.Object({
  id: Uuid,
  kind: NotificationKindSchema,
  challenge: Type.Union([Type.Object({ id: Uuid, title: Type.String() }), Type.Null()], {
    description: "The challenge of the kinds about one; null for listening-alert and decision-review",
  }),
  idea: Type.Union([Type.Object({ id: Uuid, title: Type.String() }), Type.Null()]),
  phase: Type.Union([Type.String({ description: "For phase-changed: the phase entered" }), Type.Null()]),
  listeningProject: Type.Union([Type.Object({ id: Uuid, name: Type.String() }), Type.Null()], {
    description: "For listening-alert: the project whose rule fired",
  }),
  plan: Type.Union([Type.Object({ id: Uuid, title: Type.String() }), Type.Null()], {
    description: "For decision-review: the plan of the decision",
  }),
  details: Type.Union([NotificationDetailsSchema, Type.Null()]),
  createdAt: Type.String({ format: "date-time" }),
  read: Type.Boolean(),
});
export const NotificationList = Type.Object({ notifications: Type.Array(Notification) });
export const NotificationQuery = Type.Object(
  { unread: Type.Optional(Type.Union([Type.Literal("true"), Type.Literal("false")])) },
  { additionalProperties: false },
);
export const MarkReadBody = Type.Object(
  { ids: Type.Optional(Type.Array(Uuid, { maxItems: 500, description: "Absent: all of them" })) },
  { additionalProperties: false },
);

/** One kind and the channels a person hears it on. */
export const NotificationPreference = Type.Object(
  { kind: NotificationKindSchema, inApp: Type.Boolean(), email: Type.Boolean() },
  { additionalProperties: false },
);
export const NotificationPreferences = Type.Object({
  preferences: Type.Array(NotificationPreference, { description: "Every kind, in a stable order" }),
  emailAvailable: Type.Boolean({ description: "False for an anonymous identity: it has no e-mail address" }),
});
export const NotificationPreferencesBody = Type.Object(
  { preferences: Type.Array(NotificationPreference, { maxItems: 100 }) },
  { additionalProperties: false },
);
export const UnsubscribeBody = Type.Object(
  { token: Type.String({ minLength: 1, maxLength: 500 }) },
  { additionalProperties: false },
);
export const Unsubscribed = Type.Object({ kind: NotificationKindSchema });
export const UnreadCount = Type.Object({ unread: Type.Integer({ minimum: 0 }) });

/** A notification in the centre, over every workspace: with the workspace it comes from. */
export const OwnNotification = Type.Composite([
  Notification,
  Type.Object({ workspace: Type.Object({ id: Uuid, name: Type.String() }) }),
]);
export const OwnNotificationPage = Type.Object({
  notifications: Type.Array(OwnNotification),
  next: Type.Union([Uuid, Type.Null()], {
    description: "Pass as `before` for the next page; null on the last",
  }),
});
export const OwnNotificationQuery = Type.Object(
  {
    before: Type.Optional(Uuid),
    limit: Type.Optional(
      Type.String({ pattern: "^([1-9]|[1-9][0-9]|100)$", description: "From 1 to 100; 30 when absent" }),
    ),
    unread: Type.Optional(Type.Union([Type.Literal("true"), Type.Literal("false")])),
  },
  { additionalProperties: false },
);
