// Tables of the debrief's actions: what the organization does about a group of ideas, and how each action moved.
import { date, index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";
import { challenges } from "./challenges.ts";
import { ideaGroups } from "./synthesis.ts";
import { workspaces } from "./workspaces.ts";

/** Where an action stands; `not-retained` always comes with the reason, said to the public. */
export const actionStatusEnum = pgEnum("action_status", ["planned", "in-progress", "done", "not-retained"]);

const at = (name: string) => timestamp(name, { withTimezone: true });

/** An action of a challenge's debrief, for one group of ideas, or for the whole challenge when `groupId` is null. */
export const actions = pgTable(
  "actions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    challengeId: uuid("challenge_id")
      .notNull()
      .references(() => challenges.id, { onDelete: "cascade" }),
    groupId: uuid("group_id").references(() => ideaGroups.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    /** Who carries it, as a name the public understands ("Service voirie"), not an account. */
    owner: text("owner").notNull(),
    status: actionStatusEnum("status").notNull().default("planned"),
    /** Why it was not retained; required with that status. */
    reason: text("reason"),
    dueDate: date("due_date", { mode: "string" }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (table) => [index("actions_challenge_idx").on(table.challengeId)],
);

/** Append-only: every status an action took, by whom and when (the first row is its creation, from null). */
export const actionStatusChanges = pgTable(
  "action_status_changes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    actionId: uuid("action_id")
      .notNull()
      .references(() => actions.id, { onDelete: "cascade" }),
    fromStatus: actionStatusEnum("from_status"),
    toStatus: actionStatusEnum("to_status").notNull(),
    reason: text("reason"),
    changedBy: uuid("changed_by").references(() => users.id, { onDelete: "set null" }),
    changedAt: at("changed_at").notNull().defaultNow(),
  },
  (table) => [index("action_status_changes_action_idx").on(table.actionId, table.changedAt)],
);
