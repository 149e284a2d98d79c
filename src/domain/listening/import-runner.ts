// Runs imports in the background of this server process, one at a time, with progress and cancellation.
// A stand-in for the jobs queue: `enqueue` and `cancel` keep the same meaning when imports become queued jobs.

import { openListeningStore } from "../../db/stores/listening-store.ts";
import type { Context } from "../context.ts";
import { publishListeningEvent } from "./listening-events.ts";
import { runMentionImport } from "./run-mention-import.ts";

export interface ImportRunner {
  enqueue(workspaceId: string, importId: string): void;
  /** Aborts a running or queued import of this process; false when it is not here. */
  cancel(importId: string): boolean;
  /** Resolves when nothing is queued or running (tests, shutdown). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/** Creates the runner; `context` gives a fresh Context (clock) to each run, `onError` logs unexpected failures. */
export function createImportRunner(
  context: () => Context,
  onError: (error: unknown, importId: string) => void,
): ImportRunner {
  const controllers = new Map<string, AbortController>();
  let chain: Promise<void> = Promise.resolve();
  let closed = false;
  const runOne = async (workspaceId: string, importId: string, controller: AbortController) => {
    if (closed) controller.abort();
    const ctx = context();
    let last = 0;
    try {
      await runMentionImport(ctx, workspaceId, importId, {
        signal: controller.signal,
        async progress(done, total) {
          // The database flag lets a cancel reach an import run by another process.
          const store = openListeningStore(ctx.db, workspaceId);
          await store.updateImport(importId, { done, total });
          const row = await store.import(importId);
          if (row?.cancelRequested) controller.abort();
          if (done === 0 || done === total || Date.now() - last > 250) {
            last = Date.now();
            await publishListeningEvent(
              ctx.db,
              workspaceId,
              "mention-import.progressed",
              { projectId: row?.projectId ?? "", importId, done, total },
              new Date(),
            );
          }
        },
      });
    } catch (error) {
      onError(error, importId);
    } finally {
      controllers.delete(importId);
    }
  };
  return {
    enqueue(workspaceId, importId) {
      const controller = new AbortController();
      controllers.set(importId, controller);
      chain = chain.then(() => runOne(workspaceId, importId, controller));
    },
    cancel(importId) {
      const controller = controllers.get(importId);
      controller?.abort();
      return controller !== undefined;
    },
    idle: () => chain,
    async close() {
      closed = true;
      for (const controller of controllers.values()) controller.abort();
      await chain;
    },
  };
}
