// Topics of a project's mentions: clusters fitted on a sample, then every mention given its nearest topic.
import { clusterCorpus } from "../text/cluster-texts.ts";
import { CorpusBuilder } from "../text/vocabulary.ts";

/** A topic as the model keeps it: its label, keywords and centroid over term keys (unit length). */
export interface ModelTopic {
  label: string;
  keywords: string[];
  /** Term key (stem, or two stems) → weight; the vector has unit length. */
  centroid: Record<string, number>;
  /** Texts of the sample that were grouped in it. */
  sampleSize: number;
}

/** What assigning needs: topics, the sample's inverse document frequencies, the similarity floor. */
export interface TopicModel {
  topics: ModelTopic[];
  /** idf of every term seen in at least two sample texts; rarer terms take `defaultIdf`. */
  idf: Record<string, number>;
  defaultIdf: number;
  /** A text whose cosine to every centroid is below this gets no topic. */
  threshold: number;
}

/** Terms kept per centroid: the heaviest, enough to recognize a topic's texts, small to send to a thread. */
const centroidTerms = 300;
/** Cosine floor in TF-IDF space (sparser than the SVD space the clustering uses, so lower than its 0.2). */
export const topicThreshold = 0.1;
/** Most texts the topics are fitted on; the others are assigned to the nearest centroid. */
export const topicSampleSize = 20_000;

/** Unique labels: a label met twice gets its next keyword, then a number, so labels can key topics. */
function uniqueLabels(topics: Array<{ label: string; keywords: string[] }>): string[] {
  const used = new Set<string>();
  return topics.map(({ label, keywords }) => {
    let chosen = label;
    for (const keyword of keywords) {
      if (!used.has(chosen.toLowerCase())) break;
      chosen = `${label} · ${keyword}`;
    }
    for (let n = 2; used.has(chosen.toLowerCase()); n++) chosen = `${label} (${n})`;
    used.add(chosen.toLowerCase());
    return chosen;
  });
}

/**
 * Fits topics on `texts` (a sample of at most `topicSampleSize`, drawn by the caller): the text engine's
 * clustering (TF-IDF, SVD, spherical k-means, k by silhouette unless given) names each group with a noun phrase
 * and keywords; each group then gets a centroid in TF-IDF term space (sublinear tf × smoothed idf, rows of unit
 * length, summed and normalized), which `assignTopics` compares any text with. Deterministic for a seed.
 */
export function fitTopics(input: {
  texts: readonly string[];
  dates?: readonly number[];
  seed?: number;
  k?: number | "auto";
}): TopicModel {
  const { texts } = input;
  const builder = new CorpusBuilder("auto");
  for (const text of texts) builder.add(text);
  const keys = builder.termKeys();
  const corpus = builder.finish();
  const n = corpus.counts.rows;
  const defaultIdf = Math.log((1 + n) / 2) + 1;
  if (n < 10) return { topics: [], idf: {}, defaultIdf, threshold: topicThreshold };
  // clusterCorpus prunes and reweights the counts in place: keep a copy of the raw ones for the centroids.
  const raw = {
    cols: corpus.counts.cols,
    rowPtr: Int32Array.from(corpus.counts.rowPtr),
    colIdx: Int32Array.from(corpus.counts.colIdx),
    values: Float32Array.from(corpus.counts.values),
  };
  const documentFrequency = new Int32Array(raw.cols);
  for (let p = 0; p < raw.colIdx.length; p++) documentFrequency[raw.colIdx[p] as number]! += 1;
  const idfOf = (t: number) => Math.log((1 + n) / (1 + (documentFrequency[t] as number))) + 1;
  const clustering = clusterCorpus(corpus, {
    k: input.k ?? "auto",
    seed: input.seed ?? 1,
    ...(input.dates ? { dates: Float64Array.from(input.dates) } : {}),
  });
  const labels = uniqueLabels(clustering.groups);
  const topics = clustering.groups.map((group, g): ModelTopic => {
    const sums = new Map<number, number>();
    for (const row of group.members) {
      const start = raw.rowPtr[row] as number;
      const end = raw.rowPtr[row + 1] as number;
      let norm = 0;
      for (let p = start; p < end; p++) {
        const w = (1 + Math.log(raw.values[p] as number)) * idfOf(raw.colIdx[p] as number);
        norm += w * w;
      }
      norm = Math.sqrt(norm) || 1;
      for (let p = start; p < end; p++) {
        const t = raw.colIdx[p] as number;
        const w = ((1 + Math.log(raw.values[p] as number)) * idfOf(t)) / norm;
        sums.set(t, (sums.get(t) ?? 0) + w);
      }
    }
    const heaviest = [...sums].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, centroidTerms);
    const length = Math.sqrt(heaviest.reduce((a, [, w]) => a + w * w, 0)) || 1;
    const centroid: Record<string, number> = {};
    for (const [t, w] of heaviest) centroid[keys[t] as string] = w / length;
    return {
      label: labels[g] as string,
      keywords: group.keywords,
      centroid,
      sampleSize: group.members.length,
    };
  });
  const idf: Record<string, number> = {};
  for (let t = 0; t < raw.cols; t++)
    if ((documentFrequency[t] as number) >= 2) idf[keys[t] as string] = idfOf(t);
  return { topics, idf, defaultIdf, threshold: topicThreshold };
}

/**
 * Each text's topic: the index of the centroid with the highest cosine to its TF-IDF vector, or -1 when none
 * reaches `model.threshold` (or the text has no term). Texts are read exactly as in `fitTopics`.
 */
export function assignTopics(model: TopicModel, texts: readonly string[]): Int32Array {
  const out = new Int32Array(texts.length).fill(-1);
  if (model.topics.length === 0 || texts.length === 0) return out;
  const builder = new CorpusBuilder("auto");
  for (const text of texts) builder.add(text);
  const keys = builder.termKeys();
  const { counts } = builder.finish();
  const idf = keys.map((key) => model.idf[key] ?? model.defaultIdf);
  // Per term of this batch, its weight in each centroid (only terms some centroid holds).
  const inCentroids = keys.map((key) => {
    const weights: Array<[number, number]> = [];
    model.topics.forEach((topic, g) => {
      const w = topic.centroid[key];
      if (w !== undefined) weights.push([g, w]);
    });
    return weights;
  });
  const scores = new Float64Array(model.topics.length);
  for (let i = 0; i < counts.rows; i++) {
    const start = counts.rowPtr[i] as number;
    const end = counts.rowPtr[i + 1] as number;
    if (end === start) continue;
    scores.fill(0);
    let norm = 0;
    for (let p = start; p < end; p++) {
      const t = counts.colIdx[p] as number;
      const w = (1 + Math.log(counts.values[p] as number)) * (idf[t] as number);
      norm += w * w;
      for (const [g, c] of inCentroids[t] as Array<[number, number]>) scores[g]! += w * c;
    }
    norm = Math.sqrt(norm);
    let best = -1;
    let bestScore = model.threshold;
    for (let g = 0; g < scores.length; g++) {
      const cosine = (scores[g] as number) / norm;
      if (cosine >= bestScore) {
        best = g;
        bestScore = cosine;
      }
    }
    out[i] = best;
  }
  return out;
}

/**
 * Whether a topic is new: it has at least `minimum` mentions in the latest period and nearly none before
 * (at most a tenth of its latest count, so a few old texts that merely resemble it do not hide it).
 */
export function isNewTopic(before: number, latest: number, minimum = 5): boolean {
  return latest >= minimum && before <= latest / 10;
}
