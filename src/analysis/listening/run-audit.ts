// Runs an image and presence audit: mentions and a frame (brand, competitors, language) in, the audit's figures out.
export { type AuditFrame, AuditFrameError, type AuditMention } from "./audit-frame.ts";

import type { EmotionName, Polarity } from "../sentiment/score-sentiment.ts";
import { clusterCorpus } from "../text/cluster-texts.ts";
import { CorpusBuilder, languageCodes } from "../text/vocabulary.ts";
import { analyzeMention } from "./analyze-mentions.ts";
import {
  type AuditFrame,
  AuditFrameError,
  type AuditMention,
  round,
  roundOrNull,
  timeOf,
} from "./audit-frame.ts";
import type { AuditItem, AuditResult, AuditTopic } from "./audit-result.ts";
import { emptyTally, type Tally, TallyMap } from "./audit-tally.ts";
import { defaultDimensionLexicon, dimensionNames, dimensionsOfMask } from "./dimensions.ts";
import { keyDrivers } from "./key-drivers.ts";
import { prepareText } from "./match-tokens.ts";
import { netSentiment } from "./net-sentiment.ts";
import { matchQuery, parseQuery, type Query, QuerySyntaxError } from "./query.ts";
import { shareOfVoice } from "./share-of-voice.ts";
import { findSpikes, isoDay, volumeSeries } from "./spikes.ts";

const emotionKeys: EmotionName[] = [
  "joy",
  "trust",
  "fear",
  "surprise",
  "sadness",
  "disgust",
  "anger",
  "anticipation",
];
const polarities: Polarity[] = ["negative", "neutral", "positive"];

/**
 * Builds an audit one mention at a time, keeping per mention only numbers (brands matched, polarity, emotions,
 * dimensions, date) and its id, so a million mentions fit in memory; texts go to the clustering corpus only.
 * Mentions matching no query of the panel are counted and left out. Call `finish` once.
 */
export class AuditBuilder {
  private readonly panel: Array<{ name: string; query: Query; role: "brand" | "competitor" }>;
  private readonly corpus: CorpusBuilder;
  private readonly ids: string[] = [];
  private readonly brandMasks: number[] = [];
  private readonly polarity: number[] = [];
  private readonly scores: number[] = [];
  private readonly emotions: number[] = [];
  private readonly dimensionMasks: number[] = [];
  private readonly times: number[] = [];
  private readonly reach: number[] = [];
  private readonly engagement: number[] = [];
  private readonly authorOf: number[] = [];
  private readonly sourceOf: number[] = [];
  private readonly names = new Map<string, number>();
  private readonly nameList: string[] = [];
  private readonly languages: string[] = [];
  private readonly authors = new TallyMap(false);
  private readonly channels = new TallyMap(true);
  private readonly texts: string[] | undefined;
  private unmatched = 0;

  constructor(
    private readonly frame: AuditFrame,
    options: { keepTexts?: boolean } = {},
  ) {
    const entries = [
      { ...frame.brand, role: "brand" as const, index: 0 },
      ...frame.competitors.map((c, index) => ({ ...c, role: "competitor" as const, index })),
    ];
    if (entries.length > 31) throw new AuditFrameError("a panel holds at most 31 names", "competitor", 30, 1);
    this.panel = entries.map((entry) => {
      try {
        return { name: entry.name, query: parseQuery(entry.query), role: entry.role };
      } catch (error) {
        if (error instanceof QuerySyntaxError) {
          throw new AuditFrameError(`${entry.name}: ${error.message}`, entry.role, entry.index, error.column);
        }
        throw error;
      }
    });
    this.corpus = new CorpusBuilder(frame.language);
    this.texts = options.keepTexts ? [] : undefined;
  }

  /** Mentions kept so far (matching at least one name). */
  get size(): number {
    return this.ids.length;
  }

