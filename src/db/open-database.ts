// Opens Cocrea's PostgreSQL: an external one from DATABASE_URL, or an embedded one started as a child process.
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import pg from "pg";
import type { Logger } from "pino";
import { startEmbedded } from "./embedded-database.ts";
import * as accounts from "./schema/accounts.ts";
import * as actions from "./schema/actions.ts";
import * as challenges from "./schema/challenges.ts";
import * as contest from "./schema/contest.ts";
import * as conversations from "./schema/conversations.ts";
import * as erasure from "./schema/erasure.ts";
import * as jobs from "./schema/jobs.ts";
import * as listening from "./schema/listening.ts";
import * as listeningAlerts from "./schema/listening-alerts.ts";
import * as listeningFeeds from "./schema/listening-feeds.ts";
import * as listeningTopics from "./schema/listening-topics.ts";
import * as notificationPreferences from "./schema/notification-preferences.ts";
import * as notifications from "./schema/notifications.ts";
import * as planCalendar from "./schema/plan-calendar.ts";
import * as planSessions from "./schema/plan-sessions.ts";
import * as plans from "./schema/plans.ts";
import * as signInThrottles from "./schema/sign-in-throttles.ts";
import * as signUpRequests from "./schema/sign-up-requests.ts";
import * as synthesis from "./schema/synthesis.ts";
import * as synthesisRuns from "./schema/synthesis-runs.ts";
import * as workspaceBlocks from "./schema/workspace-blocks.ts";
import * as workspaces from "./schema/workspaces.ts";
import * as writeBudgets from "./schema/write-budgets.ts";

export const schema = {
  ...accounts,
  ...workspaces,
  ...challenges,
  ...notifications,
  ...synthesis,
  ...synthesisRuns,
  ...contest,
  ...actions,
  ...notificationPreferences,
  ...conversations,
  ...jobs,
  ...signInThrottles,
  ...workspaceBlocks,
  ...plans,
  ...planSessions,
  ...planCalendar,
  ...listening,
  ...listeningAlerts,
  ...erasure,
  ...listeningFeeds,
  ...listeningTopics,
  ...writeBudgets,
  ...signUpRequests,
};
export type Db = NodePgDatabase<typeof schema>;

/** An open database: the pool, its drizzle view, the URL (for LISTEN connections) and how to close it all. */
export interface Database {
  db: Db;
  pool: pg.Pool;
  url: string;
  embedded: boolean;
  close(): Promise<void>;
  /** Ends the embedded PostgreSQL at once (a stop that overran its deadline); nothing for an external one. */
  kill(): Promise<void>;
  /** Called when the embedded PostgreSQL died and could not be restarted. */
  onFatal(listener: (error: Error) => void): void;
}

/** How long closing the pool may wait for queries in flight before the database is stopped anyway. */
const poolEndMs = 1_000;

interface Server {
  stop(): Promise<void>;
  kill(): Promise<void>;
  onFatal(listener: (error: Error) => void): void;
}

const external: Server = { stop: async () => {}, kill: async () => {}, onFatal: () => {} };

export interface OpenDatabaseOptions {
  databaseUrl: string | undefined;
  dataDir: string;
  logger: Logger;
  poolSize?: number;
}

/** Opens the configured database; the embedded server is initialised on first use and reused afterwards. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return connect(options.databaseUrl, options, external);
  const embedded = await startEmbedded(options.dataDir, options.logger);
  return connect(embedded.url, options, embedded, true);
}

async function connect(
  url: string,
  options: OpenDatabaseOptions,
  server: Server,
  embedded = false,
): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
  // An idle connection ends when PostgreSQL stops or restarts; the pool opens a new one on next use.
  pool.on("error", (error) =>
    options.logger.warn({ reason: error.message }, "idle database connection ended"),
  );
  // The pool listens for errors only on idle connections: one checked out (a transaction between two queries, the
  // periodic tasks' advisory lock) that PostgreSQL ends would raise an unhandled 'error' event and stop the process.
  // Its next query fails instead, and the pool discards it on release.
  pool.on("connect", (client) => {
    client.on("error", (error) =>
      options.logger.debug({ reason: error.message }, "database connection ended while in use"),
    );
  });
  try {
    const { rows } = await pool.query<{ server_version_num: string }>("SHOW server_version_num");
    const version = Number(rows[0]?.server_version_num ?? 0);
    if (version < 150000) throw new Error(`PostgreSQL 15 or later is required, this server is ${version}`);
  } catch (error) {
    await pool.end().catch(() => {});
    await server.stop();
    throw error;
  }
  return {
    db: drizzle(pool, { schema }),
    pool,
    url,
    embedded,
    async close() {
      await Promise.race([
        pool.end().catch(() => {}),
        new Promise((resolve) => setTimeout(resolve, poolEndMs).unref()),
      ]);
      await server.stop();
    },
    kill: () => server.kill(),
    onFatal: (listener) => server.onFatal(listener),
  };
}
