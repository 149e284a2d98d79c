// Key drivers: for each dimension or topic, its share of the mentions and its net sentiment.
import { netSentiment, type PolarityCounts } from "./net-sentiment.ts";

/** One point of the key-drivers chart. */
export interface KeyDriver {
  name: string;
  kind: "dimension" | "topic";
  mentions: number;
  /** Fraction of all mentions of the audit (x axis). */
  share: number;
  /** (pos − neg) / (pos + neg) (y axis); null without polar mentions. */
  netSentiment: number | null;
}

/**
 * Talkwalker's "sentiment key drivers" chart: each theme placed by its share of the mentions and its net
 * sentiment, so the big and negative ones stand out (bottom right). `total` is the audit's mention count; a
 * mention may count in several dimensions, so shares need not sum to 1. Sorted by mentions, then name.
 */
export function keyDrivers(
  groups: ReadonlyArray<{ name: string; kind: "dimension" | "topic"; polarity: PolarityCounts }>,
  total: number,
): KeyDriver[] {
  return groups
    .map(({ name, kind, polarity }) => {
      const mentions = polarity.positive + polarity.neutral + polarity.negative;
      return {
        name,
        kind,
        mentions,
        share: total > 0 ? mentions / total : 0,
        netSentiment: netSentiment(polarity.positive, polarity.negative),
      };
    })
    .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}
