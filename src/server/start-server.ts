// Starts a Cocrea process: database, migrations, demo data, then its roles: web (HTTP and live channel) and worker.
import type { FastifyInstance } from "fastify";
import type { Logger } from "pino";
import type { Config } from "../config.ts";
import { applyMigrations } from "../db/migrate.ts";
import { type Database, openDatabase } from "../db/open-database.ts";
import { createDemoWorkspace } from "../domain/demo/create-demo-workspace.ts";
import { jobHandlersFor } from "../jobs/job-handlers.ts";
import type { HandlerTable } from "../jobs/job-runner.ts";
import { backgroundWork, contextFactory } from "../jobs/process-context.ts";
import { type RunningWorker, startWorker } from "../jobs/start-worker.ts";
import { createLogger } from "../logger.ts";
import { buildApp } from "./app.ts";
import { createMailer } from "./mailer.ts";

export interface RunningServer {
  /** The HTTP app; undefined for a worker-only process. */
  app: FastifyInstance | undefined;
  /** The job runner and periodic tasks; undefined for a web-only process. */
  worker: RunningWorker | undefined;
  database: Database;
  /** Where the app answers; empty for a worker-only process. */
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
  let app: FastifyInstance | undefined;
  let worker: RunningWorker | undefined;
  try {
    await applyMigrations(database.pool);
    const mailer = createMailer(config.smtpUrl, config.mailFrom, logger);
    const background = backgroundWork(logger, database.db);
    const context = contextFactory({ db: database.db, mailer, publicUrl: config.publicUrl }, background);
    let demoCreated = false;
    if (config.demo) {
      demoCreated = await createDemoWorkspace(context());
      if (demoCreated) logger.info("demo workspace created");
    }
    let url = "";
    if (config.roles.includes("web")) {
      app = await buildApp({ config, database, logger, mailer, background });
      const address = await app.listen({ port: config.port, host: config.host });
      const port = new URL(address).port;
      url = `http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${port}`;
      logger.info({ url, roles: config.roles }, `Cocrea is running at ${url}`);
    }
    // After the listener, so that the first jobs (the demo's recomputations) do not slow the start of the web.
    if (config.roles.includes("worker")) {
      const handlers = jobHandlersFor(config) as unknown as HandlerTable;
      worker = await startWorker({ database, context, logger, runner: { handlers } });
    }
    if (!app) logger.info({ roles: config.roles }, "Cocrea is running as a worker, without an HTTP listener");
    let stopping: Promise<void> | undefined;
    return {
      app,
      worker,
      database,
      url,
      logger,
      demoCreated,
      stop() {
        stopping ??= (async () => {
          await app?.close();
          await worker?.stop();
          await background.analysis.close();
          await database.close();
        })();
        return stopping;
      },
    };
  } catch (error) {
    await app?.close().catch(() => {});
    await worker?.stop().catch(() => {});
    await database.close().catch(() => {});
    throw error;
  }
}
