// What every use case receives: the database, the clock, and the outside world it may talk to.
import type { AnalysisTask, TaskInput, TaskOutput } from "../analysis/analysis-tasks.ts";
import type { JobKind, JobRequest } from "../contracts/jobs.ts";
import type { Db } from "../db/open-database.ts";
import type { WriteLimits } from "./write-limits/write-limits.ts";

/** Sends e-mail (SMTP) or writes it to the log when no SMTP server is configured. */
export interface Mailer {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
}

export interface Context {
  db: Db;
  now: Date;
  mailer: Mailer;
  /** Base address for links in e-mails and invitations, without a trailing slash. */
  publicUrl: string;
  /** Runs analysis computations (opinion maps, syntheses) off the event loop (`jobs/analysis-runner.ts`). */
  analysis: Analysis;
  /** Queues background work, run by a worker process (`jobs/job-queue.ts`, `jobs/job-runner.ts`). */
  jobs: JobQueue;
  /** Groups the supports of concurrent requests into one transaction (group commit); one per server process. */
  supports: SupportWrites;
  /**
   * Per-person write limits (`write-limits/`), set for the requests of people; absent for the instance's own work
   * (the demo, imports, jobs), which nothing limits.
   */
  writeLimits?: WriteLimits;
}

/** Runs a named computation of `analysis/analysis-tasks.ts`, off the request path (a worker thread). */
export interface Analysis {
  run<T extends AnalysisTask>(task: T, input: TaskInput<T>): Promise<TaskOutput<T>>;
}

/**
 * The job queue as the domain sees it. `enqueue` writes the job in the caller's transaction (`db` is the transaction,
 * or the database for a job asked after commit) and returns its id; workers wake on commit. A handler (see
 * `jobs/job-handlers.ts`) may run more than once (retries, a worker that died): it must be idempotent, and write in
 * one transaction at its end, or check its AbortSignal before committing, so that a cancelled run's writes are
 * discarded.
 */
export interface JobQueue {
  enqueue<K extends JobKind>(db: Pick<Db, "execute">, request: JobRequest<K>): Promise<string>;
  /** Whether a job with this dedupe key is waiting or running (e.g. a synthesis being recomputed). */
  pending(dedupeKey: string): Promise<boolean>;
}

/** Sets or takes back supports; `challenges/support-batcher.ts` groups concurrent ones into one commit. */
export interface SupportWrites {
  submit(
    actor: MemberActor,
    ideaId: string,
    supported: boolean,
    now: Date,
  ): Promise<{ supported: boolean; supportCount: number }>;
}

/** The signed-in person making a request. */
export interface Actor {
  userId: string;
  anonymous: boolean;
}

/** An actor acting inside a workspace, with the role the server checked. */
export interface MemberActor extends Actor {
  workspaceId: string;
  role: import("./permissions.ts").Role;
}
