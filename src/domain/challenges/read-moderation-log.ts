// Moderators, managers and owners read the log of every moderation act: newest first, by act, a page at a time.
import { type ModerationAct, openModerationStore } from "../../db/stores/moderation-store.ts";
import type { Context, MemberActor } from "../context.ts";

/** Entries per page of the moderation log. */
export const moderationLogPageSize = 20;

export async function readModerationLog(
  ctx: Context,
  actor: MemberActor,
  options: { act?: ModerationAct | undefined; page: number },
) {
  const { entries, total } = await openModerationStore(ctx.db, actor.workspaceId).logPage({
    act: options.act,
    limit: moderationLogPageSize,
    offset: (options.page - 1) * moderationLogPageSize,
  });
  return { entries, total, page: options.page, pageSize: moderationLogPageSize };
}
