// Feed source rows → API JSON, dates as ISO strings.
import type { FeedSourceData } from "../../contracts/listening-feeds.ts";
import type { FeedSourceRow } from "../../db/stores/feed-source-store.ts";

export function presentFeedSource(row: FeedSourceRow): FeedSourceData {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    status: row.status,
    everyMinutes: row.everyMinutes,
    lastPolledAt: row.lastPolledAt?.toISOString() ?? null,
    lastSuccessAt: row.lastSuccessAt?.toISOString() ?? null,
    lastError: row.lastError,
    lastErrorCode: row.lastErrorCode,
    lastErrorParams: row.lastErrorParams,
    failures: row.failures,
    taken: row.taken,
    nextPollAt: row.nextPollAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
  };
}
