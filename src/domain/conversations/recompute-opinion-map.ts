// Recomputes a challenge's opinion map from its votes, off the request path, and tells every viewer it changed.
import type { OpinionMap, OpinionMapOptions } from "../../analysis/opinions/opinion-map.ts";
import { type VoteList, VoteListBuilder } from "../../analysis/opinions/vote-matrix.ts";
import type { Db } from "../../db/open-database.ts";
import { openConversationStore } from "../../db/stores/conversation-store.ts";
import { publishEvent } from "../../db/stores/events.ts";
import type { Context } from "../context.ts";
import { opinionMapRecord } from "./opinion-map-record.ts";

/** Computes a map from votes: the server's analysis worker, or the engine in-process (CLI). */
export type ComputeOpinionMap = (input: {
  votes: VoteList;
  options?: Omit<OpinionMapOptions, "onStage">;
}) => Promise<OpinionMap>;

/** The seed of every challenge's map: the same votes always give the same groups. */
const SEED = 0;

/** The dedupe key of a challenge's opinion map jobs. */
export const opinionMapKey = (challengeId: string) => `opinions:${challengeId}`;

/**
 * Asks for a recomputation after a change (a vote, a moderation, an import): a `recompute-opinion-map` job, due in
 * 200 ms, with one dedupe key per challenge. Votes arriving while it waits fold into it; votes arriving while it runs
 * queue exactly one more run after it, so the stored map lags the latest vote by at most one run plus the delay.
 */
export async function requestOpinionMap(
  ctx: Context,
  workspaceId: string,
  challengeId: string,
): Promise<void> {
  await ctx.jobs.enqueue(ctx.db, {
    kind: "recompute-opinion-map",
    workspaceId,
    payload: { challengeId },
    dedupeKey: opinionMapKey(challengeId),
    runAt: new Date(Date.now() + 200),
  });
}

/**
 * Loads the votes on shown statements, computes the map, stores it with its vote count and time, and publishes
 * `opinions.updated` in the same transaction, so a client that refetches on the event reads the new map.
 */
export async function recomputeOpinionMap(
  db: Db,
  workspaceId: string,
  challengeId: string,
  compute: ComputeOpinionMap,
  signal?: AbortSignal,
): Promise<void> {
  const { statements, votes } = await openConversationStore(db, workspaceId).shownVotes(challengeId);
  if (votes.length === 0) return;
  const builder = new VoteListBuilder();
  for (const n of statements) builder.addComment(String(n));
  for (const v of votes) builder.add(String(v.participant), String(v.statement), v.vote, v.time);
  const map = await compute({ votes: builder.build(), options: { seed: SEED } });
  const record = opinionMapRecord(map, votes, statements);
  const computedAt = new Date();
  await db.transaction(async (tx) => {
    // A cancelled run writes nothing.
    signal?.throwIfAborted();
    await openConversationStore(tx, workspaceId).saveMap(challengeId, record, votes.length, computedAt);
    await publishEvent(
      tx,
      {
        type: "opinions.updated",
        workspaceId,
        at: computedAt.toISOString(),
        data: { challengeId, voteCount: votes.length },
      },
      { kind: "workspace", workspaceId },
    );
  });
}
