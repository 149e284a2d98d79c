// A workspace's listening projects, and one project with its imports, rules and snapshots.

import { openListeningStore } from "../../db/stores/listening-store.ts";
import type { Context, MemberActor } from "../context.ts";
import { projectOf } from "./listening-project.ts";

export async function listListeningProjects(ctx: Context, actor: MemberActor) {
  return openListeningStore(ctx.db, actor.workspaceId).projects();
}

export async function showListeningProject(ctx: Context, actor: MemberActor, projectId: string) {
  const { store, project } = await projectOf(ctx.db, actor.workspaceId, projectId);
  return {
    project,
    imports: await store.imports(projectId),
    rules: await store.rules(projectId),
    snapshots: await store.snapshots(projectId),
  };
}

export async function readImport(ctx: Context, actor: MemberActor, projectId: string, importId: string) {
  const { store } = await projectOf(ctx.db, actor.workspaceId, projectId);
  const row = await store.import(importId);
  if (!row || row.projectId !== projectId) {
    const { AppError } = await import("../../errors.ts");
    throw new AppError("not-found", "This import does not exist.");
  }
  return row;
}
