// Moderators block a member who keeps breaking the rules: the member still reads the workspace but no longer
// submits, comments, reacts or supports there, until unblocked. Blocking is per workspace and logged.

import { blockableRoles } from "../../contracts/roles.ts";
import { openModerationStore } from "../../db/stores/moderation-store.ts";
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import type { Action } from "../permissions.ts";
import { recordBlock } from "./workspace-block.ts";

/** The actions a blocked member loses: the public's voice in challenges. */
export const blockedActions: ReadonlySet<Action> = new Set([
  "idea.submit",
  "comment.post",
  "idea.react",
  "idea.support",
  "statement.vote",
  "statement.submit",
]);

export interface BlockInput {
  blocked: boolean;
  reason?: string | null;
}

/**
 * Throws `member-blocked` when a blocked member tries an action blocking takes away; the access gate reads the
 * membership with the session, in one query.
 */
export function assertMembershipAllows(
  membership: { blockedAt: Date | null; blockedReason: string | null } | null | undefined,
  action: Action,
): void {
  if (!blockedActions.has(action) || !membership?.blockedAt) return;
  throw new AppError(
    "member-blocked",
    `You are blocked in this workspace by moderation (${membership.blockedReason ?? "no reason given"}): you can read but not post, react or support.`,
    { details: { reason: membership.blockedReason } },
  );
}

export async function setBlocked(
  ctx: Context,
  actor: MemberActor,
  userId: string,
  input: BlockInput,
): Promise<void> {
  const reason = input.reason?.trim() || null;
  if (input.blocked && !reason) {
    throw new AppError("invalid-input", "reason is required: say why the member is blocked.", {
      field: "reason",
    });
  }
  await ctx.db.transaction(async (tx) => {
    const moderation = openModerationStore(tx, actor.workspaceId);
    const target = await moderation.membership(userId);
    if (!target) throw new AppError("not-found", "This member does not exist in this workspace.");
    if (userId === actor.userId || !blockableRoles[actor.role].includes(target.role)) {
      throw new AppError("forbidden", `A ${actor.role} cannot block a ${target.role}.`, {
        details: { role: actor.role, target: target.role },
      });
    }
    await moderation.setBlocked(
      userId,
      input.blocked
        ? { blockedAt: ctx.now, blockedBy: actor.userId, blockedReason: reason }
        : { blockedAt: null, blockedBy: null, blockedReason: null },
    );
    await recordBlock(
      tx,
      actor.workspaceId,
      userId,
      input.blocked ? { blockedAt: ctx.now, blockedBy: actor.userId, reason } : null,
    );
    await moderation.appendLog({
      actorId: actor.userId,
      act: input.blocked ? "block" : "unblock",
      subject: null,
      subjectId: null,
      memberId: userId,
      reason,
      createdAt: ctx.now,
    });
  });
}
