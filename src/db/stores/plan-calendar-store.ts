// Queries of a plan's editorial calendar opened for one workspace: items, predictable events and the plan's settings.
import { and, asc, desc, eq } from "drizzle-orm";
import type { Db } from "../open-database.ts";
import { users } from "../schema/accounts.ts";
import { challenges } from "../schema/challenges.ts";
import { calendarEvents, calendarItems, planCalendarSettings } from "../schema/plan-calendar.ts";
import { memberships } from "../schema/workspaces.ts";

export type CalendarItemRow = typeof calendarItems.$inferSelect;
export type CalendarEventRow = typeof calendarEvents.$inferSelect;
export type CalendarItemStatus = CalendarItemRow["status"];
export type CalendarItemValues = Omit<
  typeof calendarItems.$inferInsert,
  "id" | "workspaceId" | "planId" | "createdBy" | "createdAt"
>;

/** An item with the names it points to, as views and exports show it. */
export interface CalendarItemRecord extends CalendarItemRow {
  ownerName: string | null;
  challengeTitle: string | null;
}

/** How many days ahead an item not ready is flagged, for a plan that never set it. */
export const defaultSoonDays = 3;

/** Opens the calendar store of one workspace; `db` may be a transaction. */
export function openPlanCalendarStore(db: Db, workspaceId: string) {
  const itemIn = (itemId: string) =>
    and(eq(calendarItems.id, itemId), eq(calendarItems.workspaceId, workspaceId));
  const eventIn = (eventId: string) =>
    and(eq(calendarEvents.id, eventId), eq(calendarEvents.workspaceId, workspaceId));
  return {
    /** The plan's items, by day (items waiting for an event last), then time and creation. */
    async items(planId: string): Promise<CalendarItemRecord[]> {
      const rows = await db
        .select({ item: calendarItems, ownerName: users.name, challengeTitle: challenges.title })
        .from(calendarItems)
        .leftJoin(users, eq(users.id, calendarItems.ownerId))
        .leftJoin(
          challenges,
          and(eq(challenges.id, calendarItems.challengeId), eq(challenges.workspaceId, workspaceId)),
        )
        .where(and(eq(calendarItems.planId, planId), eq(calendarItems.workspaceId, workspaceId)))
        .orderBy(asc(calendarItems.dueOn), asc(calendarItems.dueTime), asc(calendarItems.createdAt));
      return rows.map((row) => ({
        ...row.item,
        ownerName: row.ownerName,
        challengeTitle: row.challengeTitle,
      }));
    },

    async item(itemId: string, lock = false): Promise<CalendarItemRow | undefined> {
      const query = db.select().from(calendarItems).where(itemIn(itemId));
      const [row] = await (lock ? query.for("update") : query);
      return row;
    },

    async insertItem(
      planId: string,
      createdBy: string,
      at: Date,
      values: CalendarItemValues,
    ): Promise<CalendarItemRow> {
      const [row] = await db
        .insert(calendarItems)
        .values({ ...values, workspaceId, planId, createdBy, createdAt: at, updatedAt: at })
        .returning();
      if (!row) throw new Error("calendar item insert returned nothing");
      return row;
    },

    async updateItem(itemId: string, values: Partial<CalendarItemValues>): Promise<void> {
      await db.update(calendarItems).set(values).where(itemIn(itemId));
    },

    async removeItem(itemId: string): Promise<boolean> {
      const rows = await db.delete(calendarItems).where(itemIn(itemId)).returning({ id: calendarItems.id });
      return rows.length > 0;
    },

    async events(planId: string): Promise<CalendarEventRow[]> {
      return db
        .select()
        .from(calendarEvents)
        .where(and(eq(calendarEvents.planId, planId), eq(calendarEvents.workspaceId, workspaceId)))
        .orderBy(asc(calendarEvents.createdAt));
    },

    async event(eventId: string): Promise<CalendarEventRow | undefined> {
      const [row] = await db.select().from(calendarEvents).where(eventIn(eventId));
      return row;
    },

    async insertEvent(
      planId: string,
      createdBy: string,
      at: Date,
      values: { title: string; description: string; on: string | null },
    ): Promise<CalendarEventRow> {
      const [row] = await db
        .insert(calendarEvents)
        .values({ ...values, workspaceId, planId, createdBy, createdAt: at })
        .returning();
      if (!row) throw new Error("calendar event insert returned nothing");
      return row;
    },

    async updateEvent(
      eventId: string,
      values: Partial<{ title: string; description: string; on: string | null }>,
    ): Promise<void> {
      await db.update(calendarEvents).set(values).where(eventIn(eventId));
    },

    async removeEvent(eventId: string): Promise<boolean> {
      const rows = await db
        .delete(calendarEvents)
        .where(eventIn(eventId))
        .returning({ id: calendarEvents.id });
      return rows.length > 0;
    },

    async soonDays(planId: string): Promise<number> {
      const [row] = await db
        .select({ soonDays: planCalendarSettings.soonDays })
        .from(planCalendarSettings)
        .where(
          and(eq(planCalendarSettings.planId, planId), eq(planCalendarSettings.workspaceId, workspaceId)),
        );
      return row?.soonDays ?? defaultSoonDays;
    },

    async setSoonDays(planId: string, soonDays: number, at: Date): Promise<void> {
      await db
        .insert(planCalendarSettings)
        .values({ planId, workspaceId, soonDays, updatedAt: at })
        .onConflictDoUpdate({ target: planCalendarSettings.planId, set: { soonDays, updatedAt: at } });
    },

    /** The role of `userId` in the workspace, if a member. */
    async roleOf(userId: string): Promise<string | undefined> {
      const [row] = await db
        .select({ role: memberships.role })
        .from(memberships)
        .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
      return row?.role;
    },

    /** The workspace's challenges, newest first. */
    async challenges(): Promise<Array<{ id: string; title: string }>> {
      return db
        .select({ id: challenges.id, title: challenges.title })
        .from(challenges)
        .where(eq(challenges.workspaceId, workspaceId))
        .orderBy(desc(challenges.createdAt));
    },

    async challengeExists(challengeId: string): Promise<boolean> {
      const [row] = await db
        .select({ id: challenges.id })
        .from(challenges)
        .where(and(eq(challenges.id, challengeId), eq(challenges.workspaceId, workspaceId)));
      return row !== undefined;
    },
  };
}

export type PlanCalendarStore = ReturnType<typeof openPlanCalendarStore>;
