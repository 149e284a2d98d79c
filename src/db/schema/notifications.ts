// Notifications: what a member should hear about, written in the same transaction as the act that causes it.
import { sql } from "drizzle-orm";
import { boolean, check, index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";
import { challenges, ideas } from "./challenges.ts";
import { listeningProjects } from "./listening.ts";
import type { NotificationDetails } from "./notification-details.ts";
import { plans } from "./plans.ts";
import { workspaces } from "./workspaces.ts";

export const notificationKindEnum = pgEnum("notification_kind", [
  "official-answer",
  "outcome-set",
  "debrief-published",
  "action-updated",
  "idea-selected",
  "phase-changed",
  "listening-alert",
  "decision-review",
  "timeline-changed",
]);

/** The kinds about a challenge: they carry its id (and an idea's or a phase where they say so). */
export const challengeNotificationKinds = [
  "official-answer",
  "outcome-set",
  "debrief-published",
  "action-updated",
  "idea-selected",
  "phase-changed",
] as const;

/**
 * One message to one member: an official answer or an outcome on an idea they follow, their idea selected, a phase
 * of a challenge they took part in, a debrief they fed, an action answering a group that holds their idea moving on;
 * an alert rule of a listening project firing; a plan's decision due for review. Each kind names its subject: a
 * challenge, a listening project or a plan, with what it says in `details` (a CHECK holds each kind to it).
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
    challengeId: uuid("challenge_id").references(() => challenges.id, { onDelete: "cascade" }),
    ideaId: uuid("idea_id").references(() => ideas.id, { onDelete: "cascade" }),
    /** For `phase-changed`: the phase the challenge entered. */
    phase: text("phase"),
    /** For `listening-alert`: the project whose rule fired. */
    listeningProjectId: uuid("listening_project_id").references(() => listeningProjects.id, {
      onDelete: "cascade",
    }),
    /** For `decision-review`: the plan of the decision. */
    planId: uuid("plan_id").references(() => plans.id, { onDelete: "cascade" }),
    /** What a kind outside challenges says (the alert's figures, the decision), typed by kind. */
    details: jsonb("details").$type<NotificationDetails>(),
    inApp: boolean("in_app").notNull().default(true),
    emailPending: boolean("email_pending").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (table) => [
    index("notifications_user_idx").on(table.userId, table.workspaceId, table.createdAt),
    index("notifications_email_pending_idx").on(table.createdAt).where(sql`${table.emailPending}`),
    // `kind::text`: a value added to the enum cannot be compared as the enum in the migration that adds it.
    check(
      "notifications_subject_check",
      sql`CASE ${table.kind}::text
        WHEN 'listening-alert' THEN ${table.listeningProjectId} IS NOT NULL AND ${table.details} IS NOT NULL
        WHEN 'decision-review' THEN ${table.planId} IS NOT NULL AND ${table.details} IS NOT NULL
        ELSE ${table.challengeId} IS NOT NULL END`,
    ),
  ],
);
