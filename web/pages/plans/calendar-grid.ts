// Days of the calendar's month and week views, as YYYY-MM-DD strings in the workspace's time zone (the server gives
// today in that zone); weeks start on Monday. Pure calendar arithmetic: no instant, no browser zone involved.

export type CalendarMode = "month" | "week" | "list";

/** `day` moved by `days` calendar days. */
export function shiftDay(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The Monday of the week holding `day`. */
export function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return shiftDay(day, -((weekday + 6) % 7));
}

/** The seven days of the week holding `day`. */
export function weekOf(day: string): string[] {
  const monday = mondayOf(day);
  return Array.from({ length: 7 }, (_, index) => shiftDay(monday, index));
}

/** The weeks shown for the month of `day`: from the Monday on or before the 1st to the Sunday on or after its end. */
export function monthGrid(day: string): string[][] {
  const first = `${day.slice(0, 7)}-01`;
  const next = new Date(`${first}T00:00:00Z`);
  next.setUTCMonth(next.getUTCMonth() + 1);
  const last = shiftDay(next.toISOString().slice(0, 10), -1);
  const weeks: string[][] = [];
  for (let monday = mondayOf(first); monday <= last; monday = shiftDay(monday, 7)) weeks.push(weekOf(monday));
  return weeks;
}

/** The first and last day a view shows around `anchor`; the list shows everything. */
export function rangeOf(mode: CalendarMode, anchor: string): { from?: string; to?: string } {
  if (mode === "week") {
    const days = weekOf(anchor);
    return { from: days[0], to: days[6] };
  }
  if (mode === "month") {
    const weeks = monthGrid(anchor);
    return { from: weeks[0]?.[0], to: weeks.at(-1)?.[6] };
  }
  return {};
}

/** The anchor of the previous (-1) or next (+1) period of a view. */
export function moveAnchor(mode: CalendarMode, anchor: string, step: -1 | 1): string {
  if (mode === "week") return shiftDay(anchor, 7 * step);
  const date = new Date(`${anchor.slice(0, 7)}-01T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + step);
  return date.toISOString().slice(0, 10);
}

/** A day written in `language` ("mardi 28 mars 2027"), read as the calendar day it names. */
export function dayLabel(day: string, language: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(language, { ...options, timeZone: "UTC" }).format(
    new Date(`${day}T00:00:00Z`),
  );
}
