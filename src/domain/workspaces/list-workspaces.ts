// The workspaces a person belongs to, with their role in each.
import { asc, eq } from "drizzle-orm";
import { memberships, workspaces } from "../../db/schema/workspaces.ts";
import type { Role, WorkspaceRow } from "../../db/stores/workspace-store.ts";
import type { Actor, Context } from "../context.ts";

export async function listWorkspaces(
  ctx: Context,
  actor: Actor,
): Promise<Array<WorkspaceRow & { role: Role }>> {
  const rows = await ctx.db
    .select({ workspace: workspaces, role: memberships.role })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(eq(memberships.userId, actor.userId))
    .orderBy(asc(workspaces.name));
  return rows.map((row) => ({ ...row.workspace, role: row.role }));
}
