// A participant proposes a statement; it waits for a moderator when the challenge moderates statements.
import { openChallengeStore } from "../../db/stores/challenge-store.ts";
import { openConversationStore, type StatementRow } from "../../db/stores/conversation-store.ts";
import { publishEvent } from "../../db/stores/events.ts";
import { AppError } from "../../errors.ts";
import { assertMayContribute, assertPhase, moderates, requiredText } from "../challenges/challenge-rules.ts";
import { heldWordsIn } from "../challenges/held-words.ts";
import { phaseRules } from "../challenges/phase-rules.ts";
import type { Context, MemberActor } from "../context.ts";
import { takeWriteBudget } from "../write-limits/take-write-budget.ts";
import { conversationChallenge, STATEMENT_MAX_LENGTH } from "./conversation-rules.ts";

/**
 * Statements are proposed while contributions or voting are open. With statement moderation on, a participant's
 * statement is `pending` until a moderator accepts it; a moderator's own statement is shown at once. Without it, a
 * participant's statement holding a word of the held lists waits the same way, as ideas and comments do. The
 * challenge's row is locked so that concurrent statements get distinct numbers.
 */
export async function submitStatement(
  ctx: Context,
  actor: MemberActor,
  challengeId: string,
  input: { body: string },
): Promise<StatementRow> {
  const body = requiredText(input.body, "body").replace(/\s+/g, " ");
  if (body.length > STATEMENT_MAX_LENGTH) {
    throw new AppError("invalid-input", `body must be at most ${STATEMENT_MAX_LENGTH} characters.`, {
      field: "body",
      details: { maxLength: STATEMENT_MAX_LENGTH },
    });
  }
  return ctx.db.transaction(async (tx) => {
    const store = openChallengeStore(tx, actor.workspaceId);
    const challenge = await conversationChallenge(store, actor, challengeId, ctx.now, true);
    assertPhase(challenge, ctx.now, phaseRules.statement, "proposing statements");
    assertMayContribute(challenge, actor);
    const reviewed = challenge.statementModeration || heldWordsIn(body).length > 0;
    const status = reviewed && !moderates(actor) ? "pending" : "shown";
    await takeWriteBudget(tx, ctx, actor.userId, "statement");
    const statement = await openConversationStore(tx, actor.workspaceId).insertStatement({
      challengeId,
      body,
      authorId: actor.userId,
      status,
      createdAt: ctx.now,
    });
    await publishEvent(
      tx,
      {
        type: status === "shown" ? "statement.submitted" : "statement.held",
        workspaceId: actor.workspaceId,
        at: ctx.now.toISOString(),
        data: { challengeId, statement: statement.number },
      },
      { kind: "workspace", workspaceId: actor.workspaceId },
    );
    return statement;
  });
}
