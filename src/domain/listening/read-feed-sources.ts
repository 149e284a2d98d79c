// A listening project's feed sources with their status.
import { openFeedSourceStore } from "../../db/stores/feed-source-store.ts";
import type { Context, MemberActor } from "../context.ts";
import { projectOf } from "./listening-project.ts";

/** The project's feed sources, oldest first. */
export async function readFeedSources(ctx: Context, actor: MemberActor, projectId: string) {
  await projectOf(ctx.db, actor.workspaceId, projectId);
  return openFeedSourceStore(ctx.db, actor.workspaceId).sources(projectId);
}
