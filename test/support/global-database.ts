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

export async function setup(project: TestProject): Promise<void> {
  const kind = process.env.COCREA_TEST_DB === "debian" ? "debian" : "embedded";
  cluster = kind === "debian" ? await startDebianCluster() : await startEmbeddedCluster();
  const pool = new pg.Pool({ connectionString: cluster.url, max: 2 });
  await applyMigrations(pool);
  await pool.end();
  project.provide("databaseUrl", cluster.url);
  project.provide("databaseKind", `${kind} (${cluster.version})`);
  console.log(`integration tests on ${kind} PostgreSQL: ${cluster.version}`);
}

export async function teardown(): Promise<void> {
  await cluster?.stop();
}
