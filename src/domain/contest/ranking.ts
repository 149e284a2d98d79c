// The contest's final ranking: the jury's scores on weighted criteria combined with the community's support (pure).

/** Highest score a juror may give on a criterion; scores are integers from 0 to this. */
export const maxScore = 10;

export interface RankingCriterion {
  id: string;
  /** Relative weight, positive. */
  weight: number;
}

export interface RankingFinalist {
  ideaId: string;
  supportCount: number;
  /** When the idea was submitted: the last tie-breaker, earliest first. */
  createdAt: Date;
}

export interface RankingScore {
  ideaId: string;
  criterionId: string;
  jurorId: string;
  /** 0 to `maxScore`. */
  score: number;
}

export interface RankedFinalist {
  ideaId: string;
  /** 1-based; ties are broken, so ranks are 1, 2, 3… */
  rank: number;
  /** The jury's part before weighting by the share, 0–1; null when no juror scored the finalist yet. */
  juryPart: number | null;
  /** The community's part before weighting by the share, 0–1. */
  communityPart: number;
  /** juryShare × juryPart + (1 − juryShare) × communityPart, 0–1 (a missing jury part counts as 0). */
  total: number;
  supportCount: number;
  /** How many jurors scored the finalist on at least one criterion. */
  jurors: number;
}

/**
 * Ranks the finalists of a contest.
 *
 * For a finalist f, criteria c with weights w_c, and s(j, f, c) the score of juror j (0–10):
 * - m(f, c) = mean of s(j, f, c) over the jurors who scored f on c (a juror who skipped a criterion does not count
 *   as a zero: the mean is over those who scored);
 * - jury part J(f) = Σ_c w_c · m(f, c) / (10 · Σ_c w_c), both sums over the criteria someone scored for f, so
 *   J is in 0–1; null when nobody scored f;
 * - community part C(f) = supports(f) / max over finalists of supports (0 when no finalist has any support);
 * - total T(f) = juryShare · J(f) + (1 − juryShare) · C(f), with juryShare in 0–1 (0.7 for a 70/30 contest).
 * Ties on the total are broken by more supports, then by the earliest submitted idea, then by id.
 */
export function rankFinalists(input: {
  criteria: readonly RankingCriterion[];
  finalists: readonly RankingFinalist[];
  scores: readonly RankingScore[];
  /** Share of the final score given to the jury, 0–1. */
  juryShare: number;
}): RankedFinalist[] {
  const weights = new Map(input.criteria.map((c) => [c.id, c.weight]));
  const share = Math.min(1, Math.max(0, input.juryShare));
  const maxSupport = Math.max(0, ...input.finalists.map((f) => f.supportCount));

  // Sum and count of scores per finalist and criterion, and the jurors of each finalist.
  const cells = new Map<string, Map<string, { sum: number; count: number }>>();
  const jurors = new Map<string, Set<string>>();
  for (const s of input.scores) {
    if (!weights.has(s.criterionId)) continue;
    const byCriterion = cells.get(s.ideaId) ?? new Map<string, { sum: number; count: number }>();
    cells.set(s.ideaId, byCriterion);
    const cell = byCriterion.get(s.criterionId) ?? { sum: 0, count: 0 };
    cell.sum += s.score;
    cell.count += 1;
    byCriterion.set(s.criterionId, cell);
    const set = jurors.get(s.ideaId) ?? new Set<string>();
    set.add(s.jurorId);
    jurors.set(s.ideaId, set);
  }

  const rows = input.finalists.map((finalist) => {
    let weighted = 0;
    let weightSum = 0;
    for (const [criterionId, cell] of cells.get(finalist.ideaId) ?? []) {
      const weight = weights.get(criterionId) ?? 0;
      weighted += weight * (cell.sum / cell.count);
      weightSum += weight;
    }
    const juryPart = weightSum > 0 ? weighted / (maxScore * weightSum) : null;
    const communityPart = maxSupport > 0 ? finalist.supportCount / maxSupport : 0;
    const total = share * (juryPart ?? 0) + (1 - share) * communityPart;
    return {
      finalist,
      juryPart,
      communityPart,
      total,
      jurors: jurors.get(finalist.ideaId)?.size ?? 0,
    };
  });

  rows.sort(
    (a, b) =>
      b.total - a.total ||
      b.finalist.supportCount - a.finalist.supportCount ||
      a.finalist.createdAt.getTime() - b.finalist.createdAt.getTime() ||
      a.finalist.ideaId.localeCompare(b.finalist.ideaId),
  );
  return rows.map((row, index) => ({
    ideaId: row.finalist.ideaId,
    rank: index + 1,
    juryPart: row.juryPart,
    communityPart: row.communityPart,
    total: row.total,
    supportCount: row.finalist.supportCount,
    jurors: row.jurors,
  }));
}
