// Clusters a listening project's mentions into topics and writes each mention's topic: a background job's work.
import { isNewTopic, topicSampleSize } from "../../analysis/listening/mention-topics.ts";
import type { Db } from "../../db/open-database.ts";
import { type NewListeningTopic, openListeningTopicStore } from "../../db/stores/listening-topic-store.ts";
import type { Context } from "../context.ts";
import { publishListeningEvent } from "./listening-events.ts";
import { projectOf } from "./listening-project.ts";

/** Mentions read and assigned per round trip to the analysis thread. */
const batchSize = 20_000;
const dayMs = 86_400_000;

/** The job's dedupe key: one analysis waiting per project, a burst of imports folded into it. */
export const topicAnalysisKey = (projectId: string) => `listening-topics:${projectId}`;

/** Queues the topic analysis of a project (in the caller's transaction), folded with one already waiting. */
export async function requestTopicAnalysis(
  ctx: Pick<Context, "jobs">,
  db: Pick<Db, "execute">,
  workspaceId: string,
  projectId: string,
): Promise<void> {
  await ctx.jobs.enqueue(db, {
    kind: "analyze-listening-topics",
    workspaceId,
    payload: { projectId },
    dedupeKey: topicAnalysisKey(projectId),
  });
}

/** The first day of the latest period: the last third of the project's span of days. */
export function latestPeriodStart(first: string, last: string): string {
  const a = Date.parse(`${first}T00:00:00Z`);
  const b = Date.parse(`${last}T00:00:00Z`);
  return new Date(b - Math.floor((b - a) / dayMs / 3) * dayMs).toISOString().slice(0, 10);
}

/**
 * Fits topics on a sample of the project's mentions (at most `topicSampleSize`, in the analysis thread), assigns
 * every mention its nearest topic batch by batch, then stores the topics and each mention's label in one
 * transaction, unless `signal` was aborted. A topic is new when nearly all its mentions fall in the latest third
 * of the project's period. Mentions imported meanwhile keep no topic until the next run, which their import asks.
 */
export async function analyzeListeningTopics(
  ctx: Context,
  workspaceId: string,
  projectId: string,
  report: { progress(done: number, total: number): Promise<void>; signal: AbortSignal },
) {
  const { project } = await projectOf(ctx.db, workspaceId, projectId);
  const store = openListeningTopicStore(ctx.db, workspaceId);
  const span = await store.span(project.id);
  const sample = await store.sample(project.id, topicSampleSize);
  const model = await ctx.analysis.run("listening-topics", {
    texts: sample.map((s) => s.text),
    dates: sample.map((s) => s.time),
  });
  const cutoff = span.first && span.last ? latestPeriodStart(span.first, span.last) : "";
  const tallies = model.topics.map(() => ({ latest: 0, before: 0, firstDay: null as string | null }));
  const ids = new Float64Array(span.mentions);
  const labels: Array<string | null> = [];
  let after = 0;
  while (labels.length < ids.length) {
    report.signal.throwIfAborted();
    const batch = await store.batch(project.id, after, Math.min(batchSize, ids.length - labels.length));
    if (batch.length === 0) break;
    const topics = await ctx.analysis.run("listening-topic-assignment", {
      model,
      texts: batch.map((m) => m.text),
    });
    batch.forEach((mention, i) => {
      const topic = topics[i] as number;
      ids[labels.length] = Number(mention.id);
      labels.push(topic >= 0 ? (model.topics[topic]?.label ?? null) : null);
      const tally = tallies[topic];
      if (!tally) return;
      if (mention.day >= cutoff) tally.latest += 1;
      else tally.before += 1;
      if (tally.firstDay === null || mention.day < tally.firstDay) tally.firstDay = mention.day;
    });
    after = Number(batch.at(-1)?.id ?? after);
    await report.progress(labels.length, ids.length);
  }
  const rows: NewListeningTopic[] = model.topics.map((topic, g) => {
    const tally = tallies[g] as (typeof tallies)[number];
    return {
      label: topic.label,
      keywords: topic.keywords,
      mentions: tally.latest + tally.before,
      latest: tally.latest,
      before: tally.before,
      isNew: isNewTopic(tally.before, tally.latest),
      firstDay: tally.firstDay,
      latestFrom: cutoff || null,
    };
  });
  await ctx.db.transaction(async (tx) => {
    await projectOf(tx, workspaceId, project.id, true);
    const txStore = openListeningTopicStore(tx, workspaceId);
    await txStore.setTopics(project.id, ids.subarray(0, labels.length), labels);
    await txStore.replaceTopics(project.id, rows, ctx.now);
    report.signal.throwIfAborted();
    await publishListeningEvent(tx, workspaceId, "listening.changed", { projectId, what: "topics" }, ctx.now);
  });
  return { topics: rows.length, mentions: labels.length, assigned: labels.filter((l) => l !== null).length };
}
