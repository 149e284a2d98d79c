// Tables of a challenge's synthesis: groups of converging ideas, computed by the analysis or made by hand by managers.
import { sql } from "drizzle-orm";
import { boolean, index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";
import { challenges, ideas } from "./challenges.ts";
import { workspaces } from "./workspaces.ts";

/** Where a group comes from: the background analysis, or a manager grouping ideas by hand. */
export const ideaGroupOriginEnum = pgEnum("idea_group_origin", ["computed", "manual"]);
export const ideaGroupTrendEnum = pgEnum("idea_group_trend", ["growing", "stable", "fading"]);

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A group of converging ideas in a challenge. Its id is stable: a re-run of the analysis matches new groups to old ones
 * by their members, so a group keeps its id, the name a manager gave it, its pinned quotes and its debrief.
 */
export const ideaGroups = pgTable(
  "idea_groups",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    challengeId: uuid("challenge_id")
      .notNull()
      .references(() => challenges.id, { onDelete: "cascade" }),
    origin: ideaGroupOriginEnum("origin").notNull(),
    /** The label the analysis proposes (a key phrase), refreshed at each run. */
    label: text("label").notNull(),
    /** The name a manager gave the group; shown instead of the label and never overwritten by the analysis. */
    name: text("name"),
    keywords: jsonb("keywords").$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    /** Representative quotes the analysis chose (central and diverse), as idea ids. */
    quoteIdeaIds: jsonb("quote_idea_ids").$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    /** Quotes a manager pinned, as idea ids; shown first and kept across re-runs. */
    pinnedIdeaIds: jsonb("pinned_idea_ids").$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    /** Share of each of the eight basic emotions over the group's ideas, e.g. { "joy": 0.4 }. */
    emotions: jsonb("emotions").$type<Record<string, number>>().notNull().default(sql`'{}'::jsonb`),
    trend: ideaGroupTrendEnum("trend"),
    /** The debrief of the group, by the project manager: what we heard, and what we will do. */
    heard: text("heard"),
    willDo: text("will_do"),
    /** Set when the group was merged into another or lost all its ideas: kept for history, out of the view. */
    retiredAt: at("retired_at"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (table) => [index("idea_groups_challenge_idx").on(table.challengeId)],
);

/** Which group an idea belongs to: at most one. `placedByManager` ideas are never moved by the analysis. */
export const ideaGroupMembers = pgTable(
  "idea_group_members",
  {
    ideaId: uuid("idea_id")
      .primaryKey()
      .references(() => ideas.id, { onDelete: "cascade" }),
    groupId: uuid("group_id")
      .notNull()
      .references(() => ideaGroups.id, { onDelete: "cascade" }),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    placedByManager: boolean("placed_by_manager").notNull().default(false),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (table) => [index("idea_group_members_group_idx").on(table.groupId)],
);
