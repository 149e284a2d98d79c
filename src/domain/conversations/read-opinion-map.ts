// The last opinion map of a conversation, with the statements' texts and where the viewer stands.
import { openChallengeStore } from "../../db/stores/challenge-store.ts";
import { openConversationStore } from "../../db/stores/conversation-store.ts";
import type { Context, MemberActor } from "../context.ts";
import { conversationChallenge } from "./conversation-rules.ts";
import type { OpinionMapRecord } from "./opinion-map-record.ts";

interface StatementRef {
  number: number;
  body: string;
}

export interface OpinionMapView {
  computedAt: Date;
  voteCount: number;
  participants: { in: number; total: number };
  extent: [number, number, number, number];
  groups: Array<{
    id: number;
    size: number;
    x: number;
    y: number;
    representative: Array<{
      statement: StatementRef;
      direction: "agree" | "disagree";
      rate: number;
      votes: number;
    }>;
  }>;
  consensus: {
    agree: Array<{ statement: StatementRef; score: number }>;
    disagree: Array<{ statement: StatementRef; score: number }>;
  };
  /** The viewer's position and group (null: voted too little to be placed in a group), or null if not on the map. */
  me: { x: number; y: number; group: number | null } | null;
}

/**
 * Reads the stored map (null before the first vote). Statements moderated out since the map was computed are
 * dropped from its lists at once, without waiting for the recomputation.
 */
export async function showOpinionMap(
  ctx: Context,
  actor: MemberActor,
  challengeId: string,
): Promise<OpinionMapView | null> {
  await conversationChallenge(openChallengeStore(ctx.db, actor.workspaceId), actor, challengeId, ctx.now);
  const conversation = openConversationStore(ctx.db, actor.workspaceId);
  const participant = await conversation.participantNumber(challengeId, actor.userId);
  const stored = await conversation.map(challengeId, participant);
  if (!stored) return null;
  const texts = await conversation.statementTexts(challengeId, ["shown"]);
  const shown = new Map([...texts].map(([number, body]) => [number, { number, body }]));
  const record = stored.summary as Omit<OpinionMapRecord, "positions">;
  const me = stored.me as [number, number, number] | null;
  const withText = <T extends { statement: number }>(list: T[]) =>
    list.flatMap((item) => {
      const statement = shown.get(item.statement);
      return statement ? [{ ...item, statement }] : [];
    });
  return {
    computedAt: stored.computedAt,
    voteCount: stored.voteCount,
    participants: record.participants,
    extent: record.extent,
    groups: record.groups.map((g) => ({
      id: g.id,
      size: g.size,
      x: g.center[0],
      y: g.center[1],
      representative: withText(g.representative),
    })),
    consensus: { agree: withText(record.consensus.agree), disagree: withText(record.consensus.disagree) },
    me: me ? { x: me[0], y: me[1], group: me[2] < 0 ? null : me[2] } : null,
  };
}
