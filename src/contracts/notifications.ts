// Request and response schemas of a member's notifications.
import { Type } from "@sinclair/typebox";
import { Uuid } from "./common.ts";

export const NotificationKindSchema = Type.Union(
  [
    Type.Literal("official-answer"),
    Type.Literal("outcome-set"),
    Type.Literal("debrief-published"),
    Type.Literal("action-updated"),
  ],
  {
    description:
      "official-answer: a manager answered an idea I follow; outcome-set: an idea I follow has an outcome; debrief-published: a challenge I contributed to published its debrief; action-updated: an action answering my ideas moved",
  },
);

export const Notification = Type.Object({
  id: Uuid,
  kind: NotificationKindSchema,
  challenge: Type.Object({ id: Uuid, title: Type.String() }),
  idea: Type.Union([Type.Object({ id: Uuid, title: Type.String() }), Type.Null()]),
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
