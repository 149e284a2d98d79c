// The calendar as views show it, computed from stored rows: each item's day and instant in the workspace's time zone,
// its readiness and its flag. Pure: the clock and the zone come in as arguments.
import type {
  CalendarEvent,
  CalendarFlag,
  CalendarItem,
  CalendarView,
} from "../../contracts/plan-calendar.ts";
import type { CalendarEventRow, CalendarItemRecord } from "../../db/stores/plan-calendar-store.ts";
import { addDays, instantIn } from "./calendar-dates.ts";

/** An item is ready when its checklist is complete, and always once published. */
export function isReady(
  item: Pick<CalendarItemRecord, "status" | "textWritten" | "visualReady" | "validated" | "scheduled">,
): boolean {
  return (
    item.status === "published" || (item.textWritten && item.visualReady && item.validated && item.scheduled)
  );
}

/**
 * Why an item needs attention on `today`: `late` when its day has passed and it is not published; `due-soon` when its
 * day is within `soonDays` days and it is not ready; `event-not-ready` when it waits for an event of unknown day and
 * is not ready (content for a snowfall must be ready before the first flake).
 */
export function flagOf(
  item: CalendarItemRecord,
  day: string | null,
  today: string,
  soonDays: number,
): CalendarFlag | null {
  if (item.status === "published") return null;
  if (day === null) return item.eventId !== null && !isReady(item) ? "event-not-ready" : null;
  if (day < today) return "late";
  if (day <= addDays(today, soonDays) && !isReady(item)) return "due-soon";
  return null;
}

export interface CalendarRange {
  from?: string;
  to?: string;
  channel?: string;
}

/** The view of a plan's calendar: dated items within `range` (both ends included) and every undated one. */
export function calendarViewOf(
  rows: { items: CalendarItemRecord[]; events: CalendarEventRow[] },
  options: { timeZone: string; today: string; soonDays: number; range: CalendarRange },
): CalendarView {
  const { timeZone, today, soonDays, range } = options;
  const events = new Map(rows.events.map((event) => [event.id, event]));
  const items: CalendarItem[] = [];
  for (const row of rows.items) {
    const event = row.eventId ? events.get(row.eventId) : undefined;
    const day = row.dueOn ?? event?.on ?? null;
    if (range.channel && row.channel !== range.channel) continue;
    if (day !== null && ((range.from && day < range.from) || (range.to && day > range.to))) continue;
    items.push(itemViewOf(row, { day, eventTitle: event?.title ?? null, timeZone, today, soonDays }));
  }
  items.sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
  return {
    timeZone,
    today,
    soonDays,
    channels: [...new Set(rows.items.map((item) => item.channel))].sort((a, b) => a.localeCompare(b)),
    items,
    events: rows.events.map((event) => eventViewOf(event, rows.items)),
  };
}

const sortKey = (item: CalendarItem) => `${item.day ?? "9999-99-99"} ${item.dueTime ?? "  "} ${item.title}`;

function itemViewOf(
  row: CalendarItemRecord,
  at: { day: string | null; eventTitle: string | null; timeZone: string; today: string; soonDays: number },
): CalendarItem {
  return {
    id: row.id,
    planId: row.planId,
    kind: row.kind,
    title: row.title,
    message: row.message,
    channel: row.channel,
    ownerId: row.ownerId,
    ownerName: row.ownerName,
    dueOn: row.dueOn,
    dueTime: row.dueTime,
    day: at.day,
    startsAt: at.day && row.dueTime ? instantIn(at.timeZone, at.day, row.dueTime).toISOString() : null,
    eventId: row.eventId,
    eventTitle: at.eventTitle,
    challengeId: row.challengeId,
    challengeTitle: row.challengeTitle,
    status: row.status,
    checklist: {
      textWritten: row.textWritten,
      visualReady: row.visualReady,
      validated: row.validated,
      scheduled: row.scheduled,
    },
    ready: isReady(row),
    flag: flagOf(row, at.day, at.today, at.soonDays),
    changesAsked: row.changesAsked,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

function eventViewOf(event: CalendarEventRow, items: readonly CalendarItemRecord[]): CalendarEvent {
  const held = items.filter((item) => item.eventId === event.id);
  return {
    id: event.id,
    title: event.title,
    description: event.description,
    on: event.on,
    itemCount: held.length,
    readyCount: held.filter(isReady).length,
  };
}
