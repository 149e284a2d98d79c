// When a challenge's synthesis was last computed, and the ideas a manager took out of every group.
import { integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { challenges, ideas } from "./challenges.ts";
import { workspaces } from "./workspaces.ts";

const at = (name: string) => timestamp(name, { withTimezone: true });

/** The last computation of a challenge's synthesis: one row per challenge, replaced at each run. */
export const challengeSyntheses = pgTable("challenge_syntheses", {
  challengeId: uuid("challenge_id")
    .primaryKey()
    .references(() => challenges.id, { onDelete: "cascade" }),
  workspaceId: uuid("workspace_id")
    .notNull()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  /** "grouped", or "too-few-ideas" when the challenge had too few ideas to group. */
  status: text("status").$type<"grouped" | "too-few-ideas">().notNull(),
  ideaCount: integer("idea_count").notNull(),
  computedAt: at("computed_at").notNull(),
});

/**
 * Ideas a manager took out of every group: the analysis leaves them out of its groups, as it leaves ideas placed in a
 * group by a manager where they were put.
 */
export const ideasKeptUngrouped = pgTable("ideas_kept_ungrouped", {
  ideaId: uuid("idea_id")
    .primaryKey()
    .references(() => ideas.id, { onDelete: "cascade" }),
  workspaceId: uuid("workspace_id")
    .notNull()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  challengeId: uuid("challenge_id")
    .notNull()
    .references(() => challenges.id, { onDelete: "cascade" }),
  createdAt: at("created_at").notNull().defaultNow(),
});
