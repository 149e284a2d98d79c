// A member reads their notifications in a workspace and marks them read.
import { type NotificationView, openNotificationStore } from "../../db/stores/notification-store.ts";
import type { Context, MemberActor } from "../context.ts";

export async function listNotifications(
  ctx: Context,
  actor: MemberActor,
  options: { unreadOnly: boolean },
): Promise<NotificationView[]> {
  return openNotificationStore(ctx.db, actor.workspaceId).list(actor.userId, { ...options, limit: 100 });
}

/** Marks read the given notifications of the actor (others' ids are ignored), or all of them. */
export async function markNotificationsRead(ctx: Context, actor: MemberActor, ids?: string[]): Promise<void> {
  await openNotificationStore(ctx.db, actor.workspaceId).markRead(actor.userId, ids, ctx.now);
}
