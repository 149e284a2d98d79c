// Cancels an import still queued or running: it stops before storing anything, and the project stays as it was.
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import type { ImportRunner } from "./import-runner.ts";
import { projectOf } from "./listening-project.ts";

/** Asks the import to stop (the flag reaches any process running it); refuses an import that already ended. */
export async function cancelMentionImport(
  ctx: Context,
  actor: MemberActor,
  runner: ImportRunner,
  projectId: string,
  importId: string,
) {
  const { store } = await projectOf(ctx.db, actor.workspaceId, projectId);
  const row = await store.import(importId);
  if (!row || row.projectId !== projectId) throw new AppError("not-found", "This import does not exist.");
  if (row.status !== "queued" && row.status !== "running")
    throw new AppError("conflict", `This import has already ended (${row.status}).`, {
      details: { status: row.status },
    });
  await store.updateImport(importId, { cancelRequested: true });
  runner.cancel(importId);
}
