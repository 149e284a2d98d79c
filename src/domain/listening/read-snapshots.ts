// A project's snapshots: the list, and one frozen audit as it was stored.
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { projectOf } from "./listening-project.ts";

export async function listSnapshots(ctx: Context, actor: MemberActor, projectId: string) {
  const { store } = await projectOf(ctx.db, actor.workspaceId, projectId);
  return store.snapshots(projectId);
}

export async function readSnapshot(ctx: Context, actor: MemberActor, projectId: string, snapshotId: string) {
  const { store } = await projectOf(ctx.db, actor.workspaceId, projectId);
  const row = await store.snapshot(projectId, snapshotId);
  if (!row) throw new AppError("not-found", "This snapshot does not exist.", { field: "snapshotId" });
  return row;
}
