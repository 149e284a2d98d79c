// What `cocrea cluster` does: reads a table, groups its contributions into labelled topics, writes them as JSON.
import { availableParallelism } from "node:os";
import { type Clustering, type ClusterOptions, clusterCorpus } from "../../analysis/text/cluster-texts.ts";
import type { Language } from "../../analysis/text/detect-language.ts";
import { CorpusBuilder } from "../../analysis/text/vocabulary.ts";
import { AppError } from "../../errors.ts";
import { readTable } from "../../io/import/read-table.ts";
import { type CliIo, writeJsonOutput } from "../output.ts";
import { ProgressBar } from "../progress.ts";

/** The options of `cocrea cluster`, as commander parses them. */
export interface ClusterFlags {
  text: string;
  id?: string;
  lang: string;
  k: string;
  seed: string;
  date?: string;
  json?: string;
  representatives: string;
  quotes?: boolean;
}

/**
 * Reads the table, clusters its texts and writes the groups as JSON (to `flags.json`, or `io.stdout`); progress
 * bars go to `io.stderr` when it is a terminal.
 */
export async function clusterFile(file: string, flags: ClusterFlags, io: CliIo): Promise<void> {
  const result = await runCluster(file, flags, io);
  await writeJsonOutput(result, flags.json, io.stdout);
}

async function runCluster(file: string, flags: ClusterFlags, io: CliIo): Promise<unknown> {
  const started = performance.now();
  const language = parseLanguage(flags.lang);
  const k = parseK(flags.k);
  const seed = parseInteger(flags.seed, "--seed", 0);
  const representatives = parseInteger(flags.representatives, "--representatives", 0);
  const builder = new CorpusBuilder(language);
  const ids: string[] | undefined = flags.id ? [] : undefined;
  const dates: number[] | undefined = flags.date ? [] : undefined;
  const required = [flags.text, flags.id, flags.date].filter(
    (column): column is string => column !== undefined,
  );
  const stageSeconds: Record<string, number> = {};
  const reading = new ProgressBar("reading   ", io.stderr);
  const integers = [flags.id, flags.date].filter((column): column is string => column !== undefined);
  for await (const row of readTable(file, {
    required,
    integers,
    onBytes: (done, total) => reading.update(done, total),
  })) {
    builder.add(row.fields[flags.text] ?? "");
    if (ids && flags.id) ids.push(row.fields[flags.id] ?? "");
    if (dates && flags.date) dates.push(parseDate(row.fields[flags.date] ?? ""));
  }
  reading.done();
  stageSeconds.reading = (performance.now() - started) / 1000;

  const bars = new Map<string, ProgressBar>();
  const stageStarts = new Map<string, number>();
  const options: ClusterOptions = {
    k,
    seed,
    threads: Math.min(4, availableParallelism()),
    representatives,
    onProgress: (stage, done, total) => {
      const now = performance.now();
      if (!stageStarts.has(stage)) stageStarts.set(stage, now);
      stageSeconds[stage] = round((now - (stageStarts.get(stage) as number)) / 1000);
      let bar = bars.get(stage);
      if (!bar) {
        bar = new ProgressBar(stage.padEnd(10), io.stderr);
        bars.set(stage, bar);
      }
      bar.update(done, total);
      if (done >= total) bar.done();
    },
  };
  if (dates) options.dates = Float64Array.from(dates);
  const clustering = clusterCorpus(builder.finish(), options);
  const idOf = ids ? (row: number) => ids[row] as string : (row: number) => String(row);
  const quotesStart = performance.now();
  const quotes = flags.quotes === true ? await readQuotes(file, flags.text, clustering) : undefined;
  if (quotes) stageSeconds.quotes = round((performance.now() - quotesStart) / 1000);
  stageSeconds.reading = round(stageSeconds.reading ?? 0);
  return present(clustering, idOf, quotes, (performance.now() - started) / 1000, stageSeconds);
}

/** Reads the file again to fetch only the representatives' texts, so no text is held during clustering. */
async function readQuotes(
  file: string,
  column: string,
  clustering: Clustering,
): Promise<Map<number, string>> {
  const wanted = new Set<number>();
  for (const group of clustering.groups) for (const row of group.representatives) wanted.add(row);
  const quotes = new Map<number, string>();
  if (wanted.size === 0) return quotes;
  let row = 0;
  for await (const record of readTable(file, { required: [column] })) {
    if (wanted.has(row)) quotes.set(row, record.fields[column] ?? "");
    row += 1;
    if (quotes.size === wanted.size) break;
  }
  return quotes;
}

function present(
  clustering: Clustering,
  idOf: (row: number) => string,
  quotes: Map<number, string> | undefined,
  seconds: number,
  stageSeconds: Record<string, number>,
) {
  const groups = clustering.groups.map((group, index) => ({
    id: String(index + 1),
    label: group.label,
    keywords: group.keywords,
    size: group.members.length,
    members: Array.from(group.members, idOf),
    representatives: group.representatives.map(idOf),
    ...(quotes ? { quotes: group.representatives.map((row) => quotes.get(row) ?? "") } : {}),
    cohesion: round(group.cohesion),
    ...(group.trend ? { trend: group.trend.direction, trendShares: group.trend.shares } : {}),
  }));
  const { kScores, ...stats } = clustering.stats;
  return {
    groups,
    unassigned: Array.from(clustering.unassigned, idOf),
    nearDuplicates: clustering.nearDuplicates.map((set) => set.map(idOf)),
    stats: {
      ...stats,
      seconds: round(seconds),
      stageSeconds,
      groups: groups.length,
      unassigned: clustering.unassigned.length,
      nearDuplicateSets: clustering.nearDuplicates.length,
      kChosenBy: kScores ? "silhouette" : "given",
      ...(kScores ? { silhouette: kScores.map((s) => ({ k: s.k, silhouette: round(s.silhouette) })) } : {}),
    },
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function parseLanguage(value: string): Language | "auto" {
  if (value === "auto" || value === "fr" || value === "en" || value === "de") return value;
  throw new AppError("invalid-input", `--lang must be auto, fr, en or de (got "${value}")`, {
    field: "lang",
  });
}

function parseK(value: string): number | "auto" {
  if (value === "auto") return "auto";
  const k = Number(value);
  if (!Number.isInteger(k) || k < 1) {
    throw new AppError("invalid-input", `--k must be "auto" or a positive whole number (got "${value}")`, {
      field: "k",
    });
  }
  return k;
}

function parseInteger(value: string, flag: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    throw new AppError("invalid-input", `${flag} must be a whole number ≥ ${min} (got "${value}")`, {
      field: flag.slice(2),
    });
  }
  return n;
}

/** ISO 8601 dates and times, French day/month/year, or Unix time in seconds; NaN when unreadable or empty. */
export function parseDate(value: string): number {
  const text = value.trim();
  if (text === "") return Number.NaN;
  if (/^\d{9,10}$/.test(text)) return Number(text) * 1000;
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(text);
  if (french) return Date.UTC(Number(french[3]), Number(french[2]) - 1, Number(french[1]));
  return Date.parse(text);
}
