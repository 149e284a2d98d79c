// Polls one feed source (a job): conditional GET, the new items stored as mentions in one transaction, and the
// source's status (last success, last error in plain words, next poll) written whatever happened.
import type { RejectedRow, SkippedRow } from "../../db/schema/listening.ts";
import { type FeedSourceRow, openFeedSourceStore } from "../../db/stores/feed-source-store.ts";
import { openListeningFiguresStore } from "../../db/stores/listening-figures-store.ts";
import type { NewMention } from "../../db/stores/listening-store.ts";
import type { Context } from "../context.ts";
import { type FeedReading, mentionsOfFeed } from "./feed-items.ts";
import { publishListeningEvent } from "./listening-events.ts";
import { projectOf } from "./listening-project.ts";
import { compileFrame, readMention } from "./mention-reading.ts";

/** What the poller needs from outside: fetching (with the address policy) and reading a feed. */
export interface FeedPort {
  fetch(
    url: string,
    validators: { etag: string | null; lastModified: string | null },
    signal: AbortSignal,
  ): Promise<
    | { status: "not-modified" }
    | { status: "fetched"; body: Uint8Array; etag: string | null; lastModified: string | null }
  >;
  read(body: Uint8Array, name: string): FeedReading;
}

/**
 * A failure the source's owner can act on (address refused, server error, not a feed): plain words in `message`, and
 * a code with its parameters that the interface translates.
 */
export class FeedProblem extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly params: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Longest wait between two polls of a failing source (minutes). */
const maxBackoffMinutes = 24 * 60;

/** When to poll again: `everyMinutes` after a success, doubling with each failure in a row up to a day. */
export function nextPollAfter(now: Date, everyMinutes: number, failures: number): Date {
  const minutes = Math.min(maxBackoffMinutes, everyMinutes * 2 ** Math.min(failures, 10));
  return new Date(now.getTime() + minutes * 60_000);
}

/** The dedupe key of a source's poll job: one waiting poll per source. */
export const feedJobKey = (sourceId: string) => `feed-poll:${sourceId}`;

export type PollOutcome =
  | { outcome: "skipped" }
  | { outcome: "not-modified" }
  | { outcome: "stored"; taken: number; duplicates: number; rejected: number }
  | { outcome: "failed"; error: string };

/**
 * Polls `sourceId` if it is active and due. A 304 adds nothing; new items (not already in the project by guid, link
 * or near-identical text) are read by the engine and stored with the source's new validators in one transaction; a
 * FeedProblem is recorded on the source and stores nothing. Other errors (the database) are thrown for a retry.
 */
export async function pollFeedSource(
  ctx: Context,
  workspaceId: string,
  sourceId: string,
  port: FeedPort,
  signal: AbortSignal,
): Promise<PollOutcome> {
  const store = openFeedSourceStore(ctx.db, workspaceId);
  const source = await store.source(sourceId);
  // A poll queued twice, or for a source paused or deleted since: nothing to do. A minute of slack lets a source
  // due by the clock of the process that queued it be polled by a worker whose clock is a little behind.
  const due = (at: Date) => at.getTime() <= ctx.now.getTime() + 60_000;
  if (source?.status !== "active" || !due(source.nextPollAt)) return { outcome: "skipped" };
  try {
    const answer = await port.fetch(
      source.url,
      { etag: source.etag, lastModified: source.lastModified },
      signal,
    );
    signal.throwIfAborted();
    if (answer.status === "not-modified") {
      await store.update(sourceId, succeeded(ctx.now, source));
      return { outcome: "not-modified" };
    }
    const feed = port.read(answer.body, source.url);
    return await storeItems(ctx, source, feed, answer, signal);
  } catch (error) {
    if (signal.aborted || !(error instanceof FeedProblem)) throw error;
    await store.update(sourceId, {
      lastPolledAt: ctx.now,
      lastError: error.message,
      lastErrorCode: error.code,
      lastErrorParams: error.params,
      failures: source.failures + 1,
      nextPollAt: nextPollAfter(ctx.now, source.everyMinutes, source.failures + 1),
    });
    return { outcome: "failed", error: error.message };
  }
}

