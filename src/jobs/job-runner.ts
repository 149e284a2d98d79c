// The drain loop of a worker process: takes due jobs with SKIP LOCKED, runs their handlers, retries, dead letters.
import { hostname } from "node:os";
import { Value } from "@sinclair/typebox/value";
import type { Logger } from "pino";
import type { JobStatus } from "../contracts/jobs.ts";
import { jobPayloads } from "../contracts/jobs.ts";
import { ListenConnection } from "../db/listen-connection.ts";
import type { Db } from "../db/open-database.ts";
import { publishEvent } from "../db/stores/events.ts";
import {
  claimJobs,
  finishJob,
  type JobRow,
  jobChannel,
  recoverStaleJobs,
  renewLease,
  saveProgress,
} from "../db/stores/job-store.ts";
import type { Context } from "../domain/context.ts";
import { afterFailure, type BackoffOptions, defaultBackoff } from "./backoff.ts";
import { type ClaimedJob, type JobHandler, type JobReport, jobHandlers } from "./job-handlers.ts";

/** Handlers by kind; the job handlers of `job-handlers.ts` by default (tests add their own kinds). */
export type HandlerTable = Readonly<Record<string, JobHandler<string>>>;

export interface JobRunnerOptions {
  db: Db;
  /** The database URL, for the LISTEN connection that wakes the runner when a job is queued. */
  url: string;
  /** A fresh Context for each job (its clock is the job's start). */
  context: () => Context;
  logger: Logger;
  handlers?: HandlerTable;
  /** This worker's name in `locked_by` (default host:pid:random). */
  workerId?: string;
  /** Jobs run at once by this process (default 1: analysis is CPU-bound and already in a worker thread). */
  concurrency?: number;
  /** Longest wait between two looks at the queue when no wake-up arrives (milliseconds, default 1000). */
  pollMs?: number;
  /** A running job whose lease is not renewed for this long is taken again (milliseconds, default 60 000). */
  leaseMs?: number;
  /** Shortest interval between two progress events of one job (milliseconds, default 500). */
  progressEveryMs?: number;
  backoff?: BackoffOptions;
}

/**
 * Runs jobs until stopped: each slot claims one due job, runs its handler with a lease renewed every third of
 * `leaseMs` (the renewal also learns of a cancellation), then marks it done, failed (retried with backoff), dead
 * (after its last attempt) or cancelled, with a `job.finished` event to its workspace. Stale leases are recovered.
 */
export class JobRunner {
  readonly workerId: string;
  private readonly handlers: HandlerTable;
  private readonly leaseMs: number;
  private readonly pollMs: number;
  private readonly running = new Map<string, AbortController>();
  private readonly loops: Promise<void>[] = [];
  private wakers = new Set<() => void>();
  private listener: ListenConnection | undefined;
  private stopped = false;
  private lastRecovery = 0;

