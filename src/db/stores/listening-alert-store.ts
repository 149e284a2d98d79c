// Queries of listening alert rules opened for one workspace: rules, the alerts they fired, who follows them.
import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../open-database.ts";
import {
  type AlertRuleSettings,
  listeningAlertFirings,
  listeningAlertRules,
  listeningAlertSubscribers,
} from "../schema/listening-alerts.ts";
import type { ListeningAlertDetails } from "../schema/notification-details.ts";

export type AlertRuleRow = typeof listeningAlertRules.$inferSelect;
export type AlertFiringRow = typeof listeningAlertFirings.$inferSelect;

/** What a manager sets on a rule. */
export interface AlertRuleValues {
  name: string;
  kind: AlertRuleRow["kind"];
  settings: AlertRuleSettings;
  minIntervalHours: number;
  paused: boolean;
}

/** Opens the alert store of one workspace; `db` may be a transaction. */
export function openListeningAlertStore(db: Db, workspaceId: string) {
  const inWorkspace = eq(listeningAlertRules.workspaceId, workspaceId);
  return {
    async rules(projectId: string): Promise<AlertRuleRow[]> {
      return db
        .select()
        .from(listeningAlertRules)
        .where(and(inWorkspace, eq(listeningAlertRules.projectId, projectId)))
        .orderBy(listeningAlertRules.createdAt, listeningAlertRules.id);
    },

    async rule(projectId: string, ruleId: string): Promise<AlertRuleRow | undefined> {
      const [row] = await db
        .select()
        .from(listeningAlertRules)
        .where(
          and(inWorkspace, eq(listeningAlertRules.projectId, projectId), eq(listeningAlertRules.id, ruleId)),
        );
      return row;
    },

    async insertRule(projectId: string, values: AlertRuleValues, createdBy: string, at: Date) {
      const [row] = await db
        .insert(listeningAlertRules)
        .values({ workspaceId, projectId, ...values, createdBy, createdAt: at, updatedAt: at })
        .returning();
      if (!row) throw new Error("alert rule not inserted");
      return row;
    },

    /** Updates the rule; `checkedAt` moves the point after which it judges imports (a resumed rule starts now). */
    async updateRule(
      projectId: string,
      ruleId: string,
      values: Partial<AlertRuleValues> & { checkedAt?: Date },
      at: Date,
    ) {
      const [row] = await db
        .update(listeningAlertRules)
        .set({ ...values, updatedAt: at })
        .where(
          and(inWorkspace, eq(listeningAlertRules.projectId, projectId), eq(listeningAlertRules.id, ruleId)),
        )
        .returning();
      return row;
    },

    async deleteRule(projectId: string, ruleId: string): Promise<boolean> {
      const rows = await db
        .delete(listeningAlertRules)
        .where(
          and(inWorkspace, eq(listeningAlertRules.projectId, projectId), eq(listeningAlertRules.id, ruleId)),
        )
        .returning({ id: listeningAlertRules.id });
      return rows.length > 0;
    },

    /** The project's latest alerts, newest first. */
    async firings(projectId: string, limit: number): Promise<AlertFiringRow[]> {
      return db
        .select()
        .from(listeningAlertFirings)
        .where(
          and(
            eq(listeningAlertFirings.workspaceId, workspaceId),
            eq(listeningAlertFirings.projectId, projectId),
          ),
        )
        .orderBy(desc(listeningAlertFirings.firedAt), desc(listeningAlertFirings.id))
        .limit(limit);
    },

    async subscribed(projectId: string, userId: string): Promise<boolean> {
      const rows = await db
        .select({ userId: listeningAlertSubscribers.userId })
        .from(listeningAlertSubscribers)
        .where(
          and(
            eq(listeningAlertSubscribers.workspaceId, workspaceId),
            eq(listeningAlertSubscribers.projectId, projectId),
            eq(listeningAlertSubscribers.userId, userId),
          ),
        );
      return rows.length > 0;
    },

    async subscribe(projectId: string, userId: string, at: Date): Promise<void> {
      await db
        .insert(listeningAlertSubscribers)
        .values({ projectId, userId, workspaceId, createdAt: at })
        .onConflictDoNothing();
    },

    async unsubscribe(projectId: string, userId: string): Promise<void> {
      await db
        .delete(listeningAlertSubscribers)
        .where(
          and(
            eq(listeningAlertSubscribers.workspaceId, workspaceId),
            eq(listeningAlertSubscribers.projectId, projectId),
            eq(listeningAlertSubscribers.userId, userId),
          ),
        );
    },

    /**
     * Claims a firing: its key must never have fired for the rule (the unique index) and the rule must be active and
     * out of its quiet interval (a compare-and-set on `last_fired_at`), so that of several processes judging the same
     * rule one only fires. Answers "fired", "fired-before" (this key already fired: nothing written) or "quiet" (the
     * interval refused it: the firing row is written, so call this inside a transaction and roll it back).
     */
    async claimFiring(
      rule: AlertRuleRow,
      key: string,
      details: ListeningAlertDetails,
      at: Date,
    ): Promise<"fired" | "fired-before" | "quiet"> {
      const inserted = await db
        .insert(listeningAlertFirings)
        .values({ workspaceId, projectId: rule.projectId, ruleId: rule.id, key, details, firedAt: at })
        .onConflictDoNothing()
        .returning({ id: listeningAlertFirings.id });
      if (inserted.length === 0) return "fired-before";
      const moved = await db.execute(sql`
        UPDATE listening_alert_rules SET last_fired_at = ${at}
        WHERE id = ${rule.id} AND workspace_id = ${workspaceId} AND NOT paused
          AND (last_fired_at IS NULL OR last_fired_at <= ${at}::timestamptz - make_interval(hours => min_interval_hours))
        RETURNING id`);
      return moved.rows.length > 0 ? "fired" : "quiet";
    },

    /** Records that the rule looked at every import finished up to `until`. */
    async markChecked(ruleId: string, until: Date): Promise<void> {
      await db.execute(sql`
        UPDATE listening_alert_rules SET checked_at = ${until}
        WHERE id = ${ruleId} AND workspace_id = ${workspaceId} AND (checked_at IS NULL OR checked_at < ${until})`);
    },
  };
}

export type ListeningAlertStore = ReturnType<typeof openListeningAlertStore>;
