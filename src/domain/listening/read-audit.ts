// The image and presence audit of a project: every figure of the dashboard, the snapshot and the report.

import { isNewTopic } from "../../analysis/listening/mention-topics.ts";
import { netSentiment as engineNetSentiment } from "../../analysis/listening/net-sentiment.ts";
import { shareOfVoice } from "../../analysis/listening/share-of-voice.ts";
import { findSpikes } from "../../analysis/listening/spikes.ts";
import type { Db } from "../../db/open-database.ts";
import type { ListeningFrame } from "../../db/schema/listening.ts";
import {
  anyBrand,
  type MentionFilter,
  openListeningFiguresStore,
} from "../../db/stores/listening-figures-store.ts";
import type { ListeningProjectRow } from "../../db/stores/listening-store.ts";
import { openListeningStore } from "../../db/stores/listening-store.ts";
import { openListeningTopicStore } from "../../db/stores/listening-topic-store.ts";
import type { Context, MemberActor } from "../context.ts";
import { latestPeriodStart, topicAnalysisKey } from "./analyze-listening-topics.ts";
import { fillDays, middleDay, round, trendOf } from "./audit-figures.ts";
import { projectOf } from "./listening-project.ts";
import { dimensionNames, engineVersion, lexiconVersion } from "./mention-reading.ts";

export interface AuditScope {
  /** Narrows the image audit (not the share of voice) to one query's mentions. */
  brand?: string;
  from?: string;
  to?: string;
}

/** Net sentiment as the engine defines it, rounded; 0 (not null) without polar mentions, as the API has it. */
function netSentiment(positive: number, negative: number): number {
  return round(engineNetSentiment(positive, negative) ?? 0);
}

/**
 * The engine's spikes over a series of daily counts starting at `first`, their end given as the last day of the
 * spike (inclusive), as the dashboard filters by days.
 */
function spikesOf(first: string | null, counts: readonly number[]) {
  if (!first || counts.length === 0) return [];
  const start = Date.parse(`${first}T00:00:00Z`);
  return findSpikes({ interval: "day", start, step: dayMs, counts: Float64Array.from(counts) }).map((s) => ({
    ...s,
    end: new Date(Date.parse(`${s.end}T00:00:00Z`) - dayMs).toISOString().slice(0, 10),
  }));
}

const dayMs = 86_400_000;

