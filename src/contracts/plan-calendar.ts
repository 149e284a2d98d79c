// Request and response schemas of a plan's editorial calendar: items, predictable events, the client's review.
import { type Static, Type } from "@sinclair/typebox";
import { Uuid } from "./common.ts";

export const CalendarItemParams = Type.Object({ workspaceId: Uuid, itemId: Uuid });
export const CalendarEventParams = Type.Object({ workspaceId: Uuid, eventId: Uuid });

const Title = (max: number) => Type.String({ minLength: 1, maxLength: max, pattern: "\\S" });
const Day = Type.String({ pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "A day, YYYY-MM-DD" });
const Time = Type.String({ pattern: "^\\d{2}:\\d{2}$", description: "A local time, HH:MM" });
const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T, description: string) =>
  Type.Union([schema, Type.Null()], { description });

export const CalendarItemStatusSchema = Type.Union([
  Type.Literal("idea"),
  Type.Literal("draft"),
  Type.Literal("ready"),
  Type.Literal("approved"),
  Type.Literal("published"),
]);
export type CalendarItemStatus = Static<typeof CalendarItemStatusSchema>;
export const CalendarItemKindSchema = Type.Union([Type.Literal("action"), Type.Literal("publication")]);

export const ChecklistSchema = Type.Object(
  {
    textWritten: Type.Boolean(),
    visualReady: Type.Boolean(),
    validated: Type.Boolean(),
    scheduled: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type Checklist = Static<typeof ChecklistSchema>;

const itemFields = {
  kind: CalendarItemKindSchema,
  title: Title(200),
  message: Type.String({ maxLength: 5000 }),
  channel: Title(80),
  ownerId: Type.Union([Uuid, Type.Null()], { description: "A member who reads plans" }),
  dueOn: Nullable(Day, "The day in the workspace's time zone; null while waiting for a predictable event"),
  dueTime: Nullable(Time, "The local time; null for an all-day item"),
  eventId: Type.Union([Uuid, Type.Null()], { description: "The predictable event it waits for" }),
  challengeId: Type.Union([Uuid, Type.Null()], { description: "The challenge of the workspace it launches" }),
  status: CalendarItemStatusSchema,
  checklist: ChecklistSchema,
};

export const CreateCalendarItemBody = Type.Object(
  {
    ...itemFields,
    kind: Type.Optional(itemFields.kind),
    message: Type.Optional(itemFields.message),
    ownerId: Type.Optional(itemFields.ownerId),
    dueOn: Type.Optional(itemFields.dueOn),
    dueTime: Type.Optional(itemFields.dueTime),
    eventId: Type.Optional(itemFields.eventId),
    challengeId: Type.Optional(itemFields.challengeId),
    status: Type.Optional(itemFields.status),
    checklist: Type.Optional(itemFields.checklist),
  },
  { additionalProperties: false },
);
export type CreateCalendarItem = Static<typeof CreateCalendarItemBody>;

export const UpdateCalendarItemBody = Type.Partial(Type.Object(itemFields), { additionalProperties: false });
export type UpdateCalendarItem = Static<typeof UpdateCalendarItemBody>;

export const ReviewCalendarItemBody = Type.Object(
  {
    decision: Type.Union([Type.Literal("approve"), Type.Literal("ask-changes")]),
    comment: Type.Optional(Type.String({ maxLength: 2000, description: "Required when asking changes" })),
  },
  { additionalProperties: false },
);
export type ReviewCalendarItem = Static<typeof ReviewCalendarItemBody>;

export const CalendarEventBody = Type.Object(
  {
    title: Title(200),
    description: Type.Optional(Type.String({ maxLength: 2000 })),
    on: Type.Optional(Nullable(Day, "The day it happens, once known")),
  },
  { additionalProperties: false },
);
export const UpdateCalendarEventBody = Type.Partial(CalendarEventBody, { additionalProperties: false });
export type CalendarEventInput = Static<typeof UpdateCalendarEventBody>;

export const CalendarSettingsBody = Type.Object(
  {
    soonDays: Type.Integer({
      minimum: 0,
      maximum: 60,
      description: "Days ahead an item not ready is flagged",
    }),
  },
  { additionalProperties: false },
);

export const CalendarQuery = Type.Object(
  {
    from: Type.Optional(Day),
    to: Type.Optional(Day),
    channel: Type.Optional(Type.String({ maxLength: 80 })),
  },
  { additionalProperties: false },
);

/** Why an item is flagged: past its day and not published, due soon and not ready, waiting for an event not ready. */
export const CalendarFlagSchema = Type.Union([
  Type.Literal("late"),
  Type.Literal("due-soon"),
  Type.Literal("event-not-ready"),
]);
export type CalendarFlag = Static<typeof CalendarFlagSchema>;

export const CalendarItemSchema = Type.Object({
  id: Uuid,
  planId: Uuid,
  kind: CalendarItemKindSchema,
  title: Type.String(),
  message: Type.String(),
  channel: Type.String(),
  ownerId: Type.Union([Uuid, Type.Null()]),
  ownerName: Type.Union([Type.String(), Type.Null()]),
  dueOn: Type.Union([Type.String(), Type.Null()]),
  dueTime: Type.Union([Type.String(), Type.Null()]),
  day: Type.Union([Type.String(), Type.Null()], { description: "Its own day, or its event's once known" }),
  startsAt: Type.Union([Type.String(), Type.Null()], {
    description: "The instant (UTC) of a timed, dated item",
  }),
  eventId: Type.Union([Uuid, Type.Null()]),
  eventTitle: Type.Union([Type.String(), Type.Null()]),
  challengeId: Type.Union([Uuid, Type.Null()]),
  challengeTitle: Type.Union([Type.String(), Type.Null()]),
  status: CalendarItemStatusSchema,
  checklist: ChecklistSchema,
  ready: Type.Boolean(),
  flag: Type.Union([CalendarFlagSchema, Type.Null()]),
  changesAsked: Type.Union([Type.String(), Type.Null()]),
  reviewedAt: Type.Union([Type.String(), Type.Null()]),
  updatedAt: Type.String(),
});
export type CalendarItem = Static<typeof CalendarItemSchema>;

export const CalendarEventSchema = Type.Object({
  id: Uuid,
  title: Type.String(),
  description: Type.String(),
  on: Type.Union([Type.String(), Type.Null()]),
  itemCount: Type.Integer(),
  readyCount: Type.Integer(),
});
export type CalendarEvent = Static<typeof CalendarEventSchema>;

export const CalendarResponse = Type.Object({
  timeZone: Type.String(),
  today: Type.String({ description: "Today in the workspace's time zone" }),
  soonDays: Type.Integer(),
  channels: Type.Array(Type.String(), { description: "Every channel of the plan's items" }),
  items: Type.Array(CalendarItemSchema),
  events: Type.Array(CalendarEventSchema),
});
export type CalendarView = Static<typeof CalendarResponse>;

export const CalendarItemResponse = Type.Object({ item: CalendarItemSchema });
export const CalendarEventResponse = Type.Object({ event: CalendarEventSchema });
