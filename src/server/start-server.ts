// Starts a complete Cocrea server: database (embedded or external), migrations, demo data, HTTP and live channel.
import type { FastifyInstance } from "fastify";
import type { Logger } from "pino";
import type { Config } from "../config.ts";
import { applyMigrations } from "../db/migrate.ts";
import { type Database, openDatabase } from "../db/open-database.ts";
import { openAccountStore } from "../db/stores/account-store.ts";
import { createDemoWorkspace } from "../domain/demo/create-demo-workspace.ts";
import { announcePhaseChanges } from "../domain/notifications/announce-phase-changes.ts";
import { createLogger } from "../logger.ts";
import { backgroundWork, buildApp } from "./app.ts";
import { createMailer } from "./mailer.ts";

export interface RunningServer {
  app: FastifyInstance;
  database: Database;
  url: string;
  logger: Logger;
  /** Whether this start created the demo workspace (the command then shows its account). */
  demoCreated: boolean;
  stop(): Promise<void>;
}

export async function startServer(
  config: Config,
  logger = createLogger(config.logLevel),
): Promise<RunningServer> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, logger });
  try {
    await applyMigrations(database.pool);
    const mailer = createMailer(config.smtpUrl, config.mailFrom, logger);
    const background = backgroundWork(logger, database.db);
    let demoCreated = false;
    if (config.demo) {
      demoCreated = await createDemoWorkspace({
        db: database.db,
        now: new Date(),
        mailer,
        publicUrl: config.publicUrl,
        ...background,
      });
      if (demoCreated) logger.info("demo workspace created");
    }
    const app = await buildApp({ config, database, logger, mailer, background });
    // Expired sessions are refused anyway; this only keeps the table small.
    const sweep = () =>
      openAccountStore(database.db)
        .deleteExpiredSessions(new Date())
        .catch((error: unknown) => logger.warn({ err: error }, "could not delete expired sessions"));
    void sweep();
    const sweeper = setInterval(sweep, 6 * 3_600_000).unref();
    app.addHook("onClose", async () => clearInterval(sweeper));
    // Phases change with the clock: every 30 s, announce the phases that started (once, even with several servers).
    const announce = () =>
      announcePhaseChanges({ db: database.db, now: new Date() }).catch((error: unknown) =>
        logger.warn({ err: error }, "could not announce phase changes"),
      );
    void announce();
    const announcer = setInterval(announce, 30_000).unref();
    app.addHook("onClose", async () => clearInterval(announcer));
    const address = await app.listen({ port: config.port, host: config.host });
    const port = new URL(address).port;
    const url = `http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${port}`;
    logger.info({ url }, `Cocrea is running at ${url}`);
    let stopping: Promise<void> | undefined;
    return {
      app,
      database,
      url,
      logger,
      demoCreated,
      stop() {
        stopping ??= (async () => {
          await app.close();
          await database.close();
        })();
        return stopping;
      },
    };
  } catch (error) {
    await database.close().catch(() => {});
    throw error;
  }
}
