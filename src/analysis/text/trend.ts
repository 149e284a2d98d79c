// Says whether a group grows, holds or fades over time, from its share of the texts of each period.

export type TrendDirection = "growing" | "stable" | "fading";

export interface Trend {
  direction: TrendDirection;
  /** The group's share of each period's dated texts, oldest first. */
  shares: number[];
  /** Start of each period, as the dates were given (milliseconds since 1970 here). */
  periodStarts: number[];
}

/** Period boundaries splitting the dated texts into `periods` parts of equal count (NaN dates ignored). */
export function periodBoundaries(dates: Float64Array, periods = 3): number[] | undefined {
  const valid = dates.filter((date) => !Number.isNaN(date)).sort();
  if (valid.length < periods * 2 || valid[0] === valid[valid.length - 1]) return undefined;
  const out: number[] = [];
  for (let p = 0; p < periods; p++) out.push(valid[Math.floor((p * valid.length) / periods)] as number);
  return out;
}

/**
 * Compares the group's share of the last period with its share of the first: growing when at least
 * `ratio` times larger, fading when `ratio` times smaller, and stable otherwise or with too few texts
 * (fewer than `minimum` of the group's texts dated) to tell.
 */
export function trendOf(
  dates: Float64Array,
  members: ArrayLike<number>,
  boundaries: number[],
  ratio = 1.5,
  minimum = 6,
): Trend {
  const periods = boundaries.length;
  const totals = new Float64Array(periods);
  const counts = new Float64Array(periods);
  for (const date of dates) if (!Number.isNaN(date)) totals[periodOf(date, boundaries)]! += 1;
  let dated = 0;
  for (let j = 0; j < members.length; j++) {
    const date = dates[members[j] as number] as number;
    if (Number.isNaN(date)) continue;
    counts[periodOf(date, boundaries)]! += 1;
    dated++;
  }
  const shares = Array.from(counts, (count, p) =>
    (totals[p] as number) > 0 ? count / (totals[p] as number) : 0,
  );
  const first = shares[0] as number;
  const last = shares[periods - 1] as number;
  let direction: TrendDirection = "stable";
  if (dated >= minimum) {
    if (last >= first * ratio && last > 0) direction = "growing";
    else if (first >= last * ratio && first > 0) direction = "fading";
  }
  return {
    direction,
    shares: shares.map((share) => Math.round(share * 1e4) / 1e4),
    periodStarts: boundaries,
  };
}

function periodOf(date: number, boundaries: number[]): number {
  let p = 0;
  while (p + 1 < boundaries.length && date >= (boundaries[p + 1] as number)) p++;
  return p;
}
