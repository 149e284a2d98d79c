// Adds a feed source to a listening project and queues its first poll at once.
import { openFeedSourceStore } from "../../db/stores/feed-source-store.ts";
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { projectOf } from "./listening-project.ts";
import { feedJobKey } from "./poll-feed-source.ts";

/** Longest feed address kept, in characters. */
const maxUrlLength = 2_000;

/**
 * Checks the address's form (http or https, no user name or password); whether it leads to a public address is
 * decided at each poll, where DNS answers and redirects are known, and a refusal shows in the source's status.
 */
export function checkFeedUrl(text: string): string {
  const value = text.trim();
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new AppError("invalid-input", `"${value}" is not a web address (http://… or https://…)`, {
      field: "url",
    });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new AppError("invalid-input", "a feed address starts with http:// or https://", { field: "url" });
  if (url.username || url.password)
    throw new AppError("invalid-input", "a feed address cannot hold a user name or password", {
      field: "url",
    });
  if (value.length > maxUrlLength)
    throw new AppError("invalid-input", `a feed address is at most ${maxUrlLength} characters`, {
      field: "url",
    });
  url.hash = "";
  return url.toString();
}

export async function addFeedSource(
  ctx: Context,
  actor: MemberActor,
  projectId: string,
  input: { url: string; everyMinutes?: number },
) {
  const url = checkFeedUrl(input.url);
  return ctx.db.transaction(async (tx) => {
    await projectOf(tx, actor.workspaceId, projectId);
    const row = await openFeedSourceStore(tx, actor.workspaceId).add({
      projectId,
      url,
      everyMinutes: input.everyMinutes ?? 60,
      createdBy: actor.userId,
      nextPollAt: ctx.now,
    });
    if (!row) throw new AppError("conflict", "This project already follows this feed.", { field: "url" });
    await ctx.jobs.enqueue(tx, {
      kind: "poll-feed",
      workspaceId: actor.workspaceId,
      payload: { sourceId: row.id },
      dedupeKey: feedJobKey(row.id),
      maxAttempts: 3,
    });
    return row;
  });
}
