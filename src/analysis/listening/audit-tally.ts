// Running tallies of mentions per group (an author, a channel, a dimension, a topic) while an audit reads them.
import type { Polarity } from "../sentiment/score-sentiment.ts";
import type { RankedGroup } from "./audit-result.ts";
import { emptyPolarity, netSentiment, type PolarityCounts } from "./net-sentiment.ts";

/** One group's running totals. Reach is the largest seen (an author's audience), engagement the sum. */
export interface Tally {
  mentions: number;
  reach: number;
  engagement: number;
  polarity: PolarityCounts;
}

export function emptyTally(): Tally {
  return { mentions: 0, reach: 0, engagement: 0, polarity: emptyPolarity() };
}

/** Adds one mention to a tally. `sumReach` adds reach up (a channel's) instead of keeping the largest (an author's). */
export function addToTally(
  tally: Tally,
  polarity: Polarity,
  reach: number,
  engagement: number,
  sumReach = false,
): void {
  tally.mentions += 1;
  tally.reach = sumReach ? tally.reach + reach : Math.max(tally.reach, reach);
  tally.engagement += engagement;
  tally.polarity[polarity] += 1;
}

/** Tallies keyed by name. */
export class TallyMap {
  readonly groups = new Map<string, Tally>();

  constructor(private readonly sumReach: boolean) {}

  add(name: string, polarity: Polarity, reach: number, engagement: number): void {
    let tally = this.groups.get(name);
    if (!tally) {
      tally = emptyTally();
      this.groups.set(name, tally);
    }
    addToTally(tally, polarity, reach, engagement, this.sumReach);
  }

  /** The `limit` largest groups by a measure, ties broken by mentions then name. */
  top(limit: number, by: "mentions" | "reach" | "engagement"): RankedGroup[] {
    return [...this.groups]
      .sort(([an, a], [bn, b]) => b[by] - a[by] || b.mentions - a.mentions || an.localeCompare(bn))
      .slice(0, limit)
      .map(([name, tally]) => rankedGroup(name, tally));
  }
}

export function rankedGroup(name: string, tally: Tally): RankedGroup {
  return {
    name,
    mentions: tally.mentions,
    reach: tally.reach,
    engagement: tally.engagement,
    polarity: { ...tally.polarity },
    netSentiment: netSentiment(tally.polarity.positive, tally.polarity.negative),
  };
}
