// Whether the database holds every committed migration (the readiness check asks).
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type pg from "pg";

const journalFile = fileURLToPath(new URL("./migrations/meta/_journal.json", import.meta.url));

/** The number of committed migrations the database has not applied (0 when current). */
export async function pendingMigrationCount(pool: pg.Pool): Promise<number> {
  const journal = JSON.parse(await readFile(journalFile, "utf8")) as { entries: unknown[] };
  const { rows } = await pool.query<{ applied: string }>(
    "SELECT count(*) AS applied FROM drizzle.__drizzle_migrations",
  );
  return Math.max(0, journal.entries.length - Number(rows[0]?.applied ?? 0));
}
