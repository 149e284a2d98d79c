// Background jobs: a queue in PostgreSQL, taken with FOR UPDATE SKIP LOCKED by any worker process.
import { sql } from "drizzle-orm";
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
import { workspaces } from "./workspaces.ts";

const at = (name: string) => timestamp(name, { withTimezone: true });

export const jobStatusEnum = pgEnum("job_status", [
  "queued",
  "running",
  "done",
  "failed",
  "dead",
  "cancelled",
]);

/**
 * One job: its kind and payload (see `contracts/jobs.ts`), its state, and the worker holding it. A running job's
 * `lockedAt` is renewed while its worker lives; a job whose lease ran out (its process died) is taken again. A job
 * with a `dedupeKey` is unique among waiting jobs (queued or failed): requests while one waits fold into it.
 */
export const jobs = pgTable(
  "jobs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: text("kind").notNull(),
    workspaceId: uuid("workspace_id").references(() => workspaces.id, { onDelete: "cascade" }),
    payload: jsonb("payload").notNull(),
    status: jobStatusEnum("status").notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    maxAttempts: integer("max_attempts").notNull().default(5),
    runAt: at("run_at").notNull().defaultNow(),
    lockedBy: text("locked_by"),
    lockedAt: at("locked_at"),
    /** Set when someone cancels a running job: its worker aborts the handler's signal at its next heartbeat. */
    cancelRequestedAt: at("cancel_requested_at"),
    /** `{ done, total, message? }`, written by the handler's progress reports. */
    progress: jsonb("progress"),
    result: jsonb("result"),
    error: text("error"),
    dedupeKey: text("dedupe_key"),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
    finishedAt: at("finished_at"),
  },
  (table) => [
    index("jobs_waiting").on(table.runAt).where(sql`status IN ('queued', 'failed')`),
    index("jobs_running").on(table.lockedAt).where(sql`status = 'running'`),
    uniqueIndex("jobs_waiting_dedupe").on(table.dedupeKey).where(sql`status IN ('queued', 'failed')`),
    index("jobs_running_dedupe").on(table.dedupeKey).where(sql`status = 'running'`),
    index("jobs_workspace").on(table.workspaceId, table.createdAt),
  ],
);
