// Reading a plan's editorial calendar for its views and its iCalendar export.
import type { CalendarView } from "../../contracts/plan-calendar.ts";
import { openPlanCalendarStore } from "../../db/stores/plan-calendar-store.ts";
import type { Context, MemberActor } from "../context.ts";
import { dayIn, workspaceTimeZone } from "./calendar-time-zone.ts";
import { type CalendarRange, calendarViewOf } from "./calendar-view.ts";
import { assertPlan } from "./session-rules.ts";

/** The plan's calendar within `range`, in the workspace's time zone; not-found for a plan of another workspace. */
export async function readCalendar(
  ctx: Context,
  actor: MemberActor,
  planId: string,
  range: CalendarRange = {},
): Promise<CalendarView> {
  await assertPlan(ctx.db, actor.workspaceId, planId);
  const store = openPlanCalendarStore(ctx.db, actor.workspaceId);
  const [items, events, soonDays, timeZone] = await Promise.all([
    store.items(planId),
    store.events(planId),
    store.soonDays(planId),
    workspaceTimeZone(ctx.db, actor.workspaceId),
  ]);
  return calendarViewOf({ items, events }, { timeZone, today: dayIn(timeZone, ctx.now), soonDays, range });
}
