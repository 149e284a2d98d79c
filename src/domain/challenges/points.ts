// Points of a challenge's participants, computed from the activity log each time (nothing stored, nothing to drift).

export type ActivityKind =
  | "idea-submitted"
  | "idea-withdrawn"
  | "comment-posted"
  | "support-received"
  | "support-withdrawn"
  | "official-recognition";

/** One row of the `activity` table, as far as points are concerned. */
export interface ActivityRow {
  userId: string;
  kind: ActivityKind;
  subjectId: string;
  createdAt: Date;
}

/**
 * Points per act. Submitting an idea is worth most since the idea is the contribution; a comment nourishes it;
 * each support received says others back it; an official answer from the project manager is recognition, counted
 * once per idea however many answers it gets. Withdrawing a support takes back exactly what it gave, so toggling
 * earns nothing; a withdrawn idea earns nothing at all (its submission, supports and recognition are taken back).
 */
export const pointWeights: Record<ActivityKind, number> = {
  "idea-submitted": 10,
  /** Never summed: a withdrawn idea voids every act about it instead. */
  "idea-withdrawn": 0,
  "comment-posted": 3,
  "support-received": 2,
  "support-withdrawn": -2,
  "official-recognition": 5,
};

export interface Standing {
  userId: string;
  points: number;
  rank: number;
}

/**
 * Ranks users by points, highest first; ties share a rank (1, 2, 2, 4) and are ordered by who reached their total
 * first. Users whose total is zero or less are left out. Acts about an idea or comment in `voided` (hidden by
 * moderation) earn nothing, like those about a withdrawn idea.
 */
export function computePoints(
  rows: readonly ActivityRow[],
  voided: ReadonlySet<string> = new Set(),
): Standing[] {
  const totals = new Map<string, { points: number; reachedAt: number }>();
  const recognized = new Set<string>();
  const withdrawn = new Set(voided);
  for (const row of rows) if (row.kind === "idea-withdrawn") withdrawn.add(row.subjectId);
  const sorted = [...rows].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  for (const row of sorted) {
    // Acts about a withdrawn idea (subject is the idea) are void; comments have their own subject and stay.
    if (withdrawn.has(row.subjectId)) continue;
    if (row.kind === "official-recognition") {
      const key = `${row.userId}:${row.subjectId}`;
      if (recognized.has(key)) continue;
      recognized.add(key);
    }
    const total = totals.get(row.userId) ?? { points: 0, reachedAt: 0 };
    total.points += pointWeights[row.kind];
    total.reachedAt = row.createdAt.getTime();
    totals.set(row.userId, total);
  }
  const ranked = [...totals.entries()]
    .filter(([, total]) => total.points > 0)
    .sort(([, a], [, b]) => b.points - a.points || a.reachedAt - b.reachedAt);
  const standings: Standing[] = [];
  for (const [index, [userId, total]] of ranked.entries()) {
    const previous = standings[index - 1];
    const rank = previous && previous.points === total.points ? previous.rank : index + 1;
    standings.push({ userId, points: total.points, rank });
  }
  return standings;
}
