// Starts the real Fastify app on a free loopback port against the integration run's PostgreSQL.
import pino, { type Logger } from "pino";
import { inject } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { type Database, openDatabase } from "../../src/db/open-database.ts";
import type { Mailer } from "../../src/domain/context.ts";
import { jobHandlersFor } from "../../src/jobs/job-handlers.ts";
import type { HandlerTable } from "../../src/jobs/job-runner.ts";
import { notificationEmails } from "../../src/jobs/periodic-tasks.ts";
import { backgroundWork, contextFactory } from "../../src/jobs/process-context.ts";
import { startWorker } from "../../src/jobs/start-worker.ts";
import { buildApp } from "../../src/server/app.ts";
import { createMailer } from "../../src/server/mailer.ts";
import { ApiClient, testPassword, uniqueEmail } from "./api-client.ts";
import { signUpConfirmed } from "./confirm-sign-up.ts";

export interface SentMail {
  to: string;
  subject: string;
  text: string;
}

export interface TestServer {
  url: string;
  database: Database;
  mails: SentMail[];
  client(): ApiClient;
  /** A new client signed up as a fresh user, its address confirmed through the link e-mailed. */
  signedUp(name?: string): Promise<{ client: ApiClient; userId: string; email: string }>;
  stop(): Promise<void>;
}

/** A test server whose e-mails go through a real SMTP server instead of being captured. */
export function startTestServerWithSmtp(smtpUrl: string): Promise<TestServer> {
  return startTestServer({ SMTP_URL: smtpUrl });
}

/** `options.logger` replaces the silent one, for tests that read what the server logs. */
export async function startTestServer(
  env: Record<string, string> = {},
  options: { logger?: Logger } = {},
): Promise<TestServer> {
  const databaseUrl = inject("databaseUrl");
  const logger = options.logger ?? pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" });
  const config = loadConfig(
    { port: "0", host: "127.0.0.1" },
    { DATABASE_URL: databaseUrl, AUTH_RATE_LIMIT: "100000", ...env },
  );
  const database = await openDatabase({ databaseUrl, dataDir: "", logger });
  const mails: SentMail[] = [];
  // Every mail is kept in `mails`, also when it goes through SMTP, so that sign-ups can follow their link.
  const smtp = config.smtpUrl ? createMailer(config.smtpUrl, config.mailFrom, logger) : undefined;
  const mailer: Mailer = {
    async send(message) {
      mails.push(message);
      await smtp?.send(message);
    },
  };
  const background = backgroundWork(logger, database.db);
  const app = await buildApp({ config, database, logger, mailer, background });
  // The worker role in the same process: jobs (recomputations) and the e-mails of notifications; the clock-driven
  // tasks (phase announcements) are left to the tests that call them, so that none runs behind a test's back.
  const context = contextFactory({ db: database.db, mailer, publicUrl: config.publicUrl }, background);
  const worker = await startWorker({
    database,
    context,
    logger,
    tasks: [notificationEmails],
    runner: { pollMs: 200, handlers: jobHandlersFor(config) as unknown as HandlerTable },
  });
  const address = await app.listen({ port: 0, host: "127.0.0.1" });
  // Schemas compile lazily in production; here all of them, so that a broken one fails every suite at once.
  app.compilePendingSchemas();
  return {
    url: address,
    database,
    mails,
    client: () => new ApiClient(address),
    async signedUp(name = "Test User") {
      const client = new ApiClient(address);
      const email = uniqueEmail();
      const userId = await signUpConfirmed(client, { email, password: testPassword, name }, () =>
        mails.filter((mail) => mail.to === email).map((mail) => mail.text),
      );
      return { client, userId, email };
    },
    async stop() {
      await app.close();
      await worker.stop();
      await database.close();
    },
  };
}
