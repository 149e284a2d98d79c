// Alert rules of a listening project, the alerts they fired, and the members who asked to hear them.
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";
import { listeningProjects } from "./listening.ts";
import { alertKinds, type ListeningAlertDetails } from "./notification-details.ts";
import { workspaces } from "./workspaces.ts";

const at = (name: string) => timestamp(name, { withTimezone: true });

export const listeningAlertKindEnum = pgEnum("listening_alert_kind", alertKinds);

/** What a rule watches beyond its kind; each kind reads only its own fields. */
export interface AlertRuleSettings {
  /** volume-spike, negative-surge: only the mentions of this name of the frame (brand or competitor); absent: all. */
  brand?: string;
  /** negative-surge, new-topic: the window in days (1 to 90). */
  windowDays?: number;
  /** negative-surge: the fall of net sentiment (on −1..1) that fires, from 0.05 to 2. */
  drop?: number;
  /** negative-surge, new-topic: the fewest mentions in the window for the rule to judge. */
  minimumMentions?: number;
  /** query-match: the query, in the frame's syntax (words, "phrases", OR, -exclusions). */
  query?: string;
}

/**
 * A rule a manager set on a listening project. It is judged after each import (`checkedAt` is the end of the last
 * import it looked at), fires at most once per key (a spike's first day, a topic, an import) and never twice within
 * `minIntervalHours` of `lastFiredAt`; a paused rule is not judged.
 */
export const listeningAlertRules = pgTable(
  "listening_alert_rules",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    projectId: uuid("project_id")
      .notNull()
      .references(() => listeningProjects.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    kind: listeningAlertKindEnum("kind").notNull(),
    settings: jsonb("settings").$type<AlertRuleSettings>().notNull().default(sql`'{}'::jsonb`),
    minIntervalHours: integer("min_interval_hours").notNull().default(24),
    paused: boolean("paused").notNull().default(false),
    lastFiredAt: at("last_fired_at"),
    checkedAt: at("checked_at"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (table) => [
    index("listening_alert_rules_project_idx").on(table.projectId),
    check("listening_alert_rules_interval_check", sql`${table.minIntervalHours} BETWEEN 1 AND 720`),
    check(
      "listening_alert_rules_query_check",
      sql`${table.kind}::text <> 'query-match' OR length(${table.settings}->>'query') > 0`,
    ),
  ],
);

/** An alert a rule fired: once per rule and key, whatever the number of processes judging it. */
export const listeningAlertFirings = pgTable(
  "listening_alert_firings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id").notNull(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => listeningProjects.id, { onDelete: "cascade" }),
    ruleId: uuid("rule_id")
      .notNull()
      .references(() => listeningAlertRules.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    details: jsonb("details").$type<ListeningAlertDetails>().notNull(),
    firedAt: at("fired_at").notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("listening_alert_firings_key_idx").on(table.ruleId, table.key),
    index("listening_alert_firings_project_idx").on(table.projectId, table.firedAt),
  ],
);

/** A member who asked to hear a project's alerts (in the app and by e-mail, as their preferences say). */
export const listeningAlertSubscribers = pgTable(
  "listening_alert_subscribers",
  {
    projectId: uuid("project_id")
      .notNull()
      .references(() => listeningProjects.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    workspaceId: uuid("workspace_id").notNull(),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.projectId, table.userId] })],
);
