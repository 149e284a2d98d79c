// Scheduling a working session of a plan: its date, its attendees among the members, its agenda with durations.
import {
  type AgendaItem,
  openPlanSessionStore,
  type SessionRow,
} from "../../db/stores/plan-session-store.ts";
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { checkAttendees } from "./session-attendees.ts";
import { announcePlanEvent, assertPlan, requiredText } from "./session-rules.ts";

export interface SessionInput {
  title: string;
  /** ISO instant. */
  scheduledAt: string;
  attendeeIds: string[];
  agenda: AgendaItem[];
}

/** A valid instant, or throws naming `scheduledAt`. */
export function instantOf(value: string): Date {
  const at = new Date(value);
  if (Number.isNaN(at.getTime()))
    throw new AppError("invalid-input", "scheduledAt must be a date and time.", { field: "scheduledAt" });
  return at;
}

/** The agenda's items with their titles trimmed, each refused by its place when empty. */
export function agendaOf(items: readonly AgendaItem[]): AgendaItem[] {
  return items.map((item, index) => {
    if (!Number.isInteger(item.durationMinutes) || item.durationMinutes < 1 || item.durationMinutes > 600)
      throw new AppError("invalid-input", "An agenda item lasts from 1 to 600 minutes.", {
        field: `agenda/${index}/durationMinutes`,
      });
    return {
      title: requiredText(item.title, `agenda/${index}/title`, 200),
      durationMinutes: item.durationMinutes,
    };
  });
}

/** Schedules a session of `planId`; nothing is stored when an attendee or an agenda item is refused. */
export async function scheduleSession(
  ctx: Context,
  actor: MemberActor,
  planId: string,
  input: SessionInput,
): Promise<SessionRow> {
  const title = requiredText(input.title, "title", 200);
  const scheduledAt = instantOf(input.scheduledAt);
  const agenda = agendaOf(input.agenda);
  return ctx.db.transaction(async (tx) => {
    await assertPlan(tx, actor.workspaceId, planId);
    const store = openPlanSessionStore(tx, actor.workspaceId);
    const attendees = await checkAttendees(store, input.attendeeIds, "attendeeIds");
    const session = await store.insertSession({
      planId,
      title,
      scheduledAt,
      createdBy: actor.userId,
      at: ctx.now,
    });
    await store.replaceAttendees(session.id, attendees);
    await store.replaceAgenda(session.id, agenda);
    await announcePlanEvent(tx, "session.scheduled", actor, ctx.now, { planId, sessionId: session.id });
    return session;
  });
}
