// Runs the periodic tasks on their clocks and on their wake-up events, each under an advisory lock across processes.
import type pg from "pg";
import type { Logger } from "pino";
import type { EventType } from "../contracts/events.ts";
import type { Context } from "../domain/context.ts";
import { Coalescer } from "./coalescer.ts";
import type { PeriodicTask } from "./periodic-tasks.ts";

/**
 * In one process, a task runs once at a time and a burst of wake-ups folds into one more run (Coalescer); across
 * processes, `pg_try_advisory_lock` on the task's name lets one run it while the others skip that turn (a woken run
 * that was skipped tries once more a second later, so an event is not left to the next tick).
 */
export class PeriodicScheduler {
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly coalescer: Coalescer;
  private stopped = false;

  constructor(
    private readonly options: {
      pool: pg.Pool;
      context: () => Context;
      logger: Logger;
      tasks: readonly PeriodicTask[];
    },
  ) {
    this.coalescer = new Coalescer({
      delayMs: 0,
      onError: (key, error) => options.logger.warn({ err: error, task: key }, "periodic task failed"),
    });
  }

  start(): void {
    for (const task of this.options.tasks) {
      this.request(task, false);
      this.timers.push(setInterval(() => this.request(task, false), task.everyMs).unref());
    }
  }

  /** Runs the tasks that wake on `type`. */
  wake(type: EventType): void {
    for (const task of this.options.tasks) if (task.wakeOn?.includes(type)) this.request(task, true);
  }

  /** Runs every task that wakes on events (after events may have been missed). */
  wakeAll(): void {
    for (const task of this.options.tasks) if (task.wakeOn?.length) this.request(task, true);
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers) clearInterval(timer);
  }

  private request(task: PeriodicTask, woken: boolean): void {
    if (this.stopped) return;
    this.coalescer.request(task.name, async () => {
      const ran = await this.runLocked(task);
      if (!ran && woken) setTimeout(() => this.request(task, false), 1_000).unref();
    });
  }

  /** Runs the task if no other process is running it; false when it was skipped. */
  private async runLocked(task: PeriodicTask): Promise<boolean> {
    const client = await this.options.pool.connect();
    try {
      const lock = `cocrea:periodic:${task.name}`;
      const { rows } = await client.query<{ locked: boolean }>(
        "SELECT pg_try_advisory_lock(hashtext($1)) AS locked",
        [lock],
      );
      if (!rows[0]?.locked) return false;
      try {
        await task.run(this.options.context(), this.options.logger);
      } finally {
        await client.query("SELECT pg_advisory_unlock(hashtext($1))", [lock]);
      }
      return true;
    } finally {
      client.release();
    }
  }
}
