// A participant votes agree, disagree or pass on a statement; a changed vote replaces the old one.
import { openChallengeStore } from "../../db/stores/challenge-store.ts";
import { openConversationStore, type VoteValue } from "../../db/stores/conversation-store.ts";
import { AppError } from "../../errors.ts";
import { assertMayContribute, assertPhase } from "../challenges/challenge-rules.ts";
import { phaseRules } from "../challenges/phase-rules.ts";
import type { Context, MemberActor } from "../context.ts";
import { conversationChallenge } from "./conversation-rules.ts";
import { requestOpinionMap } from "./recompute-opinion-map.ts";

/**
 * Votes are open while contributions or voting are (the phase rules of supports); only shown statements take votes.
 * The vote is committed before the opinion map is asked to recompute, so the next map includes it.
 */
export async function voteOnStatement(
  ctx: Context,
  actor: MemberActor,
  challengeId: string,
  statementNumber: number,
  vote: VoteValue,
): Promise<{ statement: number; vote: VoteValue }> {
  await ctx.db.transaction(async (tx) => {
    const store = openChallengeStore(tx, actor.workspaceId);
    const conversation = openConversationStore(tx, actor.workspaceId);
    const challenge = await conversationChallenge(store, actor, challengeId, ctx.now);
    assertPhase(challenge, ctx.now, phaseRules.statement, "voting on statements");
    assertMayContribute(challenge, actor);
    const statement = await conversation.statement(challengeId, statementNumber);
    if (statement?.status !== "shown") {
      throw new AppError(
        "not-found",
        `Statement ${statementNumber} is not open to votes in this challenge.`,
        {
          field: "statement",
        },
      );
    }
    const participant = await conversation.ensureParticipant(challengeId, actor.userId, ctx.now);
    await conversation.upsertVote(challengeId, participant, statementNumber, vote, ctx.now);
  });
  await requestOpinionMap(ctx, actor.workspaceId, challengeId);
  return { statement: statementNumber, vote };
}
