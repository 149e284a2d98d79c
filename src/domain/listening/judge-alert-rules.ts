// After imports, judges every active alert rule of every project and notifies the members who follow its alerts.
import { rulesDue } from "../../db/stores/listening-alert-signal-store.ts";
import { openListeningAlertStore } from "../../db/stores/listening-alert-store.ts";
import type { Context } from "../context.ts";
import { notify } from "../notifications/notify.ts";
import { can, roles } from "../permissions.ts";
import { judgeAlertRule } from "./judge-alert-rule.ts";

/** Thrown inside a firing's transaction to roll back a claim its quiet interval refused. */
class Quiet extends Error {}

/** The roles that may read a listening project: only their holders hear its alerts, even if they once followed them. */
const readers = roles.filter((role) => can(role, "listening.read"));

/**
 * Judges each rule whose project finished an import since the rule last looked (see `rulesDue`). An alert fires at
 * most once per rule and key and never within the rule's quiet interval (both claimed in the notifying transaction,
 * so two processes cannot both fire it); it notifies the project's followers who still hold a reading role. The
 * rule then records the import it looked at. Returns the number of alerts fired.
 */
export async function judgeAlertRules(ctx: Pick<Context, "db" | "now">): Promise<number> {
  let fired = 0;
  for (const { rule, lastImportAt } of await rulesDue(ctx.db)) {
    for (const candidate of await judgeAlertRule(ctx.db, rule, lastImportAt)) {
      const outcome = await ctx.db
        .transaction(async (tx) => {
          const claim = await openListeningAlertStore(tx, rule.workspaceId).claimFiring(
            rule,
            candidate.key,
            candidate.details,
            ctx.now,
          );
          if (claim === "quiet") throw new Quiet();
          if (claim === "fired-before") return claim;
          await notify(
            tx,
            rule.workspaceId,
            {
              kind: "listening-alert",
              listeningProjectId: rule.projectId,
              details: candidate.details,
              recipients: (people) => people.alertSubscribersOf(rule.projectId, readers),
              except: [],
            },
            ctx.now,
          );
          return claim;
        })
        .catch((error: unknown) => {
          if (error instanceof Quiet) return "quiet" as const;
          throw error;
        });
      if (outcome === "fired") fired += 1;
      // One alert per judgment; a key fired before lets the next candidate (another new topic) speak.
      if (outcome !== "fired-before") break;
    }
    await openListeningAlertStore(ctx.db, rule.workspaceId).markChecked(rule.id, lastImportAt);
  }
  return fired;
}
