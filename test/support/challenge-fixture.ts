// Challenges for tests: a brief with sensible defaults and timelines placed around the real clock.
import { sql } from "drizzle-orm";
import type { Db } from "../../src/db/open-database.ts";
import type { ApiClient } from "./api-client.ts";

const hour = 3_600_000;
const day = 24 * hour;

export type TimelineDates = Record<
  "announcementAt" | "contributionsOpenAt" | "contributionsCloseAt" | "votingCloseAt" | "synthesisCloseAt",
  string
>;

/** A timeline whose phase is `phase` now, every boundary at least an hour away. */
export function timelineIn(
  phase: "upcoming" | "announcement" | "contributions" | "voting" | "synthesis" | "debrief",
): TimelineDates {
  const offsets = {
    upcoming: [1, 2, 3, 4, 5],
    announcement: [-1, 1, 2, 3, 4],
    contributions: [-2, -1, 2, 3, 4],
    voting: [-3, -2, -1, 2, 3],
    synthesis: [-4, -3, -2, -1, 2],
    debrief: [-5, -4, -3, -2, -1],
  }[phase];
  const now = Date.now();
  const [a, o, c, v, s] = offsets.map((n) => new Date(now + n * day).toISOString()) as [
    string,
    string,
    string,
    string,
    string,
  ];
  return {
    announcementAt: a,
    contributionsOpenAt: o,
    contributionsCloseAt: c,
    votingCloseAt: v,
    synthesisCloseAt: s,
  };
}

export function briefOf(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: "Réinventons le marché du samedi",
    question: "Comment rendre le marché plus vivant pour toutes les générations ?",
    benefit: "Les trois idées retenues seront testées cet été, avec leurs auteurs.",
    rules: "Une idée par message, dans le respect de chacun.",
    categories: ["Animation", "Accessibilité"],
    projectManager: { name: "Karim Benali", text: "Je porte ce projet au service du commerce." },
    participationGoal: 100,
    status: "published",
    timeline: timelineIn("contributions"),
    ...overrides,
  };
}

/** Creates a challenge through the API (as a manager or owner) and returns its id. */
export async function createChallenge(
  manager: ApiClient,
  workspaceId: string,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const response = await manager.post<{ challenge: { id: string } }>(
    `/api/v1/workspaces/${workspaceId}/challenges`,
    briefOf(overrides),
  );
  if (response.status !== 201) throw new Error(`challenge creation failed: ${JSON.stringify(response.body)}`);
  return response.body.challenge.id;
}

/** Submits an idea through the API and returns its id. */
export async function submitIdea(
  author: ApiClient,
  workspaceId: string,
  challengeId: string,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const response = await author.post<{ idea: { id: string } }>(
    `/api/v1/workspaces/${workspaceId}/challenges/${challengeId}/ideas`,
    {
      title: "Un coin lecture",
      body: "Des bancs et une boîte à livres près de la fontaine.",
      category: "Animation",
      ...overrides,
    },
  );
  if (response.status !== 201) throw new Error(`idea submission failed: ${JSON.stringify(response.body)}`);
  return response.body.idea.id;
}

/** Moves a challenge's dates so that its phase is `phase` now (tests of later phases, once ideas are in). */
export async function moveToPhase(
  db: Db,
  challengeId: string,
  phase: Parameters<typeof timelineIn>[0],
): Promise<void> {
  const t = timelineIn(phase);
  await db.execute(sql`
    UPDATE challenges SET announcement_at = ${t.announcementAt}, contributions_open_at = ${t.contributionsOpenAt},
      contributions_close_at = ${t.contributionsCloseAt}, voting_close_at = ${t.votingCloseAt},
      synthesis_close_at = ${t.synthesisCloseAt}
    WHERE id = ${challengeId}`);
}
