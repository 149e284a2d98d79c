// Adding, changing and removing an item of a plan's editorial calendar (the consultant's side: plan.manage).
import type { CreateCalendarItem, UpdateCalendarItem } from "../../contracts/plan-calendar.ts";
import { type CalendarItemRow, openPlanCalendarStore } from "../../db/stores/plan-calendar-store.ts";
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { itemValuesOf } from "./calendar-item-rules.ts";
import { assertPlan } from "./session-rules.ts";

const notFound = () => new AppError("not-found", "This calendar item does not exist in this workspace.");

/** Adds an item to `planId`'s calendar; nothing is stored when a field is refused. */
export async function createCalendarItem(
  ctx: Context,
  actor: MemberActor,
  planId: string,
  input: CreateCalendarItem,
): Promise<CalendarItemRow> {
  return ctx.db.transaction(async (tx) => {
    await assertPlan(tx, actor.workspaceId, planId);
    const store = openPlanCalendarStore(tx, actor.workspaceId);
    const values = await itemValuesOf(store, planId, input, undefined, ctx.now);
    return store.insertItem(planId, actor.userId, ctx.now, values);
  });
}

/** Changes the fields given of an item; returns it as stored. */
export async function updateCalendarItem(
  ctx: Context,
  actor: MemberActor,
  itemId: string,
  input: UpdateCalendarItem,
): Promise<CalendarItemRow> {
  return ctx.db.transaction(async (tx) => {
    const store = openPlanCalendarStore(tx, actor.workspaceId);
    const current = await store.item(itemId, true);
    if (!current) throw notFound();
    const values = await itemValuesOf(store, current.planId, input, current, ctx.now);
    await store.updateItem(itemId, values);
    return { ...current, ...values } as CalendarItemRow;
  });
}

/** Removes an item; not-found when it is not of the actor's workspace. */
export async function removeCalendarItem(ctx: Context, actor: MemberActor, itemId: string): Promise<void> {
  if (!(await openPlanCalendarStore(ctx.db, actor.workspaceId).removeItem(itemId))) throw notFound();
}
