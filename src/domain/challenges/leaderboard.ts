// The leaderboard of a challenge: points recomputed from the activity log at each reading.
import { type Author, openChallengeStore } from "../../db/stores/challenge-store.ts";
import { openContributionStore } from "../../db/stores/contribution-store.ts";
import type { Context, MemberActor } from "../context.ts";
import { type Badge, computeBadges } from "./badges.ts";
import { managesChallenges, visibleChallenge } from "./challenge-rules.ts";
import { computePoints, type Standing } from "./points.ts";

export interface Leaderboard {
  enabled: boolean;
  /** Whether the viewer asked not to appear to others. */
  hiddenMe: boolean;
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
  const contributions = openContributionStore(ctx.db, actor.workspaceId);
  const optOuts = await contributions.leaderboardOptOuts(challengeId);
  const hiddenMe = optOuts.has(actor.userId);
  if (!challenge.leaderboard && !managesChallenges(actor)) return { enabled: false, hiddenMe, entries: [] };
  const rows = await contributions.activity(challengeId);
  const voided = new Set(await store.hiddenSubjectIds(challengeId));
  const standings = computePoints(rows, voided);
  const badges = computeBadges({
    rows,
    voided,
    standings,
    selectedAuthors: new Set(await store.selectedAuthors(challengeId)),
  });
  // Those who hid are left out for everyone but themselves, and the others are ranked among the visible.
  const visible = rerank(standings.filter((s) => !optOuts.has(s.userId) || s.userId === actor.userId));
  const names = await store.memberNames(visible.map((s) => s.userId));
  const entries = visible.flatMap((standing) => {
    const user = names.get(standing.userId);
    return user ? [{ ...standing, user, badges: badges.get(standing.userId) ?? [] }] : [];
  });
  return { enabled: challenge.leaderboard, hiddenMe, entries };
}

/** Ranks again after leaving people out: ties share a rank (1, 2, 2, 4), as in computePoints. */
function rerank(standings: Standing[]): Standing[] {
  const ranked: Standing[] = [];
  for (const [index, standing] of standings.entries()) {
    const previous = ranked[index - 1];
    const rank = previous && previous.points === standing.points ? previous.rank : index + 1;
    ranked.push({ ...standing, rank });
  }
  return ranked;
}

/** Hides the actor from the challenge's leaderboard for others, or shows them again; idempotent. */
export async function setLeaderboardHidden(
  ctx: Context,
  actor: MemberActor,
  challengeId: string,
  hidden: boolean,
): Promise<{ hidden: boolean }> {
  await visibleChallenge(openChallengeStore(ctx.db, actor.workspaceId), actor, challengeId, ctx.now);
  await openContributionStore(ctx.db, actor.workspaceId).setLeaderboardOptOut(
    challengeId,
    actor.userId,
    hidden,
  );
  return { hidden };
}
