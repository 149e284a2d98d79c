// Request and response schemas of a listening project's alert rules, its alerts and following them.
import { Type } from "@sinclair/typebox";
import { Uuid } from "./common.ts";
import { NotificationDetailsSchema } from "./notifications.ts";

export const AlertRuleParams = Type.Object({ workspaceId: Uuid, projectId: Uuid, ruleId: Uuid });

export const AlertKind = Type.Union(
  [
    Type.Literal("volume-spike"),
    Type.Literal("negative-surge"),
    Type.Literal("new-topic"),
    Type.Literal("query-match"),
  ],
  {
    description:
      "volume-spike: the day's volume far above the week before; negative-surge: net sentiment fell by `drop` between two windows; new-topic: a topic first mentioned in the window; query-match: new mentions match `query`",
  },
);

export const AlertRuleSettingsSchema = Type.Object(
  {
    brand: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 200,
        description: "volume-spike, negative-surge: one name of the frame",
      }),
    ),
    windowDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 90, description: "Days; default 7" })),
    drop: Type.Optional(
      Type.Number({
        minimum: 0.05,
        maximum: 2,
        description: "negative-surge: fall of net sentiment (−1..1); default 0.3",
      }),
    ),
    minimumMentions: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 1_000_000,
        description: "Fewest mentions to judge; default 20 or 5",
      }),
    ),
    query: Type.Optional(
      Type.String({ maxLength: 500, description: 'query-match: words, "phrases", OR, -exclusions' }),
    ),
  },
  { additionalProperties: false },
);

const MinInterval = Type.Integer({
  minimum: 1,
  maximum: 720,
  description: "Hours during which the rule stays quiet after it fired; default 24",
});

export const AlertRule = Type.Object({
  id: Uuid,
  name: Type.String(),
  kind: AlertKind,
  settings: AlertRuleSettingsSchema,
  minIntervalHours: Type.Integer(),
  paused: Type.Boolean(),
  lastFiredAt: Type.Union([Type.String({ format: "date-time" }), Type.Null()]),
  createdAt: Type.String({ format: "date-time" }),
});

export const AlertFiring = Type.Object({
  id: Uuid,
  ruleId: Uuid,
  firedAt: Type.String({ format: "date-time" }),
  details: NotificationDetailsSchema,
});

export const AlertRulesResponse = Type.Object({
  rules: Type.Array(AlertRule),
  firings: Type.Array(AlertFiring, { description: "The project's latest alerts, newest first (at most 30)" }),
  subscribed: Type.Boolean({ description: "Whether I hear this project's alerts" }),
});

export const CreateAlertRuleBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    kind: AlertKind,
    settings: Type.Optional(AlertRuleSettingsSchema),
    minIntervalHours: Type.Optional(MinInterval),
    paused: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const ChangeAlertRuleBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    settings: Type.Optional(AlertRuleSettingsSchema),
    minIntervalHours: Type.Optional(MinInterval),
    paused: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const AlertRuleResponse = Type.Object({ rule: AlertRule });

export const AlertSubscriptionBody = Type.Object(
  { subscribed: Type.Boolean() },
  { additionalProperties: false },
);
export const AlertSubscriptionResponse = Type.Object({ subscribed: Type.Boolean() });
