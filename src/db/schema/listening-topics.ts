// The topics of a listening project's mentions, as the last topic analysis found them (mentions carry their label).
import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { listeningProjects } from "./listening.ts";

/**
 * One topic of a project: its label (also written in `mentions.topic`), keywords, size, and whether it is new (its
 * mentions nearly all in the latest third of the project's period). Replaced whole by each analysis.
 */
export const listeningTopics = pgTable(
  "listening_topics",
  {
    projectId: uuid("project_id")
      .notNull()
      .references(() => listeningProjects.id, { onDelete: "cascade" }),
    workspaceId: uuid("workspace_id").notNull(),
    label: text("label").notNull(),
    keywords: text("keywords").array().notNull(),
    mentions: integer("mentions").notNull(),
    /** Mentions in the latest period, and before it. */
    latest: integer("latest").notNull(),
    before: integer("before").notNull(),
    isNew: boolean("is_new").notNull(),
    firstDay: date("first_day", { mode: "string" }),
    /** The day the latest period starts. */
    latestFrom: date("latest_from", { mode: "string" }),
    analyzedAt: timestamp("analyzed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.projectId, table.label] }),
    index("listening_topics_workspace_idx").on(table.workspaceId),
  ],
);
