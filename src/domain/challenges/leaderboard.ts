// The leaderboard of a challenge: points recomputed from the activity log at each reading.
import { type Author, openChallengeStore } from "../../db/stores/challenge-store.ts";
import { openContributionStore } from "../../db/stores/contribution-store.ts";
import type { Context, MemberActor } from "../context.ts";
import { type Badge, computeBadges } from "./badges.ts";
import { managesChallenges, visibleChallenge } from "./challenge-rules.ts";
import { computePoints, type Standing } from "./points.ts";

export interface Leaderboard {
  enabled: boolean;
  entries: Array<Standing & { user: Author; badges: Badge[] }>;
}

/**
 * Ranked points of the challenge's members. When the brief turns the leaderboard off, participants get an empty
 * one; managers still see it, to thank the most active.
 */
export async function showLeaderboard(
  ctx: Context,
  actor: MemberActor,
  challengeId: string,
): Promise<Leaderboard> {
  const store = openChallengeStore(ctx.db, actor.workspaceId);
  const challenge = await visibleChallenge(store, actor, challengeId, ctx.now);
  if (!challenge.leaderboard && !managesChallenges(actor)) return { enabled: false, entries: [] };
  const rows = await openContributionStore(ctx.db, actor.workspaceId).activity(challengeId);
  const voided = new Set(await store.hiddenSubjectIds(challengeId));
  const standings = computePoints(rows, voided);
  const badges = computeBadges({
    rows,
    voided,
    standings,
    selectedAuthors: new Set(await store.selectedAuthors(challengeId)),
  });
  const names = await store.memberNames(standings.map((s) => s.userId));
  const entries = standings.flatMap((standing) => {
    const user = names.get(standing.userId);
    return user ? [{ ...standing, user, badges: badges.get(standing.userId) ?? [] }] : [];
  });
  return { enabled: challenge.leaderboard, entries };
}
