// Deletes a project's feed source; the mentions it brought stay in the project.
import type { Context, MemberActor } from "../context.ts";
import { sourceOf } from "./change-feed-source.ts";

/** Deletes a source; the mentions it brought stay in the project. */
export async function deleteFeedSource(
  ctx: Context,
  actor: MemberActor,
  projectId: string,
  sourceId: string,
) {
  await ctx.db.transaction(async (tx) => {
    const { store } = await sourceOf(tx, actor, projectId, sourceId);
    await store.remove(sourceId);
  });
}
