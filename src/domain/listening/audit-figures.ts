// The audit's figures from counted rows: share of voice, net sentiment, spikes, key drivers, trends. Pure.

/** Net sentiment, named as Talkwalker does: (pos − neg) / (pos + neg), in −1..1; 0 with no polar mention. */
export function netSentiment(positive: number, negative: number): number {
  return positive + negative === 0 ? 0 : round((positive - negative) / (positive + negative));
}

/** Share of each part in the panel's total, 0 when the total is 0. */
export function shares(values: readonly number[]): number[] {
  const total = values.reduce((a, b) => a + b, 0);
  return values.map((v) => (total === 0 ? 0 : round(v / total)));
}

export interface Spike {
  start: string;
  end: string;
  mentions: number;
  baseline: number;
}

/** Days of the baseline window before each day. */
export const spikeWindow = 7;

/**
 * Days whose count stands out of the previous window of equal length (the mean of the `spikeWindow` days before):
 * at least 5, at least twice the baseline and above baseline + 3·√baseline (a Poisson count's 3 standard deviations).
 * Consecutive flagged days form one spike. `series` is one count per consecutive day.
 */
export function findSpikes(series: ReadonlyArray<{ day: string; count: number }>): Spike[] {
  const spikes: Spike[] = [];
  let current: Spike | null = null;
  for (let i = 0; i < series.length; i++) {
    const point = series[i];
    if (!point) continue;
    const window = series.slice(Math.max(0, i - spikeWindow), i);
    const baseline = window.length === 0 ? 0 : window.reduce((a, p) => a + p.count, 0) / window.length;
    const flagged =
      window.length === spikeWindow &&
      point.count >= 5 &&
      point.count >= 2 * baseline &&
      point.count > baseline + 3 * Math.sqrt(Math.max(baseline, 1));
    if (flagged) {
      if (current) {
        current.end = point.day;
        current.mentions += point.count;
      } else {
        current = { start: point.day, end: point.day, mentions: point.count, baseline: round(baseline) };
        spikes.push(current);
      }
    } else current = null;
  }
  return spikes;
}

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
