// Tables of a plan's editorial calendar: actions and publications per channel, the predictable events that hold
// content prepared in advance, and the workspace's time zone in which their dates are read and written.
import {
  boolean,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";
import { challenges } from "./challenges.ts";
import { plans } from "./plans.ts";
import { workspaces } from "./workspaces.ts";

const at = (name: string) => timestamp(name, { withTimezone: true });

/** The IANA time zone of a workspace (a missing row reads Europe/Paris). */
export const workspaceTimeZones = pgTable("workspace_time_zones", {
  workspaceId: uuid("workspace_id")
    .primaryKey()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  timeZone: text("time_zone").notNull(),
  updatedAt: at("updated_at").notNull().defaultNow(),
});

export const calendarItemKindEnum = pgEnum("calendar_item_kind", ["action", "publication"]);
export const calendarItemStatusEnum = pgEnum("calendar_item_status", [
  "idea",
  "draft",
  "ready",
  "approved",
  "published",
]);

/**
 * A foreseeable moment (a snowfall, a market day) for which content is prepared in advance; `on` is null when its
 * day is not known yet (the first snow).
 */
export const calendarEvents = pgTable(
  "calendar_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    on: date("on", { mode: "string" }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (table) => [index("calendar_events_plan_idx").on(table.planId)],
);

/** An action or a publication of the calendar, with its readiness checklist and the client's approval. */
export const calendarItems = pgTable(
  "calendar_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    kind: calendarItemKindEnum("kind").notNull(),
    title: text("title").notNull(),
    message: text("message").notNull().default(""),
    /** Where it is published or done: "Instagram", "Marché", "Site web". */
    channel: text("channel").notNull(),
    ownerId: uuid("owner_id").references(() => users.id, { onDelete: "set null" }),
    /**
     * The day it is due, in the workspace's time zone (null for an item waiting for a predictable event). A wall-clock
     * day and time, not an instant: "Tuesday 10:00" stays 10:00 across a daylight-saving change.
     */
    dueOn: date("due_on", { mode: "string" }),
    /** The local time `HH:MM` on `dueOn`; null for an all-day item. */
    dueTime: text("due_time"),
    /** The predictable event it waits for, when it has no date of its own. */
    eventId: uuid("event_id").references(() => calendarEvents.id, { onDelete: "set null" }),
    /** The challenge this action launches. */
    challengeId: uuid("challenge_id").references(() => challenges.id, { onDelete: "set null" }),
    status: calendarItemStatusEnum("status").notNull().default("idea"),
    textWritten: boolean("text_written").notNull().default(false),
    visualReady: boolean("visual_ready").notNull().default(false),
    validated: boolean("validated").notNull().default(false),
    scheduled: boolean("scheduled").notNull().default(false),
    /** What the client asked to change, until the item is approved. */
    changesAsked: text("changes_asked"),
    /** Who last approved it or asked changes, and when. */
    reviewedBy: uuid("reviewed_by").references(() => users.id, { onDelete: "set null" }),
    reviewedAt: at("reviewed_at"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (table) => [index("calendar_items_plan_idx").on(table.planId, table.dueOn)],
);

/** A plan's calendar settings: how many days ahead an item not ready is flagged (a missing row reads 3). */
export const planCalendarSettings = pgTable(
  "plan_calendar_settings",
  {
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    soonDays: integer("soon_days").notNull(),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.planId] })],
);