/** Computes the audit of `project` over its rollups and mentions. */
export async function computeAudit(
  db: Db,
  workspaceId: string,
  project: ListeningProjectRow,
  scope: AuditScope = {},
) {
  const figures = openListeningFiguresStore(db, workspaceId);
  const frame: ListeningFrame | null = project.frame;
  const panel = frame ? [frame.brand.name, ...frame.competitors.map((c) => c.name)] : [];
  const focus = scope.brand ?? anyBrand;
  const filter: MentionFilter = { brand: scope.brand, from: scope.from, to: scope.to };
  const daily = await figures.daily(project.id, scope.from, scope.to);
  const period = await figures.period(project.id);
  const first = scope.from ?? period.first;
  const last = scope.to ?? period.last;

  const totals = new Map(
    panel.map((name) => [name, { mentions: 0, positive: 0, negative: 0, reach: 0, engagement: 0 }]),
  );
  const byMonth = new Map<string, Map<string, number>>();
  const focusDays = new Map<string, { mentions: number; negative: number; positive: number }>();
  for (const row of daily) {
    if (row.brand === focus)
      focusDays.set(row.day, {
        mentions: row.mentions,
        negative: row.negative ?? 0,
        positive: row.positive ?? 0,
      });
    const total = totals.get(row.brand);
    if (!total) continue;
    total.mentions += row.mentions;
    total.positive += row.positive ?? 0;
    total.negative += row.negative ?? 0;
    total.reach += row.reach;
    total.engagement += row.engagement;
    const month = row.day.slice(0, 7);
    const counts = byMonth.get(month) ?? new Map<string, number>();
    counts.set(row.brand, (counts.get(row.brand) ?? 0) + row.mentions);
    byMonth.set(month, counts);
  }
  const list = panel.map((name) => ({
    name,
    ...(totals.get(name) ?? { mentions: 0, positive: 0, negative: 0, reach: 0, engagement: 0 }),
  }));
  const voices = shareOfVoice(list);
  const share = (value: number | null | undefined) => round(value ?? 0);
  const brands = list.map((b, i) => ({
    name: b.name,
    mentions: b.mentions,
    reach: b.reach,
    engagement: b.engagement,
    polarity: { positive: b.positive, neutral: b.mentions - b.positive - b.negative, negative: b.negative },
    netSentiment: netSentiment(b.positive, b.negative),
    shareOfVoice: share(voices[i]?.shareOfVoice),
    shareOfReach: share(voices[i]?.reachShare),
    shareOfEngagement: share(voices[i]?.engagementShare),
    shareOfPositive: share(voices[i]?.positiveShare),
  }));

  const volume =
    first && last
      ? fillDays(first, last, new Map([...focusDays].map(([day, v]) => [day, v.mentions]))).map((p) => ({
          day: p.day,
          mentions: p.count,
          negative: focusDays.get(p.day)?.negative ?? 0,
          positive: focusDays.get(p.day)?.positive ?? 0,
        }))
      : [];
  const spikes = spikesOf(
    first,
    volume.map((v) => v.mentions),
  );
  const negativeSpikes = spikesOf(
    first,
    volume.map((v) => v.negative),
  );
  const shareOverTime = [...byMonth.keys()].sort().map((month) => {
    const counts = byMonth.get(month) ?? new Map<string, number>();
    const monthShares = shareOfVoice(
      panel.map((name) => ({ name, mentions: counts.get(name) ?? 0, reach: 0, engagement: 0, positive: 0 })),
    ).map((v) => share(v.shareOfVoice));
    return {
      month,
      brands: panel.map((name, i) => ({
        name,
        mentions: counts.get(name) ?? 0,
        shareOfVoice: monthShares[i] ?? 0,
      })),
    };
  });

  const channels = (await figures.channels(project.id, focus, scope.from, scope.to)).map((c) => ({
    channel: c.channel,
    source: c.source,
    mentions: c.mentions,
    reach: c.reach,
    engagement: c.engagement,
    netSentiment: netSentiment(c.positive, c.negative),
  }));
  const matched = volume.reduce((a, v) => a + v.mentions, 0);
  const dimensionRows = new Map((await figures.dimensions(project.id, filter)).map((d) => [d.dimension, d]));
  const dimensions = dimensionNames.map((name) => {
    const d = dimensionRows.get(name);
    return {
      name,
      mentions: d?.mentions ?? 0,
      share: matched === 0 ? 0 : round((d?.mentions ?? 0) / matched),
      netSentiment: netSentiment(d?.positive ?? 0, d?.negative ?? 0),
    };
  });
  const topicRows =
    first && last
      ? await figures.topics(project.id, filter, middleDay(first, last), latestPeriodStart(first, last))
      : [];
  const keywords = new Map(
    (await openListeningTopicStore(db, workspaceId).topics(project.id)).map((t) => [t.label, t.keywords]),
  );
  const topics = topicRows.map((t) => ({
    label: t.topic,
    keywords: keywords.get(t.topic) ?? [],
    isNew: isNewTopic(t.mentions - t.latest, t.latest),
    mentions: t.mentions,
    share: matched === 0 ? 0 : round(t.mentions / matched),
    netSentiment: netSentiment(t.positive, t.negative),
    trend: trendOf(t.early, t.mentions),
    quote: t.quote,
  }));
  const emotionRows = new Map(
    (await figures.emotions(project.id, filter)).map((e) => [e.emotion, e.mentions]),
  );
  const emotions = ["joy", "trust", "fear", "surprise", "sadness", "disgust", "anger", "anticipation"].map(
    (name) => ({
      name,
      mentions: emotionRows.get(name) ?? 0,
    }),
  );
  const authors = await figures.authors(project.id, filter);
  const gold = await openListeningStore(db, workspaceId).corrections(project.id);
  const polarity = volume.reduce(
    (acc, v) => ({ positive: acc.positive + v.positive, negative: acc.negative + v.negative }),
    { positive: 0, negative: 0 },
  );
  return {
    project: { id: project.id, name: project.name },
    frame,
    panel,
    scope: { brand: scope.brand ?? null, from: first, to: last },
    versions: { engine: engineVersion, lexicon: lexiconVersion },
    mentions: matched,
    polarity: { ...polarity, neutral: matched - polarity.positive - polarity.negative },
    netSentiment: netSentiment(polarity.positive, polarity.negative),
    brands,
    volume,
    spikes,
    negativeSpikes,
    shareOverTime,
    channels,
    authors,
    emotions,
    dimensions,
    keyDrivers: [
      ...dimensions.map((d) => ({
        kind: "dimension" as const,
        name: d.name,
        share: d.share,
        netSentiment: d.netSentiment,
      })),
      ...topics.map((t) => ({
        kind: "topic" as const,
        name: t.label,
        share: t.share,
        netSentiment: t.netSentiment,
      })),
    ],
    topics,
    agreement: {
      corrections: gold.corrections,
      polarityLabels: gold.polarity_labels,
      polarityAgreed: gold.polarity_agreed,
      rate: gold.polarity_labels === 0 ? null : round(gold.polarity_agreed / gold.polarity_labels),
    },
  };
}

export type Audit = Awaited<ReturnType<typeof computeAudit>>;

/** The dashboard of a project for one of its readers. */
export async function readAudit(ctx: Context, actor: MemberActor, projectId: string, scope: AuditScope = {}) {
  const { project } = await projectOf(ctx.db, actor.workspaceId, projectId);
  const audit = await computeAudit(ctx.db, actor.workspaceId, project, scope);
  // Whether the topics are being analysed again (after an import): the page says the topics will change.
  return { ...audit, topicsPending: await ctx.jobs.pending(topicAnalysisKey(project.id)) };
}
