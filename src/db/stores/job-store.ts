// The job queue's queries, across workspaces: enqueue, claim with SKIP LOCKED, lease, finish, retry, cancel.
import { sql } from "drizzle-orm";
import type { JobStatus } from "../../contracts/jobs.ts";
import type { Db } from "../open-database.ts";

type Executor = Pick<Db, "execute">;

/** The NOTIFY channel that wakes the workers when a job is queued (delivered on commit). */
export const jobChannel = "cocrea_jobs";

/** A job as the store reads it; `payload` is the kind's (see `contracts/jobs.ts`), unchecked here. */
export interface JobRow {
  id: string;
  kind: string;
  workspaceId: string | null;
  payload: unknown;
  status: JobStatus;
  attempts: number;
  maxAttempts: number;
  runAt: Date;
  lockedBy: string | null;
  dedupeKey: string | null;
  progress: unknown;
  result: unknown;
  error: string | null;
}

export interface NewJob {
  kind: string;
  workspaceId: string | null;
  payload: unknown;
  dedupeKey?: string | null;
  runAt?: Date;
  maxAttempts?: number;
}

type RawJob = {
  id: string;
  kind: string;
  workspace_id: string | null;
  payload: unknown;
  status: JobStatus;
  attempts: number;
  max_attempts: number;
  run_at: Date | string;
  locked_by: string | null;
  dedupe_key: string | null;
  progress: unknown;
  result: unknown;
  error: string | null;
};

const rowOf = (raw: RawJob): JobRow => ({
  id: raw.id,
  kind: raw.kind,
  workspaceId: raw.workspace_id,
  payload: raw.payload,
  status: raw.status,
  attempts: raw.attempts,
  maxAttempts: raw.max_attempts,
  runAt: new Date(raw.run_at),
  lockedBy: raw.locked_by,
  dedupeKey: raw.dedupe_key,
  progress: raw.progress,
  result: raw.result,
  error: raw.error,
});

/**
 * Queues a job inside the caller's transaction and wakes the workers on commit. With a `dedupeKey` already waiting,
 * nothing is added and the waiting job's id is returned (a burst of requests becomes one job).
 */
export async function enqueueJob(db: Executor, job: NewJob): Promise<string> {
  const runAt = job.runAt ?? new Date();
  // Twice at most: a waiting job with the key may be taken by a worker between the insert and the read.
  for (let attempt = 0; attempt < 2; attempt++) {
    const added = await db.execute<{ id: string }>(sql`
      INSERT INTO jobs (kind, workspace_id, payload, dedupe_key, run_at, max_attempts)
      VALUES (${job.kind}, ${job.workspaceId}, ${JSON.stringify(job.payload)}::jsonb, ${job.dedupeKey ?? null},
              ${runAt.toISOString()}::timestamptz, ${job.maxAttempts ?? 5})
      ON CONFLICT (dedupe_key) WHERE status IN ('queued', 'failed') DO NOTHING
      RETURNING id`);
    const id = added.rows[0]?.id;
    if (id) {
      await db.execute(sql`SELECT pg_notify(${jobChannel}, ${job.kind})`);
      return id;
    }
    const waiting = await db.execute<{ id: string }>(sql`
      SELECT id FROM jobs WHERE dedupe_key = ${job.dedupeKey ?? null} AND status IN ('queued', 'failed')`);
    if (waiting.rows[0]) return waiting.rows[0].id;
  }
  throw new Error(`job ${job.kind} (${job.dedupeKey}) neither queued nor found waiting`);
}

/**
 * Takes up to `limit` due jobs of `kinds` for `worker` (one statement; SKIP LOCKED lets several workers drain the
 * queue together, none taking a job twice). A job whose dedupe key is running waits for that run to end.
 */
export async function claimJobs(db: Executor, worker: string, kinds: readonly string[], limit = 1) {
  const result = await db.execute<RawJob>(sql`
    UPDATE jobs SET status = 'running', attempts = attempts + 1, locked_by = ${worker}, locked_at = now(),
                    updated_at = now()
    WHERE id IN (
      SELECT id FROM jobs j
      WHERE status IN ('queued', 'failed') AND run_at <= now()
        AND kind IN (SELECT jsonb_array_elements_text(${JSON.stringify(kinds)}::jsonb))
        AND (dedupe_key IS NULL
             OR NOT EXISTS (SELECT 1 FROM jobs r WHERE r.status = 'running' AND r.dedupe_key = j.dedupe_key))
      ORDER BY run_at, created_at
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING *`);
  return result.rows.map(rowOf);
}

/** Renews a running job's lease; false when the worker lost it. Says whether someone asked to cancel it. */
export async function renewLease(
  db: Executor,
  id: string,
  worker: string,
): Promise<{ held: boolean; cancelRequested: boolean }> {
  const result = await db.execute<{ cancel_requested: boolean }>(sql`
    UPDATE jobs SET locked_at = now() WHERE id = ${id} AND locked_by = ${worker} AND status = 'running'
    RETURNING cancel_requested_at IS NOT NULL AS cancel_requested`);
  const row = result.rows[0];
  return { held: row !== undefined, cancelRequested: row?.cancel_requested ?? false };
}