  /** Reads one mention; returns whether it matched a name of the panel. */
  add(mention: AuditMention): boolean {
    const prepared = prepareText(mention.text, mention.language);
    let mask = 0;
    for (let b = 0; b < this.panel.length; b++) {
      if (matchQuery((this.panel[b] as { query: Query }).query, prepared)) mask |= 1 << b;
    }
    if (mask === 0) {
      this.unmatched += 1;
      return false;
    }
    const analysis = analyzeMention(mention.text, prepared, this.frame.language, this.frame.lexicon);
    const reach = mention.reach ?? 0;
    const engagement = mention.engagement ?? 0;
    this.ids.push(mention.id);
    this.brandMasks.push(mask);
    this.polarity.push(polarities.indexOf(analysis.polarity));
    this.scores.push(analysis.score);
    for (const key of emotionKeys) this.emotions.push(analysis.emotions[key]);
    this.dimensionMasks.push(analysis.dimensionMask);
    this.times.push(timeOf(mention.date));
    this.reach.push(reach);
    this.engagement.push(engagement);
    this.authorOf.push(mention.author ? this.intern(mention.author) : -1);
    this.sourceOf.push(mention.source ? this.intern(mention.source) : -1);
    this.languages.push(mention.language ?? "");
    if (mention.author) this.authors.add(mention.author, analysis.polarity, reach, engagement);
    this.channels.add(mention.source ?? "(unknown)", analysis.polarity, reach, engagement);
    this.corpus.add(mention.text);
    this.texts?.push(mention.text);
    return true;
  }

  private intern(name: string): number {
    let id = this.names.get(name);
    if (id === undefined) {
      id = this.nameList.length;
      this.names.set(name, id);
      this.nameList.push(name);
    }
    return id;
  }

