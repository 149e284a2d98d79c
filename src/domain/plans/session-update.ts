// Changing a session before it closes: its title, date, attendees, agenda, or the minutes written while it runs.
import {
  type AgendaItem,
  openPlanSessionStore,
  type SessionRow,
} from "../../db/stores/plan-session-store.ts";
import type { Context, MemberActor } from "../context.ts";
import { checkAttendees } from "./session-attendees.ts";
import { announcePlanEvent, requiredText, sessionFor } from "./session-rules.ts";
import { agendaOf, instantOf } from "./session-schedule.ts";

export interface SessionChanges {
  title?: string;
  scheduledAt?: string;
  attendeeIds?: string[];
  agenda?: AgendaItem[];
  notes?: string;
}

/** Applies the given changes to an open session; a closed one answers session-closed and keeps its record. */
export async function updateSession(
  ctx: Context,
  actor: MemberActor,
  sessionId: string,
  input: SessionChanges,
): Promise<SessionRow> {
  const title = input.title === undefined ? undefined : requiredText(input.title, "title", 200);
  const scheduledAt = input.scheduledAt === undefined ? undefined : instantOf(input.scheduledAt);
  const agenda = input.agenda === undefined ? undefined : agendaOf(input.agenda);
  return ctx.db.transaction(async (tx) => {
    const store = openPlanSessionStore(tx, actor.workspaceId);
    const session = await sessionFor(store, sessionId, true);
    if (input.attendeeIds !== undefined)
      await store.replaceAttendees(sessionId, await checkAttendees(store, input.attendeeIds, "attendeeIds"));
    if (agenda !== undefined) await store.replaceAgenda(sessionId, agenda);
    const values = {
      ...(title === undefined ? {} : { title }),
      ...(scheduledAt === undefined ? {} : { scheduledAt }),
      ...(input.notes === undefined ? {} : { notes: input.notes }),
    };
    const updated = Object.keys(values).length === 0 ? session : await store.updateSession(sessionId, values);
    await announcePlanEvent(tx, "session.updated", actor, ctx.now, { planId: session.planId, sessionId });
    return updated;
  });
}
