// The clustering pipeline: counts → TF-IDF → randomized SVD → spherical k-means → labelled groups.

import { Random } from "../random.ts";
import { candidateKs, chooseK, type KScore } from "./choose-k.ts";
import type { Language } from "./detect-language.ts";
import { assignAll, centroidsOf, kmeans, normalizeRows, type Points } from "./kmeans.ts";
import { describeGroups } from "./label.ts";
import { findNearDuplicates, wordOverlap } from "./near-duplicates.ts";
import { pickRepresentatives } from "./representatives.ts";
import { truncatedSvd } from "./svd.ts";
import { defaultTermFilter, inverseDocumentFrequency, pruneTerms, weighTfidf } from "./tfidf.ts";
import { periodBoundaries, type Trend, trendOf } from "./trend.ts";
import { type Corpus, languageCodes } from "./vocabulary.ts";

export interface ClusterOptions {
  /** Number of groups, or "auto" to choose it by silhouette on a sample. */
  k: number | "auto";
  seed: number;
  /**
   * Dimensions kept by the SVD; default 100 up to 50,000 texts (République numérique sections: NMI 0.135
   * against 0.122 with 50), then 50, which halves the SVD and k-means time on big corpora.
   */
  rank?: number;
  powerIterations?: number;
  /** Texts whose cosine to their group's centroid is below this stay unassigned. */
  outlierThreshold?: number;
  /** Representatives per group. */
  representatives?: number;
  /** Independent k-means seedings on the fit sample (default: 2 to 10, fewer as rows × k grows). */
  restarts?: number;
  /** Most rows the k-means is fitted on before every row is assigned. */
  fitSample?: number;
  /** Each text's date in milliseconds since 1970 (NaN when unknown), for trends. */
  dates?: Float64Array;
  /** Threads for the SVD's sparse sweeps (1: this thread only). */
  threads?: number;
  /** Reports a stage's progress. */
  onProgress?: (stage: string, done: number, total: number) => void;
  /**
   * Each row's group in a previous run (−1 for a row that was in none, e.g. a new text). When given, the groups
   * start from those groups' centroids in this run's space and k is their number (`k` is then ignored), so that a
   * small change to the corpus moves only the groups it touches.
   */
  previous?: Int32Array;
}

export interface Group {
  label: string;
  keywords: string[];
  /** Member rows, most central first. */
  members: Int32Array;
  representatives: number[];
  /** Mean cosine of the members to the centroid, in the reduced space. */
  cohesion: number;
  trend?: Trend;
}

export interface Clustering {
  groups: Group[];
  /** Rows left out: empty after filtering, or too far from every centroid. */
  unassigned: Int32Array;
  /** Sets of rows that are near-copies of each other. */
  nearDuplicates: number[][];
  stats: {
    documents: number;
    terms: number;
    dimensions: number;
    k: number;
    kScores?: KScore[];
    languages: Record<Language, number>;
  };
}

/**
 * Clusters the documents of a corpus. The corpus's count matrix is reweighted in place.
 * Deterministic for a given seed.
 */
