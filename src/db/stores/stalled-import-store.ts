// Across workspaces: the listening imports left queued or running by a job that no worker will run again.
import { sql } from "drizzle-orm";
import type { Db } from "../open-database.ts";

/**
 * Ends as failed the imports still queued or running, older than `graceMs`, whose `import-mentions` job (dedupe key
 * `mention-import:<id>`) no longer waits or runs: it died after its last attempt (its worker killed each time) or is
 * gone. Returns them, for their events. Nothing of such an import was stored: it stores only at its last step.
 */
export async function settleStalledImports(db: Db, graceMs: number, error: string) {
  const result = await db.execute<{ id: string; workspace_id: string; project_id: string }>(sql`
    UPDATE mention_imports i SET status = 'failed', error = ${error}, finished_at = now()
    WHERE i.status IN ('queued', 'running')
      AND i.created_at < now() - ${`${graceMs} milliseconds`}::interval
      AND NOT EXISTS (
        SELECT 1 FROM jobs j
        WHERE j.dedupe_key = 'mention-import:' || i.id::text AND j.status IN ('queued', 'failed', 'running'))
    RETURNING i.id, i.workspace_id, i.project_id`);
  return result.rows.map((row) => ({ id: row.id, workspaceId: row.workspace_id, projectId: row.project_id }));
}
