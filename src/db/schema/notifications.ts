// Notifications: what a member should hear about, written in the same transaction as the act that causes it.
import { sql } from "drizzle-orm";
import { boolean, index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";
import { challenges, ideas } from "./challenges.ts";
import { workspaces } from "./workspaces.ts";

export const notificationKindEnum = pgEnum("notification_kind", [
  "official-answer",
  "outcome-set",
  "debrief-published",
  "action-updated",
  "idea-selected",
  "phase-changed",
  "timeline-changed",
]);

/**
 * One message to one member: an official answer or an outcome on an idea they follow, their idea selected, a phase
 * of a challenge they took part in, a debrief they fed, an action answering a group that holds their idea moving on.
 * The row is also the e-mail outbox: `emailPending` is set when the member wants this kind by e-mail, and cleared by
 * the one process that sends it, after commit. A member who turned the in-app channel off but kept e-mail gets a row
 * with `inApp` false, which their list does not show.
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
    /** For `phase-changed`: the phase the challenge entered. */
    phase: text("phase"),
    inApp: boolean("in_app").notNull().default(true),
    emailPending: boolean("email_pending").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (table) => [
    index("notifications_user_idx").on(table.userId, table.workspaceId, table.createdAt),
    index("notifications_email_pending_idx").on(table.createdAt).where(sql`${table.emailPending}`),
  ],
);