/** Writes a running job's progress; false when the worker no longer holds it. */
export async function saveProgress(
  db: Executor,
  id: string,
  worker: string,
  progress: unknown,
): Promise<boolean> {
  const result = await db.execute(sql`
    UPDATE jobs SET progress = ${JSON.stringify(progress)}::jsonb, updated_at = now()
    WHERE id = ${id} AND locked_by = ${worker} AND status = 'running'`);
  return (result.rowCount ?? 0) > 0;
}

/**
 * Ends a run held by `worker`: done (with its result), cancelled, dead, or failed with its retry at `retryAt`. A
 * failed job whose dedupe key already has another waiting job is cancelled instead: that one does the same work.
 * Returns the status written, or undefined when the worker had lost the job (its lease ran out).
 */
export async function finishJob(
  db: Executor,
  id: string,
  worker: string,
  end:
    | { status: "done"; result: unknown }
    | { status: "cancelled" | "dead"; error?: string }
    | { status: "failed"; error: string; retryAt: Date },
): Promise<JobStatus | undefined> {
  const retryAt = end.status === "failed" ? end.retryAt.toISOString() : null;
  const result = await db.execute<{ status: JobStatus }>(sql`
    UPDATE jobs SET
      status = (CASE
        WHEN ${end.status} = 'failed' AND dedupe_key IS NOT NULL AND EXISTS (
          SELECT 1 FROM jobs w WHERE w.dedupe_key = jobs.dedupe_key AND w.status IN ('queued', 'failed')
        ) THEN 'cancelled' ELSE ${end.status} END)::job_status,
      result = ${end.status === "done" ? JSON.stringify(end.result ?? null) : null}::jsonb,
      error = ${"error" in end ? (end.error ?? null) : null},
      run_at = COALESCE(${retryAt}::timestamptz, run_at),
      locked_by = NULL, locked_at = NULL, updated_at = now(),
      finished_at = CASE WHEN ${end.status} = 'failed' THEN NULL ELSE now() END
    WHERE id = ${id} AND locked_by = ${worker} AND status = 'running'
    RETURNING status`);
  return result.rows[0]?.status;
}

/**
 * Takes back the jobs whose worker stopped renewing its lease for `leaseMs` (its process died): they wait again for
 * a new attempt, or are dead when they had none left; one whose dedupe key already waits is cancelled.
 */
export async function recoverStaleJobs(db: Executor, leaseMs: number): Promise<JobRow[]> {
  const result = await db.execute<RawJob>(sql`
    UPDATE jobs SET
      status = (CASE
        WHEN attempts >= max_attempts THEN 'dead'
        WHEN dedupe_key IS NOT NULL AND EXISTS (
          SELECT 1 FROM jobs w WHERE w.dedupe_key = jobs.dedupe_key AND w.status IN ('queued', 'failed')
        ) THEN 'cancelled'
        ELSE 'failed' END)::job_status,
      error = 'its worker stopped while running it (lease expired)',
      locked_by = NULL, locked_at = NULL, run_at = now(), updated_at = now(),
      finished_at = CASE WHEN attempts >= max_attempts THEN now() ELSE NULL END
    WHERE id IN (
      SELECT id FROM jobs WHERE status = 'running' AND locked_at < now() - ${`${leaseMs} milliseconds`}::interval
      FOR UPDATE SKIP LOCKED
    )
    RETURNING *`);
  return result.rows.map(rowOf);
}

/**
 * Cancels a job: a waiting one at once; a running one is asked to stop (its worker aborts the handler's signal at
 * its next heartbeat and discards the run). Returns the job's status after the call, undefined if unknown.
 */
export async function cancelJob(db: Executor, id: string): Promise<JobStatus | undefined> {
  const result = await db.execute<{ status: JobStatus }>(sql`
    UPDATE jobs SET
      status = (CASE WHEN status IN ('queued', 'failed') THEN 'cancelled' ELSE status END)::job_status,
      cancel_requested_at = CASE WHEN status = 'running' THEN now() ELSE cancel_requested_at END,
      finished_at = CASE WHEN status IN ('queued', 'failed') THEN now() ELSE finished_at END,
      updated_at = now()
    WHERE id = ${id}
    RETURNING status`);
  return result.rows[0]?.status;
}

/** Cancels the job waiting or running with this dedupe key (see `cancelJob`); its status after, undefined if none. */
export async function cancelJobWithKey(db: Executor, dedupeKey: string): Promise<JobStatus | undefined> {
  const result = await db.execute<{ id: string }>(sql`
    SELECT id FROM jobs WHERE dedupe_key = ${dedupeKey} AND status IN ('queued', 'failed', 'running')
    ORDER BY created_at DESC LIMIT 1`);
  const id = result.rows[0]?.id;
  return id === undefined ? undefined : cancelJob(db, id);
}

/** Reads one job. */
export async function readJob(db: Executor, id: string): Promise<JobRow | undefined> {
  const result = await db.execute<RawJob>(sql`SELECT * FROM jobs WHERE id = ${id}`);
  const raw = result.rows[0];
  return raw && rowOf(raw);
}

/** Whether a job with this dedupe key is waiting or running. */
export async function jobPending(db: Executor, dedupeKey: string): Promise<boolean> {
  const result = await db.execute<{ pending: boolean }>(sql`
    SELECT EXISTS (
      SELECT 1 FROM jobs WHERE dedupe_key = ${dedupeKey} AND status IN ('queued', 'failed', 'running')
    ) AS pending`);
  return result.rows[0]?.pending ?? false;
}
