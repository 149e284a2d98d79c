// Feed sources of listening projects: RSS/Atom URLs polled on a schedule, with their validators and last status.
import {
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";
import { listeningProjects } from "./listening.ts";
import { workspaces } from "./workspaces.ts";

const at = (name: string) => timestamp(name, { withTimezone: true });

export const feedSourceStatusEnum = pgEnum("feed_source_status", ["active", "paused"]);

/**
 * A feed a project follows. `etag` and `lastModified` are the validators of the last answer stored, sent back as a
 * conditional GET; `lastError` is the last poll's failure in plain words (null after a success); `nextPollAt` is when
 * the periodic task queues its next poll (later after failures, see `feedBackoff`).
 */
export const feedSources = pgTable(
  "feed_sources",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    projectId: uuid("project_id")
      .notNull()
      .references(() => listeningProjects.id, { onDelete: "cascade" }),
    url: text("url").notNull(),
    /** The feed's own title, read at the last successful poll. */
    title: text("title"),
    status: feedSourceStatusEnum("status").notNull().default("active"),
    /** Minutes between two polls while the feed answers. */
    everyMinutes: integer("every_minutes").notNull().default(60),
    etag: text("etag"),
    lastModified: text("last_modified"),
    lastPolledAt: at("last_polled_at"),
    lastSuccessAt: at("last_success_at"),
    lastError: text("last_error"),
    /** The last error as a code the interface translates, and its variable parts (address, status, host…). */
    lastErrorCode: text("last_error_code"),
    lastErrorParams: jsonb("last_error_params").$type<Record<string, string>>(),
    /** Polls failed in a row since the last success. */
    failures: integer("failures").notNull().default(0),
    /** Mentions this source added, in all. */
    taken: integer("taken").notNull().default(0),
    nextPollAt: at("next_poll_at").notNull().defaultNow(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("feed_sources_project_url_idx").on(table.projectId, table.url),
    index("feed_sources_due_idx").on(table.nextPollAt),
  ],
);