const succeeded = (now: Date, source: FeedSourceRow) => ({
  lastPolledAt: now,
  lastSuccessAt: now,
  lastError: null,
  lastErrorCode: null,
  lastErrorParams: null,
  failures: 0,
  nextPollAt: nextPollAfter(now, source.everyMinutes, 0),
});

async function storeItems(
  ctx: Context,
  source: FeedSourceRow,
  feed: FeedReading,
  validators: { etag: string | null; lastModified: string | null },
  signal: AbortSignal,
): Promise<PollOutcome> {
  const { workspaceId, projectId } = source;
  return ctx.db.transaction(async (tx) => {
    // Under the project's lock, so that this poll and an import of the project see each other's mentions.
    const { store, project } = await projectOf(tx, workspaceId, projectId, true);
    const mapped = mentionsOfFeed(feed, source.url, ctx.now);
    const parsed = mapped.flatMap((m) => ("mention" in m ? [m.mention] : []));
    const rejected = mapped.filter((m): m is RejectedRow => !("mention" in m));
    const known = await store.existing(
      projectId,
      parsed.flatMap((m) => (m.externalId ? [m.externalId] : [])),
      parsed.map((m) => m.textHash),
    );
    const seenIds = new Set<string>();
    const seenHashes = new Set<string>();
    const duplicates: SkippedRow[] = [];
    const matcher = project.frame ? compileFrame(project.frame) : undefined;
    const fresh: NewMention[] = [];
    for (const m of parsed) {
      const sameId = m.externalId !== null && (known.ids.has(m.externalId) || seenIds.has(m.externalId));
      if (sameId || known.hashes.has(m.textHash) || seenHashes.has(m.textHash)) {
        duplicates.push({ line: m.line, reason: sameId ? "same-id" : "same-text" });
        continue;
      }
      if (m.externalId !== null) seenIds.add(m.externalId);
      seenHashes.add(m.textHash);
      const reading = readMention(m.text, m.language);
      const mention = { ...m, language: reading.language };
      fresh.push({
        ...mention,
        machinePolarity: reading.polarity,
        machineScore: reading.score,
        machineEmotions: reading.emotions,
        machineDimensions: reading.dimensions,
        polarity: reading.polarity,
        emotions: reading.emotions,
        dimensions: reading.dimensions,
        brands: matcher?.inScope(mention) ? matcher.brandsOf(m.text) : [],
      });
    }
    const sources = openFeedSourceStore(tx, workspaceId);
    if (fresh.length > 0) {
      const importId = await sources.addFeedImport({
        projectId,
        url: source.url,
        total: mapped.length,
        taken: fresh.length,
        duplicates: duplicates.slice(0, 1_000),
        rejected: rejected.slice(0, 1_000),
        createdBy: source.createdBy,
        at: ctx.now,
      });
      await store.insertMentions(
        projectId,
        fresh.map((m) => ({ ...m, importId })),
      );
      await store.applyReadings(projectId, { importId });
      await openListeningFiguresStore(tx, workspaceId).refreshRollups(projectId, [
        ...new Set(fresh.map((m) => m.day)),
      ]);
      await sources.addTaken(source.id, fresh.length);
      await publishListeningEvent(
        tx,
        workspaceId,
        "mention-import.finished",
        { projectId, importId, status: "done", taken: fresh.length },
        new Date(),
      );
    }
    await sources.update(source.id, {
      ...succeeded(ctx.now, source),
      etag: validators.etag,
      lastModified: validators.lastModified,
      title: feed.title?.slice(0, 500) ?? source.title,
    });
    // Last check before the commit: a cancelled or interrupted poll keeps nothing (the next one reads it again).
    signal.throwIfAborted();
    return {
      outcome: "stored",
      taken: fresh.length,
      duplicates: duplicates.length,
      rejected: rejected.length,
    };
  });
}
