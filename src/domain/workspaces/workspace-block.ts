// A block belongs to the person in the workspace: kept when they leave or are removed, and refusing their return.
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/open-database.ts";
import { workspaceBlocks } from "../../db/schema/workspace-blocks.ts";
import { AppError } from "../../errors.ts";

type Executor = Pick<Db, "select" | "insert" | "delete">;

/** Records or lifts a person's block in a workspace, beside the membership's own columns. */
export async function recordBlock(
  db: Executor,
  workspaceId: string,
  userId: string,
  block: { blockedAt: Date; blockedBy: string; reason: string | null } | null,
): Promise<void> {
  const where = and(eq(workspaceBlocks.workspaceId, workspaceId), eq(workspaceBlocks.userId, userId));
  if (!block) {
    await db.delete(workspaceBlocks).where(where);
    return;
  }
  await db
    .insert(workspaceBlocks)
    .values({ workspaceId, userId, ...block })
    .onConflictDoUpdate({ target: [workspaceBlocks.workspaceId, workspaceBlocks.userId], set: block });
}

/** Refuses `member-blocked` (403) when the person was blocked in this workspace and tries to join it again. */
export async function assertMayJoin(db: Executor, workspaceId: string, userId: string): Promise<void> {
  const [block] = await db
    .select({ reason: workspaceBlocks.reason })
    .from(workspaceBlocks)
    .where(and(eq(workspaceBlocks.workspaceId, workspaceId), eq(workspaceBlocks.userId, userId)));
  if (!block) return;
  throw new AppError(
    "member-blocked",
    `You were blocked in this workspace by moderation (${block.reason ?? "no reason given"}): you cannot join it again.`,
    { details: { reason: block.reason } },
  );
}