  constructor(private readonly options: JobRunnerOptions) {
    this.workerId =
      options.workerId ?? `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
    this.handlers = options.handlers ?? (jobHandlers as unknown as HandlerTable);
    this.leaseMs = options.leaseMs ?? 60_000;
    this.pollMs = options.pollMs ?? 1_000;
  }

  /** Listens for new jobs and starts the drain loops. */
  async start(): Promise<void> {
    // The wake-up connection comes back by itself after a loss; jobs queued meanwhile are found by the next look.
    this.listener = new ListenConnection(this.options.url, jobChannel, this.options.logger, {
      notification: () => this.wake(),
      reconnected: () => this.wake(),
    });
    await this.listener.start();
    for (let slot = 0; slot < (this.options.concurrency ?? 1); slot++) this.loops.push(this.loop());
  }

  /** Stops taking jobs, aborts the running ones (they are retried later) and waits for their loops to end. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const controller of this.running.values()) controller.abort(new Error("the worker is stopping"));
    this.wake();
    await Promise.all(this.loops);
    await this.listener?.close();
  }

  /** Runs due jobs until none is left; returns how many ran (for tests and one-off commands). */
  async drain(): Promise<number> {
    let count = 0;
    while (await this.runOne()) count++;
    return count;
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      let ran = false;
      try {
        ran = await this.runOne();
      } catch (error) {
        this.options.logger.error({ err: error }, "job queue unreachable");
      }
      if (!ran && !this.stopped) await this.sleep();
    }
  }

  private sleep(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, this.pollMs);
      this.wakers.add(done);
    });
  }

  private wake(): void {
    for (const waker of [...this.wakers]) waker();
  }

  /** Recovers stale leases now and then, claims one job and runs it; false when none was due. */
  private async runOne(): Promise<boolean> {
    const { db, logger } = this.options;
    if (Date.now() - this.lastRecovery > this.leaseMs / 2) {
      this.lastRecovery = Date.now();
      for (const job of await recoverStaleJobs(db, this.leaseMs)) {
        logger.warn(
          { jobId: job.id, kind: job.kind, status: job.status },
          "job taken back from a stopped worker",
        );
        await this.announceEnd(db, job, job.status, job.error ?? undefined);
      }
    }
    const [job] = await claimJobs(db, this.workerId, Object.keys(this.handlers), 1);
    if (!job) return false;
    await this.execute(job);
    return true;
  }

  private async execute(job: JobRow): Promise<void> {
    const { db, logger } = this.options;
    const controller = new AbortController();
    this.running.set(job.id, controller);
    let cancelled = false;
    const heartbeat = setInterval(() => {
      renewLease(db, job.id, this.workerId).then(
        ({ held, cancelRequested }) => {
          if (cancelRequested) {
            cancelled = true;
            controller.abort(new Error("the job was cancelled"));
          } else if (!held) controller.abort(new Error("the job's lease was lost"));
        },
        (error: unknown) => logger.warn({ err: error, jobId: job.id }, "could not renew a job's lease"),
      );
    }, this.leaseMs / 3);
    try {
      const result = await this.handle(job, controller.signal);
      // A run cancelled while it finished: its result is discarded.
      if (cancelled) await this.finish(job, { status: "cancelled", error: "cancelled" });
      else await this.finish(job, { status: "done", result });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (cancelled) {
        await this.finish(job, { status: "cancelled", error: message });
      } else {
        const next = unrunnable(error)
          ? { status: "dead" as const }
          : afterFailure(job, new Date(), this.backoff);
        logger.warn({ err: error, jobId: job.id, kind: job.kind, next: next.status }, "job failed");
        await this.finish(job, { ...next, error: message });
      }
    } finally {
      clearInterval(heartbeat);
      this.running.delete(job.id);
    }
  }

  private get backoff(): BackoffOptions {
    return this.options.backoff ?? defaultBackoff;
  }

  private async handle(job: JobRow, signal: AbortSignal): Promise<unknown> {
    const handler = this.handlers[job.kind];
    if (!handler) throw new UnrunnableJob(`no handler for job kind ${job.kind}`);
    const schema = jobPayloads[job.kind as keyof typeof jobPayloads];
    if (schema && !Value.Check(schema, job.payload)) {
      const first = [...Value.Errors(schema, job.payload)][0];
      throw new UnrunnableJob(`payload of ${job.kind} refused at ${first?.path || "/"}: ${first?.message}`);
    }
    const claimed: ClaimedJob<string> = {
      id: job.id,
      kind: job.kind,
      workspaceId: job.workspaceId,
      payload: job.payload,
      attempts: job.attempts,
      maxAttempts: job.maxAttempts,
    };
    return handler(this.options.context(), claimed, this.reportFor(job, signal));
  }

  private reportFor(job: JobRow, signal: AbortSignal): JobReport {
    const { db } = this.options;
    const every = this.options.progressEveryMs ?? 500;
    let last = 0;
    return {
      signal,
      progress: async (done, total, message) => {
        const now = Date.now();
        if (now - last < every && done < total) return;
        last = now;
        const progress = message === undefined ? { done, total } : { done, total, message };
        await db.transaction(async (tx) => {
          if (!(await saveProgress(tx, job.id, this.workerId, progress))) return;
          if (job.workspaceId === null) return;
          await publishEvent(
            tx,
            {
              type: "job.progressed",
              workspaceId: job.workspaceId,
              at: new Date(now).toISOString(),
              data: { jobId: job.id, kind: job.kind, ...progress },
            },
            { kind: "workspace", workspaceId: job.workspaceId },
          );
        });
      },
    };
  }

  private async finish(job: JobRow, end: Parameters<typeof finishJob>[3]): Promise<void> {
    const { db, logger } = this.options;
    try {
      await db.transaction(async (tx) => {
        const status = await finishJob(tx, job.id, this.workerId, end);
        if (status === undefined) {
          logger.warn({ jobId: job.id }, "job finished after its lease was lost; its end is not recorded");
          return;
        }
        await this.announceEnd(tx, job, status, "error" in end ? end.error : undefined);
      });
    } catch (error) {
      // The lease runs out and another worker takes the job again.
      logger.error({ err: error, jobId: job.id }, "could not record a job's end");
    }
  }

  private async announceEnd(
    db: Pick<Db, "execute">,
    job: JobRow,
    status: JobStatus,
    error: string | undefined,
  ): Promise<void> {
    if (job.workspaceId === null || status === "queued" || status === "running") return;
    await publishEvent(
      db,
      {
        type: "job.finished",
        workspaceId: job.workspaceId,
        at: new Date().toISOString(),
        data:
          error === undefined
            ? { jobId: job.id, kind: job.kind, status }
            : { jobId: job.id, kind: job.kind, status, error },
      },
      { kind: "workspace", workspaceId: job.workspaceId },
    );
  }
}

/** A job that no retry can run (unknown kind, payload refused by its schema): it goes to the dead letters at once. */
class UnrunnableJob extends Error {}

const unrunnable = (error: unknown): boolean => error instanceof UnrunnableJob;
