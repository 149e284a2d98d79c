// Cancels an import still queued or running: it stops before storing anything, and the project stays as it was.
import { cancelJobWithKey } from "../../db/stores/job-store.ts";
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { publishListeningEvent } from "./listening-events.ts";
import { projectOf } from "./listening-project.ts";
import { importJobKey } from "./run-mention-import.ts";

/**
 * Flags the import and cancels its job: a job still waiting is cancelled at once (and the import with it); a running
 * one has its AbortSignal aborted by its worker, and the flag, read under the project's lock before the import's
 * commit, keeps it from storing anything. Refuses an import that already ended.
 */
export async function cancelMentionImport(
  ctx: Context,
  actor: MemberActor,
  projectId: string,
  importId: string,
) {
  await ctx.db.transaction(async (tx) => {
    const { store } = await projectOf(tx, actor.workspaceId, projectId, true);
    const row = await store.import(importId);
    if (!row || row.projectId !== projectId) throw new AppError("not-found", "This import does not exist.");
    if (row.status !== "queued" && row.status !== "running")
      throw new AppError("conflict", `This import has already ended (${row.status}).`, {
        details: { status: row.status },
      });
    const job = await cancelJobWithKey(tx, importJobKey(importId));
    if (job === "running") {
      await store.updateImport(importId, { cancelRequested: true });
      return;
    }
    // No run will end it: it ends here.
    await store.updateImport(importId, { cancelRequested: true, status: "cancelled", finishedAt: ctx.now });
    await publishListeningEvent(
      tx,
      actor.workspaceId,
      "mention-import.finished",
      { projectId, importId, status: "cancelled", taken: 0 },
      ctx.now,
    );
  });
}
