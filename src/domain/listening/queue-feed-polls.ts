// Queues one poll job per active feed source whose next poll is due, across workspaces (a periodic task).
import { dueFeedSources } from "../../db/stores/feed-source-store.ts";
import type { Context } from "../context.ts";
import { feedJobKey } from "./poll-feed-source.ts";

/**
 * Queues the due sources' polls; a source whose poll already waits is folded into it (dedupe key), and the poll
 * itself moves the source's next poll forward, so a tick that comes again before it ran queues nothing new.
 */
export async function queueFeedPolls(ctx: Context): Promise<number> {
  const due = await dueFeedSources(ctx.db, ctx.now);
  for (const source of due) {
    await ctx.jobs.enqueue(ctx.db, {
      kind: "poll-feed",
      workspaceId: source.workspaceId,
      payload: { sourceId: source.id },
      dedupeKey: feedJobKey(source.id),
      maxAttempts: 3,
    });
  }
  return due.length;
}
