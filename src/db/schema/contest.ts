// Tables of a contest: the jury's criteria, the finalists, the jurors' scores and the contest's settings.
import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";
import { challenges, ideas } from "./challenges.ts";
import { workspaces } from "./workspaces.ts";

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A contest's settings, one row per challenge that has any: the share of the final score given to the jury (percent,
 * the community's support weighs the rest) and when the winners were announced (the ranking is public from then on).
 */
export const contests = pgTable(
  "contests",
  {
    challengeId: uuid("challenge_id")
      .primaryKey()
      .references(() => challenges.id, { onDelete: "cascade" }),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    /** Percent of the final score given to the jury, 0–100; the community's support weighs 100 − juryShare. */
    juryShare: integer("jury_share").notNull().default(70),
    announcedAt: at("announced_at"),
    announcedBy: uuid("announced_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (table) => [check("contests_jury_share_range", sql`${table.juryShare} BETWEEN 0 AND 100`)],
);

/** A criterion the jury scores finalists on ("Faisabilité"), with its weight in the jury's mean. */
export const contestCriteria = pgTable(
  "contest_criteria",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    challengeId: uuid("challenge_id")
      .notNull()
      .references(() => challenges.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    /** Relative weight, a positive integer: a criterion of weight 2 counts twice one of weight 1. */
    weight: integer("weight").notNull().default(1),
    /** Order of the criteria in the brief and on the jury's page. */
    position: integer("position").notNull(),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (table) => [
    index("contest_criteria_challenge_idx").on(table.challengeId, table.position),
    check("contest_criteria_weight_positive", sql`${table.weight} > 0`),
  ],
);

/** An idea a manager put before the jury. */
export const contestFinalists = pgTable(
  "contest_finalists",
  {
    ideaId: uuid("idea_id")
      .primaryKey()
      .references(() => ideas.id, { onDelete: "cascade" }),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    challengeId: uuid("challenge_id")
      .notNull()
      .references(() => challenges.id, { onDelete: "cascade" }),
    markedBy: uuid("marked_by").references(() => users.id, { onDelete: "set null" }),
    markedAt: at("marked_at").notNull().defaultNow(),
  },
  (table) => [index("contest_finalists_challenge_idx").on(table.challengeId)],
);

/** One juror's score of one finalist on one criterion, 0–10, replaced when the juror changes it. */
export const juryScores = pgTable(
  "jury_scores",
  {
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    challengeId: uuid("challenge_id")
      .notNull()
      .references(() => challenges.id, { onDelete: "cascade" }),
    ideaId: uuid("idea_id")
      .notNull()
      .references(() => contestFinalists.ideaId, { onDelete: "cascade" }),
    criterionId: uuid("criterion_id")
      .notNull()
      .references(() => contestCriteria.id, { onDelete: "cascade" }),
    jurorId: uuid("juror_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    score: integer("score").notNull(),
    comment: text("comment"),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.jurorId, table.ideaId, table.criterionId] }),
    index("jury_scores_challenge_idx").on(table.challengeId),
    check("jury_scores_score_range", sql`${table.score} BETWEEN 0 AND 10`),
  ],
);
