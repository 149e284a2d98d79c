// Predictable events of a plan's calendar (a snowfall, a market day): content is prepared for them before their day
// is known; giving the day puts the items that wait for it on the calendar.
import type { CalendarEventInput } from "../../contracts/plan-calendar.ts";
import { type CalendarEventRow, openPlanCalendarStore } from "../../db/stores/plan-calendar-store.ts";
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { assertPlan, dayOf, requiredText } from "./session-rules.ts";

const notFound = () => new AppError("not-found", "This predictable event does not exist in this workspace.");

function eventValuesOf(input: CalendarEventInput) {
  return {
    ...(input.title !== undefined ? { title: requiredText(input.title, "title", 200) } : {}),
    ...(input.description !== undefined ? { description: input.description.trim() } : {}),
    ...(input.on !== undefined ? { on: input.on === null ? null : dayOf(input.on, "on") } : {}),
  };
}

/** Adds a predictable event to `planId`. */
export async function createCalendarEvent(
  ctx: Context,
  actor: MemberActor,
  planId: string,
  input: CalendarEventInput & { title: string },
): Promise<CalendarEventRow> {
  const values = eventValuesOf(input);
  await assertPlan(ctx.db, actor.workspaceId, planId);
  return openPlanCalendarStore(ctx.db, actor.workspaceId).insertEvent(planId, actor.userId, ctx.now, {
    title: values.title ?? "",
    description: values.description ?? "",
    on: values.on ?? null,
  });
}

/** Changes an event: its title, description, or its day once it is known (null when it is not anymore). */
export async function updateCalendarEvent(
  ctx: Context,
  actor: MemberActor,
  eventId: string,
  input: CalendarEventInput,
): Promise<CalendarEventRow> {
  const values = eventValuesOf(input);
  const store = openPlanCalendarStore(ctx.db, actor.workspaceId);
  const current = await store.event(eventId);
  if (!current) throw notFound();
  await store.updateEvent(eventId, values);
  return { ...current, ...values };
}

/** Removes an event; the items that waited for it stay, undated. */
export async function removeCalendarEvent(ctx: Context, actor: MemberActor, eventId: string): Promise<void> {
  if (!(await openPlanCalendarStore(ctx.db, actor.workspaceId).removeEvent(eventId))) throw notFound();
}

/** Sets how many days ahead an item not ready is flagged for `planId`. */
export async function setCalendarSoonDays(
  ctx: Context,
  actor: MemberActor,
  planId: string,
  soonDays: number,
): Promise<void> {
  await assertPlan(ctx.db, actor.workspaceId, planId);
  await openPlanCalendarStore(ctx.db, actor.workspaceId).setSoonDays(planId, soonDays, ctx.now);
}