export function clusterCorpus(corpus: Corpus, options: ClusterOptions): Clustering {
  const random = new Random(options.seed);
  const progress = options.onProgress ?? (() => {});
  const n = corpus.counts.rows;
  progress("weighting", 0, 1);
  const { matrix, kept, documentFrequency } = pruneTerms(corpus.counts, defaultTermFilter(n));
  weighTfidf(matrix, inverseDocumentFrequency(documentFrequency, n));
  progress("weighting", 1, 1);

  const rank = Math.max(1, Math.min(options.rank ?? (n <= 50_000 ? 100 : 50), matrix.cols - 1, n - 1));
  const svd = truncatedSvd(matrix, {
    rank,
    oversample: 10,
    powerIterations: options.powerIterations ?? 2,
    random,
    threads: options.threads ?? 1,
    onPass: (done, total) => progress("reducing", done, total),
  });
  const points: Points = { data: svd.embedding, rows: n, dims: svd.rank };
  normalizeRows(points);

  const nonEmpty: number[] = [];
  for (let i = 0; i < n; i++)
    if ((matrix.rowPtr[i + 1] as number) > (matrix.rowPtr[i] as number)) nonEmpty.push(i);
  const usable = Int32Array.from(nonEmpty);
  const languages = { fr: 0, en: 0, de: 0 } as Record<Language, number>;
  for (const code of corpus.languages) languages[languageCodes[code] as Language] += 1;
  if (usable.length === 0) {
    const unassigned = Int32Array.from({ length: n }, (_, i) => i);
    const stats = { documents: n, terms: matrix.cols, dimensions: points.dims, k: 0, languages };
    return { groups: [], unassigned, nearDuplicates: [], stats };
  }

  let kScores: KScore[] | undefined;
  let k: number;
  let initial: Float32Array | undefined;
  const previousGroups = options.previous
    ? options.previous.reduce((most, g) => Math.max(most, g), -1) + 1
    : 0;
  if (options.previous && previousGroups > 0) {
    const start = centroidsOf(points, options.previous, previousGroups);
    initial = start.centroids;
    k = start.k;
  } else if (options.k === "auto") {
    progress("choosing k", 0, 1);
    const usablePoints = subsetPoints(points, usable);
    const chosen = chooseK(usablePoints, { random, candidates: candidateKs(usable.length) });
    k = chosen.k;
    kScores = chosen.scores;
    progress("choosing k", 1, 1);
  } else {
    k = options.k;
  }
  progress("grouping", 0, 1);
  k = Math.max(1, Math.min(k, usable.length));
  const fitRows =
    usable.length > (options.fitSample ?? 10_000)
      ? pickSubset(usable, options.fitSample ?? 10_000, random)
      : usable;
  const fit = kmeans(points, k, {
    random,
    subset: fitRows,
    restarts: options.restarts ?? defaultRestarts(fitRows.length, k),
    maxIterations: 40,
    ...(initial && initial.length === k * points.dims ? { initial } : {}),
  });
  const { assignment, similarity } = assignAll(points, fit.centroids, k, n > 200_000 ? 1 : 3);
  progress("grouping", 1, 1);

  const threshold = options.outlierThreshold ?? 0.2;
  const unassigned: number[] = [];
  const byGroup: number[][] = Array.from({ length: k }, () => []);
  for (let i = 0; i < n; i++) {
    const empty = (matrix.rowPtr[i + 1] as number) === (matrix.rowPtr[i] as number);
    if (empty || (similarity[i] as number) < threshold) {
      assignment[i] = -1;
      unassigned.push(i);
    } else {
      byGroup[assignment[i] as number]?.push(i);
    }
  }

  progress("labelling", 0, 1);
  const descriptions = describeGroups({ ...corpus, matrix, kept }, assignment, k);
  const boundaries = options.dates ? periodBoundaries(options.dates) : undefined;
  const groups: Group[] = [];
  for (let g = 0; g < k; g++) {
    const rows = byGroup[g] as number[];
    if (rows.length === 0) continue;
    rows.sort((a, b) => (similarity[b] as number) - (similarity[a] as number) || a - b);
    const members = Int32Array.from(rows);
    let cohesion = 0;
    for (const row of rows) cohesion += similarity[row] as number;
    const centroid = fit.centroids.subarray(g * points.dims, (g + 1) * points.dims);
    const description = descriptions[g] as { label: string; keywords: string[] };
    const group: Group = {
      label: description.label,
      keywords: description.keywords,
      members,
      representatives: pickRepresentatives(points, members, centroid, {
        count: options.representatives ?? 3,
      }),
      cohesion: cohesion / rows.length,
    };
    if (options.dates && boundaries) group.trend = trendOf(options.dates, members, boundaries);
    groups.push(group);
  }
  groups.sort(
    (a, b) => b.members.length - a.members.length || (a.members[0] as number) - (b.members[0] as number),
  );
  progress("labelling", 1, 1);

  progress("duplicates", 0, 1);
  const nearDuplicates = findNearDuplicates(points, matrix, {
    random,
    confirm: (a, b) => wordOverlap(corpus.tokens, corpus.tokenStart, corpus.surfaceTerm, a, b) >= 0.7,
  });
  progress("duplicates", 1, 1);

  return {
    groups,
    unassigned: Int32Array.from(unassigned),
    nearDuplicates,
    stats: {
      documents: n,
      terms: matrix.cols,
      dimensions: points.dims,
      k,
      languages,
      ...(kScores ? { kScores } : {}),
    },
  };
}

/**
 * Seedings tried on the fit sample: up to 10 where they are cheap (rows × k small), where k-means also varies
 * most from seed to seed (SIB-200, 1,004 sentences: mean NMI 0.13 with 2 seedings, 0.17 with 10), down to 2.
 */
function defaultRestarts(rows: number, k: number): number {
  return Math.max(2, Math.min(10, Math.floor(600_000 / Math.max(1, rows * k))));
}

/** A copy of some rows, for fits that must not see empty documents. */
function subsetPoints(points: Points, rows: Int32Array): Points {
  if (rows.length === points.rows) return points;
  const data = new Float32Array(rows.length * points.dims);
  for (let j = 0; j < rows.length; j++) {
    const row = rows[j] as number;
    data.set(points.data.subarray(row * points.dims, (row + 1) * points.dims), j * points.dims);
  }
  return { data, rows: rows.length, dims: points.dims };
}

function pickSubset(rows: Int32Array, count: number, random: Random): Int32Array {
  return Int32Array.from(random.sample(rows.length, count), (j) => rows[j] as number);
}
