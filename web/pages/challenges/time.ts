// Dates of a challenge's timeline in the browser: datetime-local values and the time left before a deadline.

const pad = (n: number) => String(n).padStart(2, "0");

/** An instant as a datetime-local value ("2026-11-23T19:05") in the browser's time zone; "" when invalid. */
export function toLocalInput(iso: string | Date): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value, read in the browser's time zone, as an ISO instant; undefined when blank or invalid. */
export function fromLocalInput(value: string): string | undefined {
  if (!value.trim()) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

export interface TimeLeft {
  days: number;
  hours: number;
  minutes: number;
}

/**
 * Whole days, hours and minutes from `now` to `deadline` (milliseconds), rounded up to the minute so that "0 minutes"
 * only shows once the deadline has passed; null when it has.
 */
export function timeLeft(deadline: number, now: number): TimeLeft | null {
  const ms = deadline - now;
  if (ms <= 0) return null;
  const totalMinutes = Math.ceil(ms / 60_000);
  return {
    days: Math.floor(totalMinutes / 1440),
    hours: Math.floor((totalMinutes % 1440) / 60),
    minutes: totalMinutes % 60,
  };
}

/**
 * The parts worth saying, coarse to fine: days and hours beyond a day, hours and minutes beyond an hour, else minutes.
 * A sentence built from them changes at most once a minute.
 */
export function spokenParts(left: TimeLeft): Array<{ unit: "days" | "hours" | "minutes"; count: number }> {
  if (left.days > 0) {
    return left.hours > 0
      ? [
          { unit: "days", count: left.days },
          { unit: "hours", count: left.hours },
        ]
      : [{ unit: "days", count: left.days }];
  }
  if (left.hours > 0) {
    return left.minutes > 0
      ? [
          { unit: "hours", count: left.hours },
          { unit: "minutes", count: left.minutes },
        ]
      : [{ unit: "hours", count: left.hours }];
  }
  return [{ unit: "minutes", count: left.minutes }];
}