  /**
   * Computes every figure. `seconds` is the caller's measured time (this module reads no clock); `quoteOf`
   * gives a kept row's text for topic quotes when texts were not kept. Returns the result without items, and
   * `item(row)` to write them one by one.
   */
  finish(options: { seconds?: number; quoteOf?: (row: number) => string | undefined } = {}): {
    result: AuditResult;
    item: (row: number) => AuditItem;
    rows: number;
    representativeRows: number[];
  } {
    const n = this.ids.length;
    const seed = this.frame.seed ?? 1;
    const k = this.frame.k ?? (n <= 100_000 ? "auto" : 20);
    const corpus = this.corpus.finish();
    const topicOf = new Int32Array(n).fill(-1);
    const groups =
      n >= 10 ? clusterCorpus(corpus, { k, seed, dates: Float64Array.from(this.times) }).groups : [];
    groups.forEach((group, g) => {
      for (const row of group.members) topicOf[row] = g;
    });
    const languageOf = (row: number) =>
      this.languages[row] || (languageCodes[corpus.languages[row] as number] as string) || "fr";
    const interval = this.frame.interval ?? "day";
    const brandIndex = this.panel.map((_, b) => b);

    // Tallies per name, per dimension of each name, per topic.
    const tallies = brandIndex.map(() => emptyTally());
    const emotionSums = brandIndex.map(() => new Float64Array(emotionKeys.length));
    const dimensionTallies = brandIndex.map(() => dimensionNames.map(() => emptyTally()));
    const topicTallies = groups.map(() => emptyTally());
    const topicBrands = groups.map(() => brandIndex.map(() => 0));
    const brandTopicTallies = groups.map(() => emptyTally());
    let undated = 0;
    for (let row = 0; row < n; row++) {
      const mask = this.brandMasks[row] as number;
      const polarity = polarities[this.polarity[row] as number] as Polarity;
      const reach = this.reach[row] as number;
      const engagement = this.engagement[row] as number;
      const dims = this.dimensionMasks[row] as number;
      const topic = topicOf[row] as number;
      if (Number.isNaN(this.times[row] as number)) undated += 1;
      if (topic >= 0) {
        const t = topicTallies[topic] as Tally;
        t.mentions += 1;
        t.polarity[polarity] += 1;
      }
      for (let b = 0; b < this.panel.length; b++) {
        if (!(mask & (1 << b))) continue;
        const tally = tallies[b] as Tally;
        tally.mentions += 1;
        tally.reach += reach;
        tally.engagement += engagement;
        tally.polarity[polarity] += 1;
        const sums = emotionSums[b] as Float64Array;
        for (let e = 0; e < emotionKeys.length; e++) {
          sums[e] = (sums[e] as number) + (this.emotions[row * emotionKeys.length + e] as number);
        }
        for (let d = 0; d < dimensionNames.length; d++) {
          if (!(dims & (1 << d))) continue;
          const dt = (dimensionTallies[b] as Tally[])[d] as Tally;
          dt.mentions += 1;
          dt.polarity[polarity] += 1;
        }
        if (topic >= 0) {
          (topicBrands[topic] as number[])[b] = ((topicBrands[topic] as number[])[b] as number) + 1;
          if (b === 0) {
            (brandTopicTallies[topic] as Tally).mentions += 1;
            (brandTopicTallies[topic] as Tally).polarity[polarity] += 1;
          }
        }
      }
    }

    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    for (const time of this.times) {
      if (time < first) first = time;
      if (time > last) last = time;
    }
    const range = Number.isFinite(first) ? { from: first, to: last } : {};
    const seriesOf = (b: number, negativeOnly: boolean) =>
      volumeSeries(this.times, interval, {
        ...range,
        include: (row) =>
          ((this.brandMasks[row] as number) & (1 << b)) !== 0 && (!negativeOnly || this.polarity[row] === 0),
      });
    const series = brandIndex.map((b) => seriesOf(b, false));
    const negativeSeries = brandIndex.map((b) => seriesOf(b, true));
    const shares = shareOfVoice(
      this.panel.map((p, b) => ({
        name: p.name,
        mentions: (tallies[b] as Tally).mentions,
        reach: (tallies[b] as Tally).reach,
        engagement: (tallies[b] as Tally).engagement,
        positive: (tallies[b] as Tally).polarity.positive,
      })),
    );
    const dimensionFigures = (b: number) =>
      dimensionNames.map((name, d) => {
        const tally = (dimensionTallies[b] as Tally[])[d] as Tally;
        return {
          name,
          mentions: tally.mentions,
          polarity: { ...tally.polarity },
          netSentiment: netSentiment(tally.polarity.positive, tally.polarity.negative),
        };
      });
    const brands = this.panel.map((p, b) => {
      const tally = tallies[b] as Tally;
      const share = shares[b] as (typeof shares)[number];
      const emotions = {} as Record<EmotionName, number>;
      emotionKeys.forEach((key, e) => {
        emotions[key] =
          tally.mentions > 0 ? round(((emotionSums[b] as Float64Array)[e] as number) / tally.mentions) : 0;
      });
      return {
        name: p.name,
        query: p.query.source,
        role: p.role,
        mentions: tally.mentions,
        shareOfVoice: roundOrNull(share.shareOfVoice),
        reach: tally.reach,
        engagement: tally.engagement,
        reachShare: roundOrNull(share.reachShare),
        engagementShare: roundOrNull(share.engagementShare),
        positiveShare: roundOrNull(share.positiveShare),
        polarity: { ...tally.polarity },
        netSentiment: roundOrNull(netSentiment(tally.polarity.positive, tally.polarity.negative)),
        emotions,
        dimensions: dimensionFigures(b),
        spikes: findSpikes(series[b] as ReturnType<typeof seriesOf>),
      };
    });

    const representativeRows: number[] = [];
    const topics: AuditTopic[] = groups.map((group, g) => {
      const tally = topicTallies[g] as Tally;
      const brandsOfTopic: Record<string, number> = {};
      this.panel.forEach((p, b) => {
        brandsOfTopic[p.name] = (topicBrands[g] as number[])[b] as number;
      });
      representativeRows.push(...group.representatives);
      const quote = (row: number) => this.texts?.[row] ?? options.quoteOf?.(row);
      return {
        id: String(g + 1),
        label: group.label,
        keywords: group.keywords,
        size: group.members.length,
        brands: brandsOfTopic,
        polarity: { ...tally.polarity },
        netSentiment: roundOrNull(netSentiment(tally.polarity.positive, tally.polarity.negative)),
        representatives: group.representatives.map((row) => this.ids[row] as string),
        quotes: group.representatives.map(quote).filter((text): text is string => text !== undefined),
        trend: group.trend?.direction ?? null,
      };
    });

    const brandTotal = (tallies[0] as Tally).mentions;
    const drivers = keyDrivers(
      [
        ...dimensionNames.map((name, d) => ({
          name,
          kind: "dimension" as const,
          polarity: ((dimensionTallies[0] as Tally[])[d] as Tally).polarity,
        })),
        ...topics.map((topic, g) => ({
          name: topic.label,
          kind: "topic" as const,
          polarity: (brandTopicTallies[g] as Tally).polarity,
        })),
      ],
      brandTotal,
    ).filter((driver) => driver.mentions > 0);

    const buckets = [];
    const length = series[0]?.counts.length ?? 0;
    for (let i = 0; i < length; i++) {
      buckets.push({
        date: isoDay((series[0]?.start as number) + i * (series[0]?.step as number)),
        mentions: series.map((s) => s.counts[i] as number),
        negative: negativeSeries.map((s) => s.counts[i] as number),
      });
    }

    const result: AuditResult = {
      panel: this.panel.map((p) => p.name),
      brands,
      topics,
      dimensions: brands[0]?.dimensions ?? [],
      keyDrivers: drivers,
      spikes: brands[0]?.spikes ?? [],
      negativeSpikes: findSpikes(negativeSeries[0] as ReturnType<typeof seriesOf>),
      volume: { interval, buckets },
      channels: this.channels.top(50, "mentions"),
      authors: {
        byMentions: this.authors.top(20, "mentions"),
        byReach: this.authors.top(20, "reach"),
        byEngagement: this.authors.top(20, "engagement"),
      },
      period: {
        start: Number.isFinite(first) ? new Date(first).toISOString() : null,
        end: Number.isFinite(last) ? new Date(last).toISOString() : null,
      },
      engine: {
        sentiment: "cocrea scoreSentiment (lexicons, French linear model)",
        lexicons: (this.frame.lexicon ?? defaultDimensionLexicon).versions,
        clustering: { seed, k },
      },
      stats: {
        documents: n + this.unmatched,
        matched: n,
        unmatched: this.unmatched,
        undated,
        topics: topics.length,
        seconds: round(options.seconds ?? 0),
      },
    };

    const item = (row: number): AuditItem => {
      const mask = this.brandMasks[row] as number;
      const emotions = {} as Record<EmotionName, number>;
      emotionKeys.forEach((key, e) => {
        emotions[key] = this.emotions[row * emotionKeys.length + e] as number;
      });
      const time = this.times[row] as number;
      const author = this.authorOf[row] as number;
      const source = this.sourceOf[row] as number;
      const topic = topicOf[row] as number;
      return {
        id: this.ids[row] as string,
        brands: this.panel.filter((_, b) => mask & (1 << b)).map((p) => p.name),
        polarity: polarities[this.polarity[row] as number] as Polarity,
        score: this.scores[row] as number,
        emotions,
        dimensions: dimensionsOfMask(this.dimensionMasks[row] as number),
        topic: topic >= 0 ? String(topic + 1) : null,
        date: Number.isNaN(time) ? null : new Date(time).toISOString(),
        author: author >= 0 ? (this.nameList[author] as string) : null,
        source: source >= 0 ? (this.nameList[source] as string) : null,
        language: languageOf(row),
      };
    };
    return { result, item, rows: n, representativeRows };
  }
}

/** Runs a whole audit on mentions held in memory, items included. */
export function runAudit(mentions: Iterable<AuditMention>, frame: AuditFrame, seconds = 0): AuditResult {
  const builder = new AuditBuilder(frame, { keepTexts: true });
  for (const mention of mentions) builder.add(mention);
  const { result, item, rows } = builder.finish({ seconds });
  result.items = Array.from({ length: rows }, (_, row) => item(row));
  return result;
}
