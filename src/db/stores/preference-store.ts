// A person's notification preferences: a row per kind they changed; no row means both channels on.
import { eq, sql } from "drizzle-orm";
import type { Db } from "../open-database.ts";
import { notificationPreferences } from "../schema/notification-preferences.ts";
import { notificationKindEnum } from "../schema/notifications.ts";
import type { NotificationKind } from "./notification-store.ts";

export interface Preference {
  kind: NotificationKind;
  inApp: boolean;
  email: boolean;
}

/** Every kind of notification, in the order of the database enum. */
export const notificationKinds: readonly NotificationKind[] = notificationKindEnum.enumValues;

export function openPreferenceStore(db: Db, userId: string) {
  return {
    /** Every kind with its channels, defaults filled in. */
    async all(): Promise<Preference[]> {
      const rows = await db
        .select()
        .from(notificationPreferences)
        .where(eq(notificationPreferences.userId, userId));
      const byKind = new Map(rows.map((row) => [row.kind, row]));
      return notificationKinds.map((kind) => ({
        kind,
        inApp: byKind.get(kind)?.inApp ?? true,
        email: byKind.get(kind)?.email ?? true,
      }));
    },

    /** The roles the person holds, over every workspace they belong to. */
    async roles(): Promise<string[]> {
      const result = await db.execute<{ role: string }>(
        sql`SELECT DISTINCT role::text AS role FROM memberships WHERE user_id = ${userId}`,
      );
      return result.rows.map((row) => row.role);
    },

    /** Saves the given kinds' channels (kinds not given keep theirs). */
    async save(preferences: readonly Preference[], at: Date): Promise<void> {
      if (preferences.length === 0) return;
      await db
        .insert(notificationPreferences)
        .values(
          preferences.map((p) => ({ userId, kind: p.kind, inApp: p.inApp, email: p.email, updatedAt: at })),
        )
        .onConflictDoUpdate({
          target: [notificationPreferences.userId, notificationPreferences.kind],
          set: {
            inApp: sql`excluded.in_app`,
            email: sql`excluded.email`,
            updatedAt: sql`excluded.updated_at`,
          },
        });
    },

    /** Turns the e-mail of one kind off, keeping its in-app choice. */
    async stopEmail(kind: NotificationKind, at: Date): Promise<void> {
      await db
        .insert(notificationPreferences)
        .values({ userId, kind, inApp: true, email: false, updatedAt: at })
        .onConflictDoUpdate({
          target: [notificationPreferences.userId, notificationPreferences.kind],
          set: { email: false, updatedAt: at },
        });
    },
  };
}
