// Queries of what the instance shows to anyone: published public challenges, across workspaces.
import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../open-database.ts";
import { challenges } from "../schema/challenges.ts";
import { workspaces } from "../schema/workspaces.ts";
import type { ChallengeRow } from "./challenge-store.ts";

/** A published public challenge and the name of its workspace. */
export interface PublicChallengeRow {
  challenge: ChallengeRow;
  workspace: { id: string; name: string };
}

/**
 * Published challenges open to the public, newest first, of every workspace or of one; member-only challenges and
 * drafts never come out of this query.
 */
export async function publicChallenges(db: Db, workspaceId?: string): Promise<PublicChallengeRow[]> {
  return db
    .select({ challenge: challenges, workspace: { id: workspaces.id, name: workspaces.name } })
    .from(challenges)
    .innerJoin(workspaces, eq(workspaces.id, challenges.workspaceId))
    .where(
      and(
        eq(challenges.audience, "public"),
        eq(challenges.status, "published"),
        workspaceId === undefined ? undefined : eq(challenges.workspaceId, workspaceId),
      ),
    )
    .orderBy(desc(challenges.contributionsOpenAt), desc(challenges.id))
    .limit(200);
}
