// The domain's job queue port (`JobQueue` in domain/context.ts), written to the jobs table.
import type { Db } from "../db/open-database.ts";
import { enqueueJob, jobPending } from "../db/stores/job-store.ts";
import type { JobQueue } from "../domain/context.ts";

/** A queue on `db`: jobs are written in the caller's transaction and run by any worker process. */
export function jobQueue(db: Db): JobQueue {
  return {
    enqueue: (executor, request) =>
      enqueueJob(executor, {
        kind: request.kind,
        workspaceId: request.workspaceId,
        payload: request.payload,
        dedupeKey: request.dedupeKey,
        runAt: request.runAt,
        maxAttempts: request.maxAttempts,
      }),
    pending: (dedupeKey) => jobPending(db, dedupeKey),
  };
}
