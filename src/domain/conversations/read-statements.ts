// A conversation's statements as the actor sees them, and the statement the actor should vote on next.
import { nextStatement, type StatementCandidate } from "../../analysis/opinions/next-statement.ts";
import { openChallengeStore } from "../../db/stores/challenge-store.ts";
import {
  openConversationStore,
  type StatementView,
  type VoteValue,
} from "../../db/stores/conversation-store.ts";
import type { Context, MemberActor } from "../context.ts";
import { conversationChallenge, drawSeed, seesStatement } from "./conversation-rules.ts";
import type { OpinionMapRecord } from "./opinion-map-record.ts";

export interface StatementForActor extends StatementView {
  /** The actor's vote on it, or null. */
  myVote: VoteValue | null;
  mine: boolean;
}

/**
 * Shown statements for everyone; pending and rejected ones also for moderators and their author. Vote counts of a
 * statement that is not shown are kept from participants (they are not counted anywhere else either).
 */
export async function listStatements(
  ctx: Context,
  actor: MemberActor,
  challengeId: string,
): Promise<StatementForActor[]> {
  await conversationChallenge(openChallengeStore(ctx.db, actor.workspaceId), actor, challengeId, ctx.now);
  const conversation = openConversationStore(ctx.db, actor.workspaceId);
  const all = await conversation.statements(challengeId);
  const participant = await conversation.participantNumber(challengeId, actor.userId);
  const mine = participant === undefined ? new Map() : await conversation.votesOf(challengeId, participant);
  return all
    .filter((s) => seesStatement(actor, s))
    .map((s) => ({ ...s, myVote: mine.get(s.number) ?? null, mine: s.authorId === actor.userId }));
}

export interface NextStatement {
  statement: StatementView | null;
  /** Shown statements the actor has not voted on yet, this one included. */
  remaining: number;
  /** Shown statements in all. */
  total: number;
}

/**
 * The shown statement the actor should vote on next (`analysis/opinions/next-statement.ts`: few votes, divisive
 * across the last map's groups, consensus candidates), never one already voted on; null when all are voted on.
 * The draw's seed is the participant's number and vote count, so the answer is stable until they vote. Vote counts
 * come from the last stored map (at most one recomputation behind), so this stays cheap at any number of votes.
 */
export async function showNextStatement(
  ctx: Context,
  actor: MemberActor,
  challengeId: string,
): Promise<NextStatement> {
  await conversationChallenge(openChallengeStore(ctx.db, actor.workspaceId), actor, challengeId, ctx.now);
  const conversation = openConversationStore(ctx.db, actor.workspaceId);
  const stored = await conversation.map(challengeId, undefined);
  const summary = stored?.summary as Pick<OpinionMapRecord, "scores" | "counts"> | undefined;
  const scores = summary?.scores ?? {};
  const counts = summary?.counts ?? {};
  // Counts from the last map, not a count of every vote: this runs after each vote of each participant.
  const shown: StatementView[] = (await conversation.statementRows(challengeId, ["shown"])).map((s) => {
    const [agrees, disagrees, passes] = counts[s.number] ?? [0, 0, 0];
    return { ...s, agrees, disagrees, passes };
  });
  const participant = await conversation.participantNumber(challengeId, actor.userId);
  const mine = participant === undefined ? new Map() : await conversation.votesOf(challengeId, participant);
  const candidates: StatementCandidate[] = shown.map((s) => ({
    id: s.number,
    agrees: s.agrees,
    disagrees: s.disagrees,
    passes: s.passes,
    divisiveness: scores[s.number]?.[0] ?? 0,
    consensus: scores[s.number]?.[1] ?? 0,
  }));
  const voted = new Set<number>(mine.keys());
  const chosen = nextStatement(candidates, voted, drawSeed(participant ?? -1, voted.size));
  const remaining = shown.filter((s) => !voted.has(s.number)).length;
  return {
    statement: chosen === null ? null : (shown.find((s) => s.number === chosen) ?? null),
    remaining,
    total: shown.length,
  };
}
