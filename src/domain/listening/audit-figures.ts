// Calendar helpers of the audit's figures (days of a period, topics' trends); the figures themselves come from
// the engine (`src/analysis/listening/`). Pure.

/** Every day from `first` to `last` (YYYY-MM-DD, UTC) with the count of `counts`, 0 when absent. */
export function fillDays(first: string, last: string, counts: ReadonlyMap<string, number>) {
  const out: Array<{ day: string; count: number }> = [];
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`); t += 86_400_000) {
    const day = new Date(t).toISOString().slice(0, 10);
    out.push({ day, count: counts.get(day) ?? 0 });
  }
  return out;
}

/** A topic's trend from the share of its mentions in the first half of the period. */
export function trendOf(early: number, total: number): "growing" | "stable" | "fading" {
  if (total === 0) return "stable";
  const share = early / total;
  return share < 0.35 ? "growing" : share > 0.65 ? "fading" : "stable";
}

/** The middle day of a period, splitting it into two halves for trends. */
export function middleDay(first: string, last: string): string {
  const mid = (Date.parse(`${first}T00:00:00Z`) + Date.parse(`${last}T00:00:00Z`)) / 2;
  return new Date(mid).toISOString().slice(0, 10);
}

export function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
