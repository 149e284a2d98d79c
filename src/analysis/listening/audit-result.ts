// The audit's result: the JSON contract of `cocrea audit` and of a frozen snapshot's figures.
import type { EmotionName, Polarity } from "../sentiment/score-sentiment.ts";
import type { DimensionName } from "./dimensions.ts";
import type { KeyDriver } from "./key-drivers.ts";
import type { PolarityCounts } from "./net-sentiment.ts";
import type { Interval, Spike } from "./spikes.ts";

/** One name of the panel (the brand first, then the competitors) and its figures over the period. */
export interface BrandFigures {
  name: string;
  query: string;
  role: "brand" | "competitor";
  mentions: number;
  /** Fraction of the panel's mentions (null when the panel has none). */
  shareOfVoice: number | null;
  reach: number;
  engagement: number;
  reachShare: number | null;
  engagementShare: number | null;
  /** Fraction of the panel's positive mentions. */
  positiveShare: number | null;
  polarity: PolarityCounts;
  /** (pos − neg) / (pos + neg), null without polar mentions. */
  netSentiment: number | null;
  /** Mean strength of each emotion over the name's mentions, 0..1. */
  emotions: Record<EmotionName, number>;
  dimensions: DimensionFigures[];
  spikes: Spike[];
}

export interface DimensionFigures {
  name: DimensionName;
  mentions: number;
  polarity: PolarityCounts;
  netSentiment: number | null;
}

export interface AuditItem {
  id: string;
  brands: string[];
  polarity: Polarity;
  score: number;
  emotions: Record<EmotionName, number>;
  dimensions: DimensionName[];
  /** The topic's id, null when the mention joined no topic. */
  topic: string | null;
  date: string | null;
  author: string | null;
  source: string | null;
  language: string;
}

export interface AuditTopic {
  id: string;
  label: string;
  keywords: string[];
  size: number;
  /** Mentions of each panel name in the topic. */
  brands: Record<string, number>;
  polarity: PolarityCounts;
  netSentiment: number | null;
  representatives: string[];
  quotes: string[];
  trend: "growing" | "stable" | "fading" | null;
}

/** A ranked group: an author or a channel. */
export interface RankedGroup {
  name: string;
  mentions: number;
  reach: number;
  engagement: number;
  polarity: PolarityCounts;
  netSentiment: number | null;
}

export interface VolumeBucket {
  /** The bucket's first day, YYYY-MM-DD. */
  date: string;
  /** Mentions of each panel name, in panel order. */
  mentions: number[];
  /** Negative mentions of each panel name. */
  negative: number[];
}

export interface AuditResult {
  /** The panel's names, brand first: print them beside every share. */
  panel: string[];
  brands: BrandFigures[];
  items?: AuditItem[];
  topics: AuditTopic[];
  /** The brand's reputation dimensions. */
  dimensions: DimensionFigures[];
  /** The brand's key drivers: dimensions and topics by share of mentions × net sentiment. */
  keyDrivers: KeyDriver[];
  /** The brand's volume spikes and its negative-mention spikes. */
  spikes: Spike[];
  negativeSpikes: Spike[];
  volume: { interval: Interval; buckets: VolumeBucket[] };
  channels: RankedGroup[];
  authors: { byMentions: RankedGroup[]; byReach: RankedGroup[]; byEngagement: RankedGroup[] };
  period: { start: string | null; end: string | null };
  engine: { sentiment: string; lexicons: string[]; clustering: { seed: number; k: number | "auto" } };
  stats: {
    documents: number;
    matched: number;
    unmatched: number;
    undated: number;
    topics: number;
    seconds: number;
  };
}
