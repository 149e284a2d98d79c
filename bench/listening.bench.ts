// `npm run bench -- listening`: import and audit of 1,000,000 mentions from CSV, time and peak memory, beside pandas.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { writeMentionsCsv } from "./listening-data.ts";
import type { BenchSection } from "./run.ts";

const exec = promisify(execFile);
const root = join(import.meta.dirname, "..");
const python = "/usr/bin/python3";
const rows = Number(process.env.LISTENING_BENCH_ROWS ?? 1_000_000);
const limitSeconds = 1800;

interface Measure {
  seconds: number;
  maxRssMb: number;
  cpuSeconds: number;
}

async function timed(work: string, command: string, args: string[]): Promise<Measure | string> {
  const report = join(work, "time.txt");
  try {
    await exec("/usr/bin/time", ["-f", "%e %M %U %S", "-o", report, command, ...args], {
      cwd: root,
      timeout: limitSeconds * 1000,
      killSignal: "SIGKILL",
      maxBuffer: 1 << 28,
      env: { ...process.env, CI: "true" },
    });
  } catch (error) {
    const e = error as { killed?: boolean; stderr?: string };
    if (e.killed) return `stopped after ${limitSeconds} s`;
    return `failed: ${(e.stderr ?? String(error)).trim().split("\n").at(-1)}`;
  }
  const [seconds, maxRssKb, user, system] =
    (await readFile(report, "utf8")).trim().split("\n").at(-1)?.split(" ").map(Number) ?? [];
  return {
    seconds: seconds ?? Number.NaN,
    maxRssMb: (maxRssKb ?? 0) / 1024,
    cpuSeconds: (user ?? 0) + (system ?? 0),
  };
}

const show = (m: Measure | string, what: "time" | "memory") =>
  typeof m === "string"
    ? m
    : what === "time"
      ? `${m.seconds.toFixed(1)} s (CPU ${m.cpuSeconds.toFixed(1)} s)`
      : `${(m.maxRssMb / 1024).toFixed(2)} GiB`;

export const section: BenchSection = {
  title: "Listening: import and audit of mentions from CSV",
  async run() {
    const work = await mkdtemp(join(tmpdir(), "cocrea-listening-bench-"));
    try {
      const file = join(work, "mentions.csv");
      await writeMentionsCsv(file, rows);
      const size = (await stat(file)).size;
      const loadBefore = loadavg()[0] ?? 0;
      const out = join(work, "audit.json");
      const ours = await timed(work, process.execPath, [
        "bin/cocrea.js",
        "audit",
        file,
        ...["--text", "text", "--id", "id", "--date", "date", "--author", "author", "--source", "source"],
        ...["--reach", "reach", "--lang", "fr", "--brand", "Nantes=nantes"],
        ...["--competitor", "Rennes=rennes", "--competitor", "Angers=angers", "--competitor", "Brest=brest"],
        "--json",
        out,
      ]);
      let figures = "";
      if (typeof ours !== "string") {
        const result = JSON.parse(await readFile(out, "utf8")) as {
          brands: Array<{ name: string; mentions: number; shareOfVoice: number; netSentiment: number }>;
          spikes: Array<{ start: string }>;
          topics: unknown[];
        };
        figures = result.brands
          .map(
            (b) => `${b.name} ${b.mentions} (${(b.shareOfVoice * 100).toFixed(1)} %, net ${b.netSentiment})`,
          )
          .join("; ");
        figures += `; ${result.topics.length} topics; spikes of Nantes: ${result.spikes.map((s) => s.start).join(", ") || "none"}`;
      }
      const peerLine = join(work, "peer.json");
      const peer = await timed(work, "/bin/sh", [
        "-c",
        `${python} bench/peers/listening.py ${file} Nantes Rennes Angers Brest > ${peerLine}`,
      ]);
      let peerFigures = "";
      if (typeof peer !== "string") {
        const parsed = JSON.parse(await readFile(peerLine, "utf8")) as {
          brands: Record<string, { mentions: number; share: number; net: number }>;
        };
        peerFigures = Object.entries(parsed.brands)
          .map(
            ([name, b]) => `${name} ${b.mentions} (${(b.share * 100).toFixed(1)} %, net ${b.net.toFixed(4)})`,
          )
          .join("; ");
      }
      const loadAfter = loadavg()[0] ?? 0;
      const goal =
        typeof ours === "string"
          ? "not measured"
          : ours.seconds <= 180 && ours.maxRssMb <= 2048
            ? "met"
            : "not met";
      return [
        `${rows.toLocaleString("en")} synthetic French mentions of four cities (seeded, bench/listening-data.ts), ` +
          `${(size / 2 ** 20).toFixed(0)} MiB of CSV. Ours: \`cocrea audit\` reads, matches four queries, scores ` +
          "sentiment, emotions and dimensions, clusters the topics and writes the JSON with every item. Peer: pandas " +
          "reads the same CSV and computes volume per day, share of voice and net sentiment per brand from a word list " +
          "(bench/peers/listening.py). Each is a child process under `/usr/bin/time` (wall, CPU = user + system, peak RSS).",
        "",
        "| mentions | ours: time | ours: peak memory | pandas: time | pandas: peak memory | goal ≤ 3 min, ≤ 2 GiB |",
        "| --- | --- | --- | --- | --- | --- |",
        `| ${rows.toLocaleString("en")} | ${show(ours, "time")} | ${show(ours, "memory")} | ${show(peer, "time")} | ${show(peer, "memory")} | ${goal} |`,
        "",
        `Ours: ${figures || "—"}.`,
        `Peer: ${peerFigures || "—"}.`,
        "",
        `One-minute load average ${loadBefore.toFixed(1)} at the start and ${loadAfter.toFixed(1)} at the end on ${cpus().length} cores: ` +
          "above the core count, other work shared the machine and wall times are stretched (compare CPU times).",
      ].join("\n");
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  },
};
