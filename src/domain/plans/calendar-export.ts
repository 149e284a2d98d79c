// The calendar as a file to download: the plan's whole calendar, its title and language, given to the writer of the
// format (io/export/plan-calendar-ics.ts, handed over by app.ts: the domain does not know file formats).
import type { CalendarView } from "../../contracts/plan-calendar.ts";
import { openPlanStore } from "../../db/stores/plan-store.ts";
import type { Context, MemberActor } from "../context.ts";
import { readCalendar } from "./calendar-read.ts";

/** Writes a calendar view as a file's text. */
export type CalendarWriter = (
  view: CalendarView,
  options: { planTitle: string; language: "fr" | "en"; now: Date; host: string },
) => string;

/** The plan's calendar written by `write`; not-found for a plan of another workspace. */
export async function exportCalendar(
  ctx: Context,
  actor: MemberActor,
  planId: string,
  write: CalendarWriter,
): Promise<string> {
  const view = await readCalendar(ctx, actor, planId);
  const plan = await openPlanStore(ctx.db, actor.workspaceId).plan(planId);
  return write(view, {
    planTitle: plan?.title ?? "",
    language: plan?.language === "en" ? "en" : "fr",
    now: ctx.now,
    host: new URL(ctx.publicUrl).hostname,
  });
}
