// The one list of periodic tasks: what a worker process does on a clock, each run by one process at a time.
import type { Logger } from "pino";
import type { EventType } from "../contracts/events.ts";
import { openAccountStore } from "../db/stores/account-store.ts";
import type { Context } from "../domain/context.ts";
import { judgeAlertRules } from "../domain/listening/judge-alert-rules.ts";
import { queueFeedPolls } from "../domain/listening/queue-feed-polls.ts";
import { settleStalledImports } from "../domain/listening/settle-stalled-imports.ts";
import { announcePhaseChanges } from "../domain/notifications/announce-phase-changes.ts";
import { sendNotificationEmails } from "../domain/notifications/send-notification-emails.ts";
import { remindDecisionReviews } from "../domain/plans/remind-decision-reviews.ts";

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

/**
 * Listening alert rules are judged after each import (woken by its end), and swept every five minutes for an end
 * heard by no process; only rules whose project finished an import since they last looked are judged.
 */
export const listeningAlerts: PeriodicTask = {
  name: "listening-alerts",
  everyMs: 300_000,
  wakeOn: ["mention-import.finished"],
  run: async (ctx) => {
    await judgeAlertRules(ctx);
  },
};

/** A decision's review day comes with the clock: remind it once, whatever the number of processes. */
export const decisionReviews: PeriodicTask = {
  name: "decision-reviews",
  everyMs: 900_000,
  run: async (ctx) => {
    await remindDecisionReviews(ctx);
  },
};

/** Listening feed sources are polled on their own clocks: queue one poll job per source that is due. */
export const feedPolls: PeriodicTask = {
  name: "feed-polls",
  everyMs: 60_000,
  run: async (ctx) => {
    await queueFeedPolls(ctx);
  },
};

/** A listening import whose job died after its last attempt would wait forever: end it as failed. */
export const stalledImports: PeriodicTask = {
  name: "stalled-imports",
  everyMs: 5 * 60_000,
  run: async (ctx) => {
    await settleStalledImports(ctx);
  },
};

/** Every periodic task of a worker process. */
export const periodicTasks: readonly PeriodicTask[] = [
  phaseAnnouncer,
  notificationEmails,
  expiredSessions,
  listeningAlerts,
  decisionReviews,
  feedPolls,
  stalledImports,
];
