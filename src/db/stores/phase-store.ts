// The phase announcements of challenges, across workspaces: which challenges to look at, and claiming a change.
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../open-database.ts";
import { challenges } from "../schema/challenges.ts";

export interface ChallengeTimelineRow {
  id: string;
  workspaceId: string;
  lastAnnouncedPhase: string | null;
  announcementAt: Date;
  contributionsOpenAt: Date;
  contributionsCloseAt: Date;
  votingCloseAt: Date;
  synthesisCloseAt: Date;
}

/** The timelines of every published challenge not yet announced in its debrief (the last phase). */
export function publishedTimelines(db: Db): Promise<ChallengeTimelineRow[]> {
  return db
    .select({
      id: challenges.id,
      workspaceId: challenges.workspaceId,
      lastAnnouncedPhase: challenges.lastAnnouncedPhase,
      announcementAt: challenges.announcementAt,
      contributionsOpenAt: challenges.contributionsOpenAt,
      contributionsCloseAt: challenges.contributionsCloseAt,
      votingCloseAt: challenges.votingCloseAt,
      synthesisCloseAt: challenges.synthesisCloseAt,
    })
    .from(challenges)
    .where(
      and(
        eq(challenges.status, "published"),
        sql`${challenges.lastAnnouncedPhase} IS DISTINCT FROM 'debrief'`,
      ),
    );
}

/**
 * Records that `phase` is announced, if the challenge still shows `previous`: of several processes seeing the same
 * change, the one whose UPDATE returns the row announces it; the others' UPDATE matches nothing.
 */
export async function claimPhase(
  db: Db,
  challengeId: string,
  previous: string | null,
  phase: string,
): Promise<boolean> {
  const result = await db.execute(sql`
    UPDATE challenges SET last_announced_phase = ${phase}::text
    WHERE id = ${challengeId}
      AND last_announced_phase IS DISTINCT FROM ${phase}::text
      AND last_announced_phase IS NOT DISTINCT FROM ${previous}::text
    RETURNING id`);
  return result.rows.length > 0;
}
