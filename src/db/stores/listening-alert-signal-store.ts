// What alert rules judge, read from the mentions: the rules due after an import, daily counts, topics, new mentions.
import { inArray, sql } from "drizzle-orm";
import type { Db } from "../open-database.ts";
import { listeningAlertRules } from "../schema/listening-alerts.ts";
import type { AlertRuleRow } from "./listening-alert-store.ts";

/** A rule to judge and the end of the newest import of its project. */
export interface RuleDue {
  rule: AlertRuleRow;
  lastImportAt: Date;
}

/**
 * Across workspaces: the active rules whose project finished an import since the rule last looked (or that never
 * looked). One row per rule; the import's end becomes the rule's `checkedAt` once judged.
 */
export async function rulesDue(db: Db): Promise<RuleDue[]> {
  const result = await db.execute<{ id: string; last_import_at: Date | string }>(sql`
    SELECT r.id, latest.finished_at AS last_import_at
    FROM listening_alert_rules r
    JOIN LATERAL (
      SELECT max(finished_at) AS finished_at FROM mention_imports
      WHERE project_id = r.project_id AND status = 'done'
    ) latest ON latest.finished_at IS NOT NULL
    WHERE NOT r.paused AND (r.checked_at IS NULL OR r.checked_at < latest.finished_at)
    ORDER BY r.project_id, r.id`);
  if (result.rows.length === 0) return [];
  const lastImport = new Map(result.rows.map((row) => [row.id, new Date(row.last_import_at)]));
  const rules = await db
    .select()
    .from(listeningAlertRules)
    .where(inArray(listeningAlertRules.id, [...lastImport.keys()]));
  return rules.flatMap((rule) => {
    const at = lastImport.get(rule.id);
    return at ? [{ rule, lastImportAt: at }] : [];
  });
}

/** Mentions of one day: all relevant ones, and the positive and negative among them. */
export type DayRow = {
  day: string;
  mentions: number;
  positive: number;
  negative: number;
};

/** Opens the figures alert rules read, for one workspace. */
export function openAlertSignalStore(db: Db, workspaceId: string) {
  const brandFilter = (brand: string | undefined) =>
    brand === undefined ? sql`` : sql`AND ${brand} = ANY(m.brands)`;
  return {
    /** The newest day holding a relevant mention (of `brand` when given), or null. */
    async lastDay(projectId: string, brand?: string): Promise<string | null> {
      const result = await db.execute<{ day: string | null }>(sql`
        SELECT max(m.day)::text AS day FROM mentions m
        WHERE m.workspace_id = ${workspaceId} AND m.project_id = ${projectId} AND m.relevant ${brandFilter(brand)}`);
      return result.rows[0]?.day ?? null;
    },

    /** Relevant mentions per day from `from` to `to` (inclusive), with their polarity (days without any left out). */
    async days(projectId: string, from: string, to: string, brand?: string): Promise<DayRow[]> {
      const result = await db.execute<DayRow>(sql`
        SELECT m.day::text AS day, count(*)::int AS mentions,
          (count(*) FILTER (WHERE m.polarity = 'positive'))::int AS positive,
          (count(*) FILTER (WHERE m.polarity = 'negative'))::int AS negative
        FROM mentions m
        WHERE m.workspace_id = ${workspaceId} AND m.project_id = ${projectId} AND m.relevant
          AND m.day BETWEEN ${from}::date AND ${to}::date ${brandFilter(brand)}
        GROUP BY m.day ORDER BY m.day`);
      return result.rows;
    },

    /** Each topic of the project's relevant mentions with its first day and size. */
    async topicSpans(
      projectId: string,
    ): Promise<Array<{ topic: string; firstDay: string; mentions: number }>> {
      const result = await db.execute<{ topic: string; first_day: string; mentions: number }>(sql`
        SELECT m.topic, min(m.day)::text AS first_day, count(*)::int AS mentions FROM mentions m
        WHERE m.workspace_id = ${workspaceId} AND m.project_id = ${projectId} AND m.relevant AND m.topic IS NOT NULL
        GROUP BY m.topic`);
      return result.rows.map((row) => ({
        topic: row.topic,
        firstDay: row.first_day,
        mentions: row.mentions,
      }));
    },

    /**
     * The relevant mentions brought by the imports finished after `since` and up to `until`, newest first, at most
     * `limit`: what a query rule looks at.
     */
    async importedMentions(
      projectId: string,
      since: Date,
      until: Date,
      limit: number,
    ): Promise<Array<{ text: string; language: string; day: string }>> {
      const result = await db.execute<{ text: string; language: string; day: string }>(sql`
        SELECT m.text, m.language, m.day::text AS day FROM mentions m
        WHERE m.workspace_id = ${workspaceId} AND m.project_id = ${projectId} AND m.relevant
          AND m.import_id IN (
            SELECT id FROM mention_imports
            WHERE project_id = ${projectId} AND status = 'done' AND finished_at > ${since} AND finished_at <= ${until}
          )
        ORDER BY m.published_at DESC LIMIT ${limit}`);
      return result.rows;
    },
  };
}
