// The notification centre: a person's notifications over all their workspaces, paged, and marking them read.
import {
  markOwnNotificationsRead,
  type OwnNotificationView,
  ownNotifications,
} from "../../db/stores/own-notification-store.ts";
import type { Actor, Context } from "../context.ts";

/** One page of notifications, newest first, and the cursor of the next page (null on the last). */
export async function listOwnNotifications(
  ctx: Context,
  actor: Actor,
  options: { limit: number; before?: string; unreadOnly: boolean },
): Promise<{ notifications: OwnNotificationView[]; next: string | null }> {
  const rows = await ownNotifications(ctx.db, actor.userId, { ...options, limit: options.limit + 1 });
  const page = rows.slice(0, options.limit);
  return { notifications: page, next: rows.length > options.limit ? (page.at(-1)?.id ?? null) : null };
}

/** Marks read the given notifications of the actor (others' ids change nothing), or all of them. */
export async function markOwnRead(ctx: Context, actor: Actor, ids?: string[]): Promise<void> {
  await markOwnNotificationsRead(ctx.db, actor.userId, ids, ctx.now);
}
