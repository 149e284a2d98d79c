// The table of job kinds to their handlers: what a worker does with each job of `contracts/jobs.ts`.
import type { JobKind, JobPayload } from "../contracts/jobs.ts";
import type { Context } from "../domain/context.ts";
import { recomputeOpinionMap } from "../domain/conversations/recompute-opinion-map.ts";
import { analyzeListeningTopics } from "../domain/listening/analyze-listening-topics.ts";
import { pollFeedSource } from "../domain/listening/poll-feed-source.ts";
import { runMentionImport } from "../domain/listening/run-mention-import.ts";
import { recomputeSynthesis } from "../domain/synthesis/recompute-synthesis.ts";
import { feedPort } from "./feed-port.ts";

/** A job as its handler receives it, its payload checked against its kind's schema. */
export interface ClaimedJob<K extends string = JobKind> {
  id: string;
  kind: K;
  workspaceId: string | null;
  payload: K extends JobKind ? JobPayload<K> : unknown;
  /** This attempt's number, from 1. */
  attempts: number;
  maxAttempts: number;
}

/** What a handler may tell while it runs, and how it learns that it should stop. */
export interface JobReport {
  /**
   * Records progress (`done` of `total` units) and tells the job's workspace with a `job.progressed` event; calls
   * closer together than the runner's throttle are dropped, except the last one (done = total).
   */
  progress(done: number, total: number, message?: string): Promise<void>;
  /**
   * Aborted when the job is cancelled, when its worker lost its lease, or when the worker stops. A handler writes in
   * one transaction at its end, or checks `signal.aborted` (`throwIfAborted`) before committing, so that an aborted
   * run's writes are discarded; it must also be safe to run again (a retry, a worker that died).
   */
  signal: AbortSignal;
}

/** Runs one job; what it returns is stored as the job's result (JSON). */
export type JobHandler<K extends string = JobKind> = (
  ctx: Context,
  job: ClaimedJob<K>,
  report: JobReport,
) => Promise<unknown>;

export type JobHandlers = { [K in JobKind]: JobHandler<K> };

/** What some handlers take from the configuration. */
export interface HandlerSettings {
  /** Feeds may be fetched from loopback addresses (FEEDS_ALLOW_LOOPBACK). */
  feedsAllowLoopback: boolean;
}

/** Every job kind's handler, with the configuration's settings. */
export function jobHandlersFor(settings: HandlerSettings): JobHandlers {
  const feeds = feedPort(settings);
  return {
    ...baseHandlers,
    "poll-feed": async (ctx, job, report) => {
      if (!job.workspaceId) throw new Error("a feed poll needs its workspace");
      return pollFeedSource(ctx, job.workspaceId, job.payload.sourceId, feeds, report.signal);
    },
  };
}

const baseHandlers: Omit<JobHandlers, "poll-feed"> = {
  "recompute-synthesis": async (ctx, job, report) => {
    if (!job.workspaceId) throw new Error("a synthesis job needs its workspace");
    await recomputeSynthesis(ctx, job.workspaceId, job.payload.challengeId, report.signal);
    return null;
  },
  "recompute-opinion-map": async (ctx, job, report) => {
    if (!job.workspaceId) throw new Error("an opinion map job needs its workspace");
    await recomputeOpinionMap(
      ctx.db,
      job.workspaceId,
      job.payload.challengeId,
      (input) => ctx.analysis.run("opinions", input),
      report.signal,
    );
    return null;
  },
  "import-mentions": async (ctx, job, report) => {
    if (!job.workspaceId) throw new Error("an import job needs its workspace");
    return runMentionImport(ctx, job.workspaceId, job.payload.importId, {
      ...report,
      attempt: job.attempts,
      maxAttempts: job.maxAttempts,
    });
  },
  "analyze-listening-topics": async (ctx, job, report) => {
    if (!job.workspaceId) throw new Error("a topic analysis job needs its workspace");
    return analyzeListeningTopics(ctx, job.workspaceId, job.payload.projectId, report);
  },
};

/** Every job kind's handler with the default settings (feeds on public addresses only). */
export const jobHandlers: JobHandlers = jobHandlersFor({ feedsAllowLoopback: false });
