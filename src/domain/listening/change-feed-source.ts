// Pauses or resumes a project's feed source; resuming polls it at once.
import { openFeedSourceStore } from "../../db/stores/feed-source-store.ts";
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { projectOf } from "./listening-project.ts";
import { feedJobKey } from "./poll-feed-source.ts";

/** The source `id` of the project, locked, or not-found (also for another workspace's source). */
export async function sourceOf(tx: Context["db"], actor: MemberActor, projectId: string, id: string) {
  await projectOf(tx, actor.workspaceId, projectId);
  const store = openFeedSourceStore(tx, actor.workspaceId);
  const source = await store.source(id, true);
  if (!source || source.projectId !== projectId)
    throw new AppError("not-found", "This feed source does not exist.", { field: "sourceId" });
  return { store, source };
}

/** Sets a source active (polled now) or paused (polled no more until resumed). */
export async function setFeedSourceStatus(
  ctx: Context,
  actor: MemberActor,
  projectId: string,
  sourceId: string,
  status: "active" | "paused",
) {
  return ctx.db.transaction(async (tx) => {
    const { store, source } = await sourceOf(tx, actor, projectId, sourceId);
    if (source.status === status) return source;
    if (status === "paused") {
      await store.update(sourceId, { status });
    } else {
      await store.update(sourceId, { status, nextPollAt: ctx.now, failures: 0 });
      await ctx.jobs.enqueue(tx, {
        kind: "poll-feed",
        workspaceId: actor.workspaceId,
        payload: { sourceId },
        dedupeKey: feedJobKey(sourceId),
        maxAttempts: 3,
      });
    }
    return (await store.source(sourceId)) ?? source;
  });
}
