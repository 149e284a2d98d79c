// Groups of converging ideas for tests, inserted as rows (groups are made by the synthesis, not by these tests).
import { sql } from "drizzle-orm";
import type { Db } from "../../src/db/open-database.ts";

/** Inserts a group of `ideaIds` in a challenge and returns its id; `retired` makes it a merged-away group. */
export async function insertGroup(
  db: Db,
  values: {
    workspaceId: string;
    challengeId: string;
    ideaIds: string[];
    label?: string;
    name?: string | null;
    retired?: boolean;
  },
): Promise<string> {
  const result = await db.execute<{ id: string }>(sql`
    INSERT INTO idea_groups (workspace_id, challenge_id, origin, label, name, retired_at)
    VALUES (${values.workspaceId}, ${values.challengeId}, 'manual', ${values.label ?? "marché vivant"},
      ${values.name ?? null}, ${values.retired ? new Date() : null})
    RETURNING id`);
  const id = result.rows[0]?.id;
  if (!id) throw new Error("group insert returned nothing");
  for (const ideaId of values.ideaIds) {
    await db.execute(sql`
      INSERT INTO idea_group_members (idea_id, group_id, workspace_id, placed_by_manager)
      VALUES (${ideaId}, ${id}, ${values.workspaceId}, true)`);
  }
  return id;
}
