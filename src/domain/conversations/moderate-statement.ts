// Moderators accept a pending statement or reject one (saying why), or restore a rejected one; every act is logged.
import { openChallengeStore } from "../../db/stores/challenge-store.ts";
import { openConversationStore, type StatementRow } from "../../db/stores/conversation-store.ts";
import { publishEvent } from "../../db/stores/events.ts";
import { openModerationStore } from "../../db/stores/moderation-store.ts";
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { conversationChallenge } from "./conversation-rules.ts";
import { requestOpinionMap } from "./recompute-opinion-map.ts";

export interface StatementModerationInput {
  status: "shown" | "rejected";
  /** Why it is rejected, shown to its author: required when rejecting. */
  reason?: string | null;
}

/**
 * A rejected statement leaves the votes, the next-statement draw and the opinion map (its votes stay stored, so a
 * restore brings them back); the map is recomputed either way. Logged as `release` (a pending statement accepted),
 * `restore` (a rejected one shown again) or `hide` (rejected), in the workspace's moderation log.
 */
export async function moderateStatement(
  ctx: Context,
  actor: MemberActor,
  challengeId: string,
  statementNumber: number,
  input: StatementModerationInput,
): Promise<StatementRow> {
  const reason = input.reason?.trim() || null;
  if (input.status === "rejected" && !reason) {
    throw new AppError("invalid-input", "reason is required: say which rule the statement breaks.", {
      field: "reason",
    });
  }
  const row = await ctx.db.transaction(async (tx) => {
    const store = openChallengeStore(tx, actor.workspaceId);
    await conversationChallenge(store, actor, challengeId, ctx.now, true);
    const conversation = openConversationStore(tx, actor.workspaceId);
    const statement = await conversation.statement(challengeId, statementNumber);
    if (!statement) {
      throw new AppError("not-found", `Statement ${statementNumber} does not exist in this challenge.`, {
        field: "statement",
      });
    }
    const updated = await conversation.setStatementStatus(challengeId, statementNumber, {
      status: input.status,
      moderatedBy: actor.userId,
      moderatedAt: ctx.now,
      moderationReason: input.status === "rejected" ? reason : null,
    });
    await openModerationStore(tx, actor.workspaceId).appendLog({
      actorId: actor.userId,
      act: input.status === "rejected" ? "hide" : statement.status === "pending" ? "release" : "restore",
      subject: "statement",
      subjectId: statement.id,
      memberId: null,
      reason: input.status === "rejected" ? reason : null,
      createdAt: ctx.now,
    });
    await publishEvent(
      tx,
      {
        type: "statement.moderated",
        workspaceId: actor.workspaceId,
        at: ctx.now.toISOString(),
        data: { challengeId, statement: statementNumber, status: input.status },
      },
      { kind: "workspace", workspaceId: actor.workspaceId },
    );
    return updated;
  });
  await requestOpinionMap(ctx, actor.workspaceId, challengeId);
  return row;
}
