// Badges of a challenge's participants, computed like points from the activity log (nothing stored to drift).
import type { ActivityRow, Standing } from "./points.ts";

export const badgeKinds = ["first-idea", "pioneer", "top-contributor", "idea-selected"] as const;
export type Badge = (typeof badgeKinds)[number];

/** How many of the first people to take part are pioneers. */
export const pioneerCount = 10;
/** Ranks that make a top contributor. */
export const topContributorRanks = 3;

export interface BadgeInput {
  rows: readonly ActivityRow[];
  /** Ideas and comments whose acts count for nothing: withdrawn or hidden by moderation. */
  voided: ReadonlySet<string>;
  standings: readonly Standing[];
  /** Authors of ideas retained for action or awarded by the jury. */
  selectedAuthors: ReadonlySet<string>;
}

/**
 * The badges each person holds:
 * - first idea: has an idea that counts (neither withdrawn nor hidden);
 * - pioneer: among the first `pioneerCount` people to post an idea or a comment that counts;
 * - top contributor: ranked within the first `topContributorRanks` on points (ties share a rank);
 * - idea selected: an idea of theirs was retained for action or awarded.
 * Only one's own acts make a pioneer: a support received is recorded for the idea's author but is not their act.
 */
export function computeBadges(input: BadgeInput): Map<string, Badge[]> {
  const withdrawn = new Set(input.voided);
  for (const row of input.rows) if (row.kind === "idea-withdrawn") withdrawn.add(row.subjectId);
  const own = input.rows
    .filter(
      (row) =>
        (row.kind === "idea-submitted" || row.kind === "comment-posted") && !withdrawn.has(row.subjectId),
    )
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const pioneers: string[] = [];
  const withIdea = new Set<string>();
  for (const row of own) {
    if (row.kind === "idea-submitted") withIdea.add(row.userId);
    if (pioneers.length < pioneerCount && !pioneers.includes(row.userId)) pioneers.push(row.userId);
  }
  const badges = new Map<string, Badge[]>();
  const award = (userId: string, badge: Badge) => {
    const list = badges.get(userId) ?? [];
    if (!list.includes(badge)) list.push(badge);
    badges.set(userId, list);
  };
  for (const userId of withIdea) award(userId, "first-idea");
  for (const userId of pioneers) award(userId, "pioneer");
  for (const standing of input.standings)
    if (standing.rank <= topContributorRanks) award(standing.userId, "top-contributor");
  for (const userId of input.selectedAuthors) award(userId, "idea-selected");
  for (const list of badges.values()) list.sort((a, b) => badgeKinds.indexOf(a) - badgeKinds.indexOf(b));
  return badges;
}
