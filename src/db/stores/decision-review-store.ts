// The review reminders of plans' decisions, across workspaces: which decisions are due, and claiming one's reminder.
import { sql } from "drizzle-orm";
import type { Db } from "../open-database.ts";

/** A decision whose review day came, with what its reminder says. */
export interface DueDecision {
  id: string;
  workspaceId: string;
  planId: string;
  sessionId: string;
  statement: string;
  reviewOn: string;
  carriedBy: string | null;
}

/**
 * The decisions not yet reminded whose review day has come at `now` in their workspace's time zone (`defaultZone`
 * for a workspace that chose none).
 */
export async function dueDecisions(db: Db, now: Date, defaultZone: string): Promise<DueDecision[]> {
  const result = await db.execute<{
    id: string;
    workspace_id: string;
    plan_id: string;
    session_id: string;
    statement: string;
    review_on: string;
    carried_by: string | null;
  }>(sql`
    SELECT d.id, d.workspace_id, d.plan_id, d.session_id, d.statement, d.review_on::text AS review_on, d.carried_by
    FROM plan_decisions d
    LEFT JOIN workspace_time_zones z ON z.workspace_id = d.workspace_id
    WHERE d.reminded_at IS NULL AND d.review_on IS NOT NULL
      AND d.review_on <= (${now}::timestamptz AT TIME ZONE coalesce(z.time_zone, ${defaultZone}))::date
    ORDER BY d.review_on, d.id`);
  return result.rows.map((row) => ({
    id: row.id,
    workspaceId: row.workspace_id,
    planId: row.plan_id,
    sessionId: row.session_id,
    statement: row.statement,
    reviewOn: row.review_on,
    carriedBy: row.carried_by,
  }));
}

/**
 * Records that the decision's reminder goes out, if nobody did it yet: of several processes seeing the same due
 * decision, the one whose UPDATE returns the row reminds; the others' UPDATE matches nothing.
 */
export async function claimDecisionReminder(db: Db, decisionId: string, at: Date): Promise<boolean> {
  const result = await db.execute(sql`
    UPDATE plan_decisions SET reminded_at = ${at} WHERE id = ${decisionId} AND reminded_at IS NULL RETURNING id`);
  return result.rows.length > 0;
}
