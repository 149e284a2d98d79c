// Starts the worker role of a process: the job runner and the periodic tasks, with no HTTP listener.

import type { Logger } from "pino";
import type { PublishedEvent } from "../contracts/events.ts";
import { ListenConnection } from "../db/listen-connection.ts";
import type { Database } from "../db/open-database.ts";
import { eventChannel } from "../db/stores/events.ts";
import type { Context } from "../domain/context.ts";
import { JobRunner, type JobRunnerOptions } from "./job-runner.ts";
import { PeriodicScheduler } from "./periodic-scheduler.ts";
import { type PeriodicTask, periodicTasks } from "./periodic-tasks.ts";

export interface RunningWorker {
  runner: JobRunner;
  stop(): Promise<void>;
}

/**
 * Drains the jobs table and runs `tasks` (all periodic tasks by default); listens to the event channel to wake the
 * tasks that wait for an event (the e-mails of a new notification).
 */
export async function startWorker(options: {
  database: Database;
  context: () => Context;
  logger: Logger;
  tasks?: readonly PeriodicTask[];
  runner?: Partial<Omit<JobRunnerOptions, "db" | "url" | "context" | "logger">>;
}): Promise<RunningWorker> {
  const { database, context, logger } = options;
  const runner = new JobRunner({ db: database.db, url: database.url, context, logger, ...options.runner });
  const scheduler = new PeriodicScheduler({
    pool: database.pool,
    context,
    logger,
    tasks: options.tasks ?? periodicTasks,
  });
  // The event connection comes back by itself after a loss; events missed meanwhile wake every event-driven task.
  const events = new ListenConnection(database.url, eventChannel, logger, {
    notification(payload) {
      try {
        scheduler.wake((JSON.parse(payload) as PublishedEvent).event.type);
      } catch (error) {
        logger.warn({ err: error }, "unreadable event");
      }
    },
    reconnected: () => scheduler.wakeAll(),
  });
  await events.start();
  await runner.start();
  scheduler.start();
  let stopping: Promise<void> | undefined;
  return {
    runner,
    stop() {
      stopping ??= (async () => {
        scheduler.stop();
        await runner.stop();
        await events.close();
      })();
      return stopping;
    },
  };
}
