// What one process shares among its use cases: the support batcher, the analysis thread, the job queue; and its Context.
import type { Logger } from "pino";
import type { Db } from "../db/open-database.ts";
import { SupportBatcher } from "../domain/challenges/support-batcher.ts";
import type { Context, Mailer } from "../domain/context.ts";
import type { WriteLimits } from "../domain/write-limits/write-limits.ts";
import { AnalysisRunner } from "./analysis-runner.ts";
import { jobQueue } from "./job-queue.ts";

export interface BackgroundWork extends Pick<Context, "jobs" | "supports"> {
  analysis: AnalysisRunner;
}

/** The services one process shares: made once at start, whatever its roles. */
export function backgroundWork(logger: Logger, db: Db): BackgroundWork {
  return {
    supports: new SupportBatcher(db, {
      onBatchFailure: (error, requests) =>
        logger.warn({ err: error, requests }, "support batch failed; its requests are retried one by one"),
    }),
    analysis: new AnalysisRunner(),
    jobs: jobQueue(db),
  };
}

/** A Context factory: each call has the clock of its moment. */
export function contextFactory(
  base: { db: Db; mailer: Mailer; publicUrl: string; writeLimits?: WriteLimits },
  background: BackgroundWork,
): () => Context {
  return () => ({
    db: base.db,
    now: new Date(),
    mailer: base.mailer,
    publicUrl: base.publicUrl,
    analysis: background.analysis,
    jobs: background.jobs,
    supports: background.supports,
    ...(base.writeLimits ? { writeLimits: base.writeLimits } : {}),
  });
}
