// What the challenge integration tests share: the bodies they read, the paths of a workspace's challenges and ideas,
// and two direct looks at the database (ideas stored, a challenge's dates moved into a phase).
import { sql } from "drizzle-orm";
import { timelineIn } from "./challenge-fixture.ts";
import type { TestServer } from "./test-server.ts";
import type { WorkspaceFixture } from "./workspace-fixture.ts";

export interface ChallengeBody {
  challenge: {
    id: string;
    status: string;
    phase: string;
    nextDeadline: { field: string; at: string } | null;
    timeline: Record<string, string>;
    ideaCount: number;
    participantCount: number;
    medianFirstAnswerSeconds: number | null;
    allowAnonymous: boolean;
  };
}
export interface IdeaBody {
  id: string;
  title: string;
  supportCount: number;
  commentCount: number;
  reactions: Record<string, number>;
  myReactions: string[];
  supportedByMe: boolean;
  followedByMe: boolean;
  officialAnswerAt: string | null;
  outcome: { status: string; note: string | null } | null;
}
export type IdeaListBody = { ideas: IdeaBody[] };

export const paths = (w: WorkspaceFixture) => ({
  challenges: `/api/v1/workspaces/${w.workspaceId}/challenges`,
  challenge: (id: string) => `/api/v1/workspaces/${w.workspaceId}/challenges/${id}`,
  ideas: (id: string) => `/api/v1/workspaces/${w.workspaceId}/challenges/${id}/ideas`,
  idea: (id: string) => `/api/v1/workspaces/${w.workspaceId}/ideas/${id}`,
});

/** How many ideas of a challenge are stored, hidden or not. */
export async function storedIdeas(server: TestServer, challengeId: string): Promise<number> {
  const result = await server.database.db.execute<{ n: number }>(
    sql`SELECT count(*)::int AS n FROM ideas WHERE challenge_id = ${challengeId}`,
  );
  return result.rows[0]?.n ?? -1;
}

/** Moves a challenge's dates so that it is now in `phase`. */
export async function setDates(
  server: TestServer,
  challengeId: string,
  phase: Parameters<typeof timelineIn>[0],
): Promise<void> {
  const t = timelineIn(phase);
  await server.database.db.execute(sql`
    UPDATE challenges SET announcement_at = ${t.announcementAt}, contributions_open_at = ${t.contributionsOpenAt},
      contributions_close_at = ${t.contributionsCloseAt}, voting_close_at = ${t.votingCloseAt},
      synthesis_close_at = ${t.synthesisCloseAt}
    WHERE id = ${challengeId}`);
}
