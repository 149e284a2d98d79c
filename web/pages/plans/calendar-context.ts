// What the calendar's components need to know about the plan, the person reading it and the choices of its dialog.
import type { CalendarEvent, CalendarItem } from "../../../src/contracts/plan-calendar.ts";
import type { MemberData, Role } from "../../api/types.ts";

export interface CalendarContext {
  workspaceId: string;
  planId: string;
  role: Role;
  /** Members who read plans: the possible owners of an item. */
  owners: MemberData[];
  challenges: Array<{ id: string; title: string }>;
  events: CalendarEvent[];
  channels: string[];
  /** Opens the item's dialog (a new item on `day` when `item` is undefined). */
  open: (item: CalendarItem | undefined, day?: string) => void;
  reload: () => void;
}

/** Whether the reader edits the calendar (the consultant's side); the client reviews. */
export const manages = (role: Role) => role === "owner" || role === "manager";
