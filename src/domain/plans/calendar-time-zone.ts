// The workspace's time zone, in which the calendar's dates and the exports' dates are read and written.
import { eq } from "drizzle-orm";
import type { Db } from "../../db/open-database.ts";
import { workspaceTimeZones } from "../../db/schema/plan-calendar.ts";
import { AppError } from "../../errors.ts";

/** The zone of a workspace that never chose one. */
export const defaultTimeZone = "Europe/Paris";

/** Whether `zone` is an IANA time zone this runtime knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone.includes("/") || zone === "UTC";
  } catch {
    return false;
  }
}

export async function workspaceTimeZone(db: Db, workspaceId: string): Promise<string> {
  const [row] = await db
    .select({ timeZone: workspaceTimeZones.timeZone })
    .from(workspaceTimeZones)
    .where(eq(workspaceTimeZones.workspaceId, workspaceId));
  return row?.timeZone ?? defaultTimeZone;
}

/** Sets the workspace's time zone; an unknown zone is refused naming the field. */
export async function setWorkspaceTimeZone(
  db: Db,
  workspaceId: string,
  zone: string,
  now: Date,
): Promise<string> {
  if (!isTimeZone(zone))
    throw new AppError("invalid-input", `${zone} is not an IANA time zone such as Europe/Paris.`, {
      field: "timeZone",
    });
  await db
    .insert(workspaceTimeZones)
    .values({ workspaceId, timeZone: zone, updatedAt: now })
    .onConflictDoUpdate({ target: workspaceTimeZones.workspaceId, set: { timeZone: zone, updatedAt: now } });
  return zone;
}

/** The day (YYYY-MM-DD) that `now` falls on in `zone`. */
export function dayIn(zone: string, now: Date): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: zone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}
