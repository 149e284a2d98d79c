// Tables of a plan's working sessions: agenda, attendees, decisions, explored paths, urgent needs met, deliverables,
// the versions of the plan frozen when a session closes, and the exports of the plan.
import { sql } from "drizzle-orm";
import {
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";
import { plans } from "./plans.ts";
import { workspaces } from "./workspaces.ts";

const at = (name: string) => timestamp(name, { withTimezone: true });
const bytes = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });
const workspace = () =>
  uuid("workspace_id")
    .notNull()
    .references(() => workspaces.id, { onDelete: "cascade" });
const plan = () =>
  uuid("plan_id")
    .notNull()
    .references(() => plans.id, { onDelete: "cascade" });
/** The columns every record of a session starts with: its id, and the workspace, plan and session it belongs to. */
const sessionRecord = () => ({
  id: uuid("id").primaryKey().defaultRandom(),
  workspaceId: workspace(),
  planId: plan(),
  sessionId: uuid("session_id")
    .notNull()
    .references(() => planSessions.id, { onDelete: "cascade" }),
});
/** Who wrote a row, and when. */
const authored = () => ({
  createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: at("created_at").notNull().defaultNow(),
});

export const planSessionStatusEnum = pgEnum("plan_session_status", ["scheduled", "closed"]);
export const planPathStatusEnum = pgEnum("plan_path_status", ["explored", "kept", "abandoned"]);
export const planNeedKindEnum = pgEnum("plan_need_kind", ["text", "post", "tool", "other"]);
export const planDeliverableStatusEnum = pgEnum("plan_deliverable_status", [
  "draft",
  "submitted",
  "validated",
  "changes-asked",
]);
export const planExportFormatEnum = pgEnum("plan_export_format", ["pdf", "docx", "markdown"]);

/** A working session (a regular brainstorming meeting of consultant and client) on one plan. */
export const planSessions = pgTable(
  "plan_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: workspace(),
    planId: plan(),
    title: text("title").notNull(),
    scheduledAt: at("scheduled_at").notNull(),
    status: planSessionStatusEnum("status").notNull().default("scheduled"),
    /** Free minutes of the meeting, written while it runs. */
    notes: text("notes").notNull().default(""),
    ...authored(),
    closedAt: at("closed_at"),
    closedBy: uuid("closed_by").references(() => users.id, { onDelete: "set null" }),
  },
  (table) => [index("plan_sessions_plan_idx").on(table.planId, table.scheduledAt)],
);

/** Who attends a session: members of the workspace who read plans. */
export const planSessionAttendees = pgTable(
  "plan_session_attendees",
  {
    sessionId: uuid("session_id")
      .notNull()
      .references(() => planSessions.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    workspaceId: workspace(),
  },
  (table) => [primaryKey({ columns: [table.sessionId, table.userId] })],
);

/** One point of a session's agenda, in order, with the minutes it is given (as Decidim's meeting agenda). */
export const planAgendaItems = pgTable(
  "plan_agenda_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: workspace(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => planSessions.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    durationMinutes: integer("duration_minutes").notNull(),
  },
  (table) => [index("plan_agenda_items_session_idx").on(table.sessionId, table.position)],
);

/**
 * A decision taken in a session (Loomio's outcome): what was decided, the option chosen among those considered, who
 * carries it, and the date to look at it again; `remindedAt` is set once the review reminder went out.
 */
export const planDecisions = pgTable(
  "plan_decisions",
  {
    ...sessionRecord(),
    statement: text("statement").notNull(),
    options: jsonb("options").$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    chosenOption: text("chosen_option"),
    carriedBy: uuid("carried_by").references(() => users.id, { onDelete: "set null" }),
    reviewOn: date("review_on", { mode: "string" }),
    remindedAt: at("reminded_at"),
    ...authored(),
  },
  (table) => [
    index("plan_decisions_plan_idx").on(table.planId, table.createdAt),
    index("plan_decisions_review_idx").on(table.reviewOn).where(sql`${table.remindedAt} IS NULL`),
  ],
);

/** A path explored in a session: kept, still explored, or abandoned with why (it stays visible). */
export const planPaths = pgTable(
  "plan_paths",
  {
    ...sessionRecord(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    status: planPathStatusEnum("status").notNull().default("explored"),
    /** Why it was abandoned (required with that status) or kept. */
    reason: text("reason"),
    ...authored(),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (table) => [index("plan_paths_plan_idx").on(table.planId, table.createdAt)],
);

/** An urgent need of the client met between two sessions (a text, a post, a tool), reported at a session. */
export const planUrgentNeeds = pgTable(
  "plan_urgent_needs",
  {
    ...sessionRecord(),
    need: text("need").notNull(),
    kind: planNeedKindEnum("kind").notNull(),
    /** What was produced to meet it. */
    response: text("response").notNull(),
    metOn: date("met_on", { mode: "string" }).notNull(),
    ...authored(),
  },
  (table) => [index("plan_urgent_needs_plan_idx").on(table.planId, table.metOn)],
);

/** A text or a file produced in a session for the client, with where it stands. */
export const planDeliverables = pgTable(
  "plan_deliverables",
  {
    ...sessionRecord(),
    title: text("title").notNull(),
    /** The deliverable's text, when it is a text. */
    body: text("body"),
    fileName: text("file_name"),
    mediaType: text("media_type"),
    file: bytes("file"),
    status: planDeliverableStatusEnum("status").notNull().default("draft"),
    /** What the client asked to change, with `changes-asked`. */
    statusNote: text("status_note"),
    statusBy: uuid("status_by").references(() => users.id, { onDelete: "set null" }),
    ...authored(),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (table) => [index("plan_deliverables_plan_idx").on(table.planId, table.createdAt)],
);

/**
 * A frozen version of the plan: the readable copy of its sections at that moment (`readPlanContent`'s sections), taken
 * when a session closes. Numbered 1, 2, … per plan.
 */
export const planVersions = pgTable(
  "plan_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: workspace(),
    planId: plan(),
    number: integer("number").notNull(),
    sessionId: uuid("session_id").references(() => planSessions.id, { onDelete: "set null" }),
    sections: jsonb("sections").$type<unknown[]>().notNull(),
    ...authored(),
  },
  (table) => [unique("plan_versions_number_key").on(table.planId, table.number)],
);

/**
 * An export of the plan, with the sections it held (to say what changed since the last one delivered), and whether
 * it was delivered to the client.
 */
export const planExports = pgTable(
  "plan_exports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: workspace(),
    planId: plan(),
    format: planExportFormatEnum("format").notNull(),
    withAnnex: boolean("with_annex").notNull().default(false),
    sections: jsonb("sections").$type<unknown[]>().notNull(),
    ...authored(),
    deliveredAt: at("delivered_at"),
    deliveredBy: uuid("delivered_by").references(() => users.id, { onDelete: "set null" }),
  },
  (table) => [index("plan_exports_plan_idx").on(table.planId, table.createdAt)],
);
