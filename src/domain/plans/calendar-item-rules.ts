// The checks every calendar item write shares: texts, the day and time, the owner, the event and the challenge.
import type { UpdateCalendarItem } from "../../contracts/plan-calendar.ts";
import type {
  CalendarItemRow,
  CalendarItemValues,
  PlanCalendarStore,
} from "../../db/stores/plan-calendar-store.ts";
import { AppError } from "../../errors.ts";
import { can, type Role } from "../permissions.ts";
import { isLocalTime } from "./calendar-dates.ts";
import { dayOf, requiredText } from "./session-rules.ts";

const invalid = (field: string, message: string) => new AppError("invalid-input", message, { field });

/**
 * The stored values of an item once `input` is applied to `current` (or to a new item), checked against the plan
 * `planId`. Approval belongs to the review: an edit cannot make an item approved, and an edit of what the client
 * approved (title, message, channel, day, time) sends it back to ready for a new approval.
 */
export async function itemValuesOf(
  store: PlanCalendarStore,
  planId: string,
  input: UpdateCalendarItem,
  current: CalendarItemRow | undefined,
  now: Date,
): Promise<CalendarItemValues> {
  const values: CalendarItemValues = {
    kind: input.kind ?? current?.kind ?? "publication",
    title: input.title !== undefined ? requiredText(input.title, "title", 200) : (current?.title ?? ""),
    message: input.message !== undefined ? input.message.trim() : (current?.message ?? ""),
    channel:
      input.channel !== undefined ? requiredText(input.channel, "channel", 80) : (current?.channel ?? ""),
    ownerId: input.ownerId !== undefined ? input.ownerId : (current?.ownerId ?? null),
    dueOn: input.dueOn !== undefined ? input.dueOn : (current?.dueOn ?? null),
    dueTime: input.dueTime !== undefined ? input.dueTime : (current?.dueTime ?? null),
    eventId: input.eventId !== undefined ? input.eventId : (current?.eventId ?? null),
    challengeId: input.challengeId !== undefined ? input.challengeId : (current?.challengeId ?? null),
    status: input.status ?? current?.status ?? "idea",
    textWritten: input.checklist?.textWritten ?? current?.textWritten ?? false,
    visualReady: input.checklist?.visualReady ?? current?.visualReady ?? false,
    validated: input.checklist?.validated ?? current?.validated ?? false,
    scheduled: input.checklist?.scheduled ?? current?.scheduled ?? false,
    updatedAt: now,
  };
  if (current === undefined && values.title === "") requiredText("", "title", 200);
  if (current === undefined && values.channel === "") requiredText("", "channel", 80);
  if ((values.message ?? "").length > 5000)
    throw invalid("message", "message is longer than 5000 characters.");
  if (values.dueOn !== null && values.dueOn !== undefined) dayOf(values.dueOn, "dueOn");
  if (values.dueTime && !isLocalTime(values.dueTime))
    throw invalid("dueTime", "dueTime must be a time written HH:MM, from 00:00 to 23:59.");
  if (values.dueOn && values.eventId)
    throw invalid("eventId", "An item waits for a predictable event or has a day of its own, not both.");
  if (values.dueTime && !values.dueOn && !values.eventId)
    throw invalid("dueTime", "A time needs a day (dueOn) or a predictable event.");
  await checkLinks(store, planId, values);
  return approvalKept(values, current);
}

async function checkLinks(
  store: PlanCalendarStore,
  planId: string,
  values: CalendarItemValues,
): Promise<void> {
  if (values.ownerId) {
    const role = (await store.roleOf(values.ownerId)) as Role | undefined;
    if (!role || !can(role, "plan.read"))
      throw invalid("ownerId", "The owner must be a member of this workspace who reads its plans.");
  }
  if (values.eventId) {
    const event = await store.event(values.eventId);
    if (!event || event.planId !== planId)
      throw invalid("eventId", "This predictable event does not belong to this plan.");
  }
  if (values.challengeId && !(await store.challengeExists(values.challengeId)))
    throw invalid("challengeId", "This challenge does not exist in this workspace.");
}

function approvalKept(values: CalendarItemValues, current: CalendarItemRow | undefined): CalendarItemValues {
  const wasApproved = current?.status === "approved";
  if (values.status === "approved" && !wasApproved)
    throw invalid("status", "Only the client's review approves an item; ask for it instead.");
  if (!wasApproved || values.status !== "approved" || current === undefined) return values;
  const changed =
    values.title !== current.title ||
    values.message !== current.message ||
    values.channel !== current.channel ||
    values.dueOn !== current.dueOn ||
    values.dueTime !== current.dueTime;
  return changed ? { ...values, status: "ready", validated: false } : values;
}
