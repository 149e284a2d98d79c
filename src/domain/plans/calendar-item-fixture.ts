// Stored calendar items for the unit tests of the calendar's views and exports.
import type { CalendarItemRecord } from "../../db/stores/plan-calendar-store.ts";

let count = 0;
/** A stored item, not ready, due on `dueOn`, with the fields given. */
export function itemRow(fields: Partial<CalendarItemRecord>): CalendarItemRecord {
  count += 1;
  const at = new Date("2027-03-01T08:00:00Z");
  return {
    id: `00000000-0000-4000-8000-${String(count).padStart(12, "0")}`,
    workspaceId: "w",
    planId: "p",
    kind: "publication",
    title: `Item ${count}`,
    message: "",
    channel: "Instagram",
    ownerId: null,
    ownerName: null,
    dueOn: null,
    dueTime: null,
    eventId: null,
    challengeId: null,
    challengeTitle: null,
    status: "draft",
    textWritten: false,
    visualReady: false,
    validated: false,
    scheduled: false,
    changesAsked: null,
    reviewedBy: null,
    reviewedAt: null,
    createdBy: null,
    createdAt: at,
    updatedAt: at,
    ...fields,
  };
}
