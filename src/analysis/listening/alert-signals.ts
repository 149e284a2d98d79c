// What a listening project's alert rules judge: the latest volume spike, a fall of net sentiment, topics that appear.
import { netSentiment } from "./net-sentiment.ts";
import { findSpikes, isoDay, type Spike, type SpikeOptions, type VolumeSeries } from "./spikes.ts";

const dayMs = 86_400_000;

/** Relevant mentions of one UTC day (YYYY-MM-DD), with its positive and negative ones. */
export interface DayCounts {
  day: string;
  mentions: number;
  positive: number;
  negative: number;
}

/** `iso` (YYYY-MM-DD) moved by `days` calendar days. */
export function shiftDay(iso: string, days: number): string {
  return isoDay(Date.parse(`${iso}T00:00:00Z`) + days * dayMs);
}

/** The daily volume from `from` to `to` (inclusive days), missing days counted as 0. */
export function dailyVolume(rows: readonly DayCounts[], from: string, to: string): VolumeSeries {
  const start = Date.parse(`${from}T00:00:00Z`);
  const length = Math.max(0, Math.round((Date.parse(`${to}T00:00:00Z`) - start) / dayMs) + 1);
  const counts = new Float64Array(length);
  for (const row of rows) {
    const index = Math.round((Date.parse(`${row.day}T00:00:00Z`) - start) / dayMs);
    if (index >= 0 && index < length) counts[index] = (counts[index] as number) + row.mentions;
  }
  return { interval: "day", start, step: dayMs, counts };
}

/**
 * The latest spike of the daily volume (findSpikes' rule, against the 7 days before) that is still recent: its last
 * day within `recentDays` of `lastDay`, the newest day with mentions. Older spikes are history, not news: an import
 * of 18 months must not raise every spike of the past. Null when there is none.
 */
export function recentSpike(
  rows: readonly DayCounts[],
  lastDay: string,
  options: SpikeOptions & { recentDays?: number; lookbackDays?: number } = {},
): Spike | null {
  const recentDays = options.recentDays ?? 7;
  const from = shiftDay(lastDay, -(options.lookbackDays ?? 60));
  const spikes = findSpikes(dailyVolume(rows, from, lastDay), options);
  const latest = spikes.at(-1);
  if (!latest) return null;
  // `end` is exclusive: the spike's last day is the day before it.
  return shiftDay(latest.end, -1) >= shiftDay(lastDay, -recentDays + 1) ? latest : null;
}

/** A fall of net sentiment between two windows of equal length. */
export interface NegativeSurge {
  /** The recent window: first day and the day after the last (`lastDay` + 1). */
  from: string;
  to: string;
  mentions: number;
  netSentiment: number;
  previousNetSentiment: number;
}

/**
 * Net sentiment, (pos − neg) / (pos + neg), over the `windowDays` days ending on `lastDay`, against the window of
 * equal length just before; a surge when it fell by at least `drop` (on the −1..1 scale) and each window holds at
 * least `minimum` mentions with at least one polar mention (else the figure is undefined and nothing is judged).
 */
export function negativeSurge(
  rows: readonly DayCounts[],
  lastDay: string,
  options: { windowDays: number; drop: number; minimum: number },
): NegativeSurge | null {
  const from = shiftDay(lastDay, -options.windowDays + 1);
  const previousFrom = shiftDay(from, -options.windowDays);
  const sum = (start: string, end: string) => {
    let mentions = 0;
    let positive = 0;
    let negative = 0;
    for (const row of rows) {
      if (row.day < start || row.day > end) continue;
      mentions += row.mentions;
      positive += row.positive;
      negative += row.negative;
    }
    return { mentions, net: netSentiment(positive, negative) };
  };
  const now = sum(from, lastDay);
  const before = sum(previousFrom, shiftDay(from, -1));
  if (now.mentions < options.minimum || before.mentions < options.minimum) return null;
  if (now.net === null || before.net === null) return null;
  if (before.net - now.net < options.drop - 1e-9) return null;
  return {
    from,
    to: shiftDay(lastDay, 1),
    mentions: now.mentions,
    netSentiment: round(now.net),
    previousNetSentiment: round(before.net),
  };
}

/** A topic with the first day it was mentioned and its mentions since. */
export interface TopicSpan {
  topic: string;
  firstDay: string;
  mentions: number;
}

/**
 * Topics first mentioned within the `windowDays` days ending on `lastDay` and already holding `minimum` mentions:
 * those that appeared, as the snapshot comparison calls them, but judged as the mentions come in. Largest first.
 */
export function newTopics(
  topics: readonly TopicSpan[],
  lastDay: string,
  options: { windowDays: number; minimum: number },
): TopicSpan[] {
  const from = shiftDay(lastDay, -options.windowDays + 1);
  return topics
    .filter((t) => t.firstDay >= from && t.firstDay <= lastDay && t.mentions >= options.minimum)
    .sort((a, b) => b.mentions - a.mentions || a.topic.localeCompare(b.topic));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
