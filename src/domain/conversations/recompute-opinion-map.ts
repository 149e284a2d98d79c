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

/**
 * Asks for a recomputation after a change (a vote, a moderation, an import). The coalescer folds a burst of votes
 * into one run and runs again once if votes arrived during a run, so the stored map lags the latest vote by at most
 * one run plus its 200 ms delay.
 */
export function requestOpinionMap(ctx: Context, workspaceId: string, challengeId: string): void {
  ctx.recomputes.request(`opinions:${challengeId}`, () =>
    recomputeOpinionMap(ctx.db, workspaceId, challengeId, (input) => ctx.analysis.run("opinions", input)),
  );
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
