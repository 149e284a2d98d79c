// Rules every conversation use case shares: which challenge holds a conversation, who sees which statement.
import type { ChallengeRow, ChallengeStore } from "../../db/stores/challenge-store.ts";
import type { StatementRow } from "../../db/stores/conversation-store.ts";
import { AppError } from "../../errors.ts";
import { moderates, visibleChallenge } from "../challenges/challenge-rules.ts";
import type { MemberActor } from "../context.ts";

/** Statements are short, as in Pol.is, so they can be read and voted on one at a time. */
export const STATEMENT_MAX_LENGTH = 280;

/** A challenge the actor may see that holds a conversation; `conversation-off` when it holds none. */
export async function conversationChallenge(
  store: ChallengeStore,
  actor: MemberActor,
  challengeId: string,
  now: Date,
  lock = false,
): Promise<ChallengeRow> {
  const challenge = await visibleChallenge(store, actor, challengeId, now, lock);
  if (!challenge.conversation) {
    throw new AppError("conversation-off", "This challenge holds no conversation of statements.");
  }
  return challenge;
}

/** Shown statements are for everyone; pending and rejected ones for moderators and their author only. */
export function seesStatement(actor: MemberActor, statement: StatementRow): boolean {
  return statement.status === "shown" || moderates(actor) || statement.authorId === actor.userId;
}

/** The seed of a participant's next-statement draw: changes with each vote, fixed for a given state. */
export function drawSeed(participant: number, votes: number): number {
  return (Math.imul(participant + 1, 0x9e3779b1) ^ Math.imul(votes + 1, 0x85ebca6b)) >>> 0;
}
