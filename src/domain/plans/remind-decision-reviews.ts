// On a decision's review day, reminds the plan's managers (and whoever carries it), once whatever the processes.
import { claimDecisionReminder, dueDecisions } from "../../db/stores/decision-review-store.ts";
import type { Context } from "../context.ts";
import { notify } from "../notifications/notify.ts";
import { can, roles } from "../permissions.ts";
import { defaultTimeZone } from "./calendar-time-zone.ts";

/** Who runs a plan: the roles that may manage plans. */
const managing = roles.filter((role) => can(role, "plan.manage"));
/** The carrier of a decision hears of it too when their role lets them read the plan (a guest: the client). */
const reading = roles.filter((role) => can(role, "plan.read"));

/**
 * Looks at every decision whose review day (in its workspace's time zone) has come and was not reminded; claims
 * each reminder with a compare-and-set on `reminded_at` and, in the same transaction, notifies the workspace's plan
 * managers and the decision's carrier. A review day already past when the decision is recorded is reminded at once.
 * Returns the number of reminders sent by this call.
 */
export async function remindDecisionReviews(ctx: Pick<Context, "db" | "now">): Promise<number> {
  let reminded = 0;
  for (const decision of await dueDecisions(ctx.db, ctx.now, defaultTimeZone)) {
    const made = await ctx.db.transaction(async (tx) => {
      if (!(await claimDecisionReminder(tx, decision.id, ctx.now))) return false;
      await notify(
        tx,
        decision.workspaceId,
        {
          kind: "decision-review",
          planId: decision.planId,
          details: {
            type: "decision-review",
            decisionId: decision.id,
            sessionId: decision.sessionId,
            statement: decision.statement,
            reviewOn: decision.reviewOn,
          },
          recipients: (people) =>
            people.membersWithRoles(
              managing,
              decision.carriedBy ? { userId: decision.carriedBy, roles: reading } : undefined,
            ),
          except: [],
        },
        ctx.now,
      );
      return true;
    });
    if (made) reminded += 1;
  }
  return reminded;
}
