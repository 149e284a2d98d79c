// The client's review of a calendar item: approve it, or ask changes saying what (plan.validate).
import type { ReviewCalendarItem } from "../../contracts/plan-calendar.ts";
import { type CalendarItemRow, openPlanCalendarStore } from "../../db/stores/plan-calendar-store.ts";
import { AppError } from "../../errors.ts";
import type { Context, MemberActor } from "../context.ts";
import { requiredText } from "./session-rules.ts";

/**
 * Approving marks the item approved and its checklist's "validated" ticked, and clears an earlier request; asking
 * changes needs a comment, sends the item back to draft and unticks "validated". A published item is not reviewed.
 */
export async function reviewCalendarItem(
  ctx: Context,
  actor: MemberActor,
  itemId: string,
  review: ReviewCalendarItem,
): Promise<CalendarItemRow> {
  return ctx.db.transaction(async (tx) => {
    const store = openPlanCalendarStore(tx, actor.workspaceId);
    const current = await store.item(itemId, true);
    if (!current) throw new AppError("not-found", "This calendar item does not exist in this workspace.");
    if (current.status === "published")
      throw new AppError("invalid-input", "A published item can no longer be reviewed.", {
        field: "decision",
      });
    const values =
      review.decision === "approve"
        ? { status: "approved" as const, validated: true, changesAsked: null }
        : {
            status: "draft" as const,
            validated: false,
            changesAsked: requiredText(review.comment ?? "", "comment", 2000),
          };
    const change = { ...values, reviewedBy: actor.userId, reviewedAt: ctx.now, updatedAt: ctx.now };
    await store.updateItem(itemId, change);
    return { ...current, ...change };
  });
}
