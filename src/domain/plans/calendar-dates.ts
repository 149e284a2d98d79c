// Wall-clock days and times of the calendar and the instants they name in a time zone, across daylight-saving changes.

/** The offset of `zone` from UTC at `instant`, in minutes (Paris in summer: +120). */
export function offsetMinutes(zone: string, instant: Date): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    value("year"),
    value("month") - 1,
    value("day"),
    value("hour"),
    value("minute"),
    value("second"),
  );
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant at which the clocks of `zone` read `day` (YYYY-MM-DD) at `time` (HH:MM, midnight when null). A time
 * skipped by a spring-forward change (02:30 on the last Sunday of March in Paris) is read with the offset before the
 * change, so it lands an hour later (03:30), as calendar applications do; a time that happens twice in autumn is the
 * first of the two.
 */
export function instantIn(zone: string, day: string, time: string | null): Date {
  const [year, month, date] = day.split("-").map(Number);
  const [hour, minute] = (time ?? "00:00").split(":").map(Number);
  const wall = Date.UTC(year ?? 0, (month ?? 1) - 1, date ?? 1, hour ?? 0, minute ?? 0);
  const before = offsetMinutes(zone, new Date(wall - 36 * 3_600_000));
  const after = offsetMinutes(zone, new Date(wall + 36 * 3_600_000));
  const byBefore = wall - before * 60_000;
  if (before === after) return new Date(byBefore);
  const byAfter = wall - after * 60_000;
  // The first reading whose clock shows the wall time; none does inside a spring-forward gap.
  for (const candidate of [byBefore, byAfter].sort((a, b) => a - b)) {
    if (candidate + offsetMinutes(zone, new Date(candidate)) * 60_000 === wall) return new Date(candidate);
  }
  return new Date(byBefore);
}

/** `day` moved by `days` calendar days (pure calendar arithmetic, no zone involved). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A local time written HH:MM (00:00 to 23:59), or false. */
export function isLocalTime(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}
