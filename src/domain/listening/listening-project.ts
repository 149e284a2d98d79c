// Finds a listening project of the actor's workspace, or answers not-found (also for another workspace's project).

import type { Db } from "../../db/open-database.ts";
import { type ListeningStore, openListeningStore } from "../../db/stores/listening-store.ts";
import { AppError } from "../../errors.ts";

/** The project `projectId` of `workspaceId` with its store; `lock` takes its row lock (inside a transaction). */
export async function projectOf(db: Db, workspaceId: string, projectId: string, lock = false) {
  const store: ListeningStore = openListeningStore(db, workspaceId);
  const project = await store.project(projectId, lock);
  if (!project)
    throw new AppError("not-found", "This listening project does not exist.", { field: "projectId" });
  return { store, project };
}
