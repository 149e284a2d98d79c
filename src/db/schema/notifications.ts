// Notifications: what a member should hear about, written in the same transaction as the act that causes it.
import { index, pgEnum, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";
import { challenges, ideas } from "./challenges.ts";
import { workspaces } from "./workspaces.ts";

export const notificationKindEnum = pgEnum("notification_kind", [
  "official-answer",
  "outcome-set",
  "debrief-published",
  "action-updated",
]);

/**
 * One message to one member: an official answer or an outcome on an idea they follow, a debrief they fed, an action
 * of a group holding their idea that moved.
 */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: notificationKindEnum("kind").notNull(),
    challengeId: uuid("challenge_id")
      .notNull()
      .references(() => challenges.id, { onDelete: "cascade" }),
    ideaId: uuid("idea_id").references(() => ideas.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (table) => [index("notifications_user_idx").on(table.userId, table.workspaceId, table.createdAt)],
);
