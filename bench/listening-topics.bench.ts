// `npm run bench -- listening-topics`: the topic analysis of a million mentions (fit on a sample, assign all).
import { mkdtemp, rm } from "node:fs/promises";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import {
  assignTopics,
  fitTopics,
  type TopicModel,
  topicSampleSize,
} from "../src/analysis/listening/mention-topics.ts";
import { Random } from "../src/analysis/random.ts";
import { forEachCsvRecord } from "../src/io/import/csv-records.ts";
import { writeMentionsCsv } from "./listening-data.ts";
import type { BenchSection } from "./run.ts";

const rows = Number(process.env.LISTENING_BENCH_ROWS ?? 1_000_000);
/** Texts per assignment call, as the job sends them to the analysis thread. */
const batch = 20_000;

const cpuSeconds = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
};

export const section: BenchSection = {
  title: "Listening: topics of a project's mentions",
  async run() {
    const work = await mkdtemp(join(tmpdir(), "cocrea-topics-bench-"));
    try {
      const file = join(work, "mentions.csv");
      await writeMentionsCsv(file, rows);
      const texts: string[] = [];
      const dates: number[] = [];
      let textColumn = 0;
      let dateColumn = 0;
      await forEachCsvRecord(
        file,
        (columns) => {
          textColumn = columns.indexOf("text");
          dateColumn = columns.indexOf("date");
        },
        (fields) => {
          texts.push(fields[textColumn] ?? "");
          dates.push(Date.parse(fields[dateColumn] ?? ""));
        },
      );
      let peak = process.memoryUsage().rss;
      const sampleRss = setInterval(() => {
        peak = Math.max(peak, process.memoryUsage().rss);
      }, 200);
      const loadBefore = loadavg()[0] ?? 0;
      // The job's sample: reproducible, drawn the same way whatever the order of the rows.
      const picked = Array.from(
        new Random(1).sample(texts.length, Math.min(topicSampleSize, texts.length)),
      ).sort((a, b) => a - b);
      let wall = performance.now();
      let cpu = cpuSeconds();
      const model: TopicModel = fitTopics({
        texts: picked.map((i) => texts[i] as string),
        dates: picked.map((i) => dates[i] as number),
      });
      const fit = { seconds: (performance.now() - wall) / 1000, cpu: cpuSeconds() - cpu };
      wall = performance.now();
      cpu = cpuSeconds();
      const sizes = new Int32Array(model.topics.length);
      let unassigned = 0;
      for (let start = 0; start < texts.length; start += batch) {
        // The model crosses to the analysis thread with each batch: clone it as the job's messages do.
        const assigned = assignTopics(structuredClone(model), texts.slice(start, start + batch));
        for (const topic of assigned) {
          if (topic < 0) unassigned += 1;
          else sizes[topic] = (sizes[topic] as number) + 1;
        }
      }
      const assign = { seconds: (performance.now() - wall) / 1000, cpu: cpuSeconds() - cpu };
      clearInterval(sampleRss);
      const loadAfter = loadavg()[0] ?? 0;
      const largest = model.topics
        .map((t, g) => ({ label: t.label, size: sizes[g] as number }))
        .sort((a, b) => b.size - a.size)
        .slice(0, 6)
        .map((t) => `${t.label} (${t.size.toLocaleString("en")})`)
        .join(", ");
      return [
        `${rows.toLocaleString("en")} synthetic French mentions (bench/listening-data.ts). What the ` +
          "`analyze-listening-topics` job computes in its analysis thread: the topics fitted on a sample of " +
          `${topicSampleSize.toLocaleString("en")} mentions (the text engine's clustering, k by silhouette), then every ` +
          `mention given its nearest topic centroid in batches of ${batch.toLocaleString("en")} (tokenize, stem, ` +
          "TF-IDF cosine). In-process, wall and CPU (user + system) times, peak RSS of the process holding all the " +
          "texts. Reading the texts from PostgreSQL and writing each mention's topic back are not measured here.",
        "",
        "| mentions | fit on the sample | assign every mention | topics | unassigned | peak memory |",
        "| --- | --- | --- | --- | --- | --- |",
        `| ${rows.toLocaleString("en")} | ${fit.seconds.toFixed(1)} s (CPU ${fit.cpu.toFixed(1)} s) | ` +
          `${assign.seconds.toFixed(1)} s (CPU ${assign.cpu.toFixed(1)} s) | ${model.topics.length} | ` +
          `${((unassigned / rows) * 100).toFixed(1)} % | ${(peak / 2 ** 30).toFixed(2)} GiB |`,
        "",
        `Largest topics: ${largest}.`,
        "",
        `One-minute load average ${loadBefore.toFixed(1)} at the start and ${loadAfter.toFixed(1)} at the end on ${cpus().length} cores.`,
      ].join("\n");
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  },
};
