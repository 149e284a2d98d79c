// The one list of periodic tasks: what a worker process does on a clock, each run by one process at a time.
import type { Logger } from "pino";
import type { EventType } from "../contracts/events.ts";
import { openAccountStore } from "../db/stores/account-store.ts";
import type { Context } from "../domain/context.ts";
import { announcePhaseChanges } from "../domain/notifications/announce-phase-changes.ts";
import { sendNotificationEmails } from "../domain/notifications/send-notification-emails.ts";

/** A task run every `everyMs` (and once at start), and also as soon as one of `wakeOn`'s events is published. */
export interface PeriodicTask {
  /** Unique; also the advisory lock that keeps other processes from running it at the same time. */
  name: string;
  everyMs: number;
  wakeOn?: readonly EventType[];
  run(ctx: Context, logger: Logger): Promise<void>;
}

/** Phases change with the clock: announce the phases that started, once, whatever the number of processes. */
export const phaseAnnouncer: PeriodicTask = {
  name: "phase-announcer",
  everyMs: 30_000,
  run: async (ctx) => {
    await announcePhaseChanges(ctx);
  },
};

/**
 * E-mails of notifications leave after their transaction commits: woken by the notification's own event, and swept
 * every minute for any left behind (a process stopped in the middle, a missed event).
 */
export const notificationEmails: PeriodicTask = {
  name: "notification-emails",
  everyMs: 60_000,
  wakeOn: ["notification.created"],
  run: async (ctx, logger) => {
    await sendNotificationEmails(ctx, (error, notificationId) =>
      logger.error({ err: error, notificationId }, "notification e-mail not sent"),
    );
  },
};

/** Expired sessions and sign-up links are refused anyway; this keeps the tables small and forgets the unconfirmed. */
export const expiredSessions: PeriodicTask = {
  name: "expired-sessions",
  everyMs: 6 * 3_600_000,
  run: async (ctx) => {
    await openAccountStore(ctx.db).deleteExpiredSessions(ctx.now);
  },
};

/** Every periodic task of a worker process. */
export const periodicTasks: readonly PeriodicTask[] = [phaseAnnouncer, notificationEmails, expiredSessions];
