// Benchmarks `cocrea cluster` against scikit-learn: agreement with human topic labels, then time and memory.
import { execFile, execFileSync } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { parse } from "csv-parse/sync";
import { ari, nmi } from "../src/analysis/text/agreement.ts";
import { writeResampledCorpus } from "./resample.ts";
import type { BenchSection } from "./run.ts";

const exec = promisify(execFile);
const root = new URL("../", import.meta.url).pathname;
const data = new URL("../../shared/data/topics/", import.meta.url).pathname;
const work = join(tmpdir(), "cocrea-bench-cluster");
const python = "/usr/bin/python3";
const seeds = [1, 2, 3];
/** Contribution counts of the speed corpora; `BENCH_CLUSTER_SIZES=10000,100000` runs fewer. */
const sizes = (process.env.BENCH_CLUSTER_SIZES ?? "10000,100000,1000000").split(",").map(Number);
/** Groups asked of both tools on the speed corpora. */
const speedK = 20;
/** Wall-time limit of one run; a peer past it is stopped and reported as such. */
const limitSeconds = 1200;

interface Measure {
  seconds: number;
  maxRssMb: number;
  cpuSeconds: number;
}

interface Labelled {
  name: string;
  file: string;
  labels: string[];
}

export const section: BenchSection = {
  title: "Clustering (`cocrea cluster`) vs scikit-learn",
  async run() {
    await mkdir(work, { recursive: true });
    const peer = ensurePeer();
    const loadBefore = loadavg()[0] ?? 0;
    const quality = await qualityTable(peer);
    const speed = await speedTable(peer);
    const loadAfter = loadavg()[0] ?? 0;
    return [
      "### Quality: agreement with human topic labels",
      "",
      "Each row is the mean over seeds 1, 2, 3 (min–max in brackets). Ours: `cocrea cluster --k N` (N = number of",
      "labels) and `--k auto`; texts left unassigned count as one more group, which only lowers our scores. Peer:",
      "scikit-learn's LSA pipeline (`TfidfVectorizer(sublinear_tf, min_df=2, max_df=0.5)` → `TruncatedSVD(100)` →",
      "`Normalizer` → `KMeans(N, n_init=3)`, bench/peers/cluster.py).",
      "",
      quality,
      "",
      "### Speed and memory",
      "",
      "Corpora of French contributions resampled from the République numérique consultation: every sentence",
      "(≥ 20 characters) of the citizen proposals and arguments, each contribution joining 1 to 4 sentences drawn",
      "with replacement (seed 1), with a date (bench/resample.ts). Both tools read the same CSV and make",
      `${speedK} groups (ours also labels, picks representatives, finds near-duplicates and writes JSON).`,
      "Each run is a child process; time is wall clock (CPU = user + system time of the process), memory is peak",
      "resident set size (`/usr/bin/time`). Ours sweeps the matrix on two threads in the SVD; the peer runs",
      "scikit-learn's default threading.",
      "",
      speed,
      "",
      `One-minute load average ${loadBefore.toFixed(1)} at the start of this section and ${loadAfter.toFixed(1)} at its end on ${cpus().length} cores:`,
      "when it exceeds the core count other work shared the machine, and wall times are stretched (compare with CPU time).",
    ].join("\n");
  },
};

function ensurePeer(): boolean {
  const hasSklearn = () => {
    try {
      execFileSync(python, ["-c", "import sklearn"], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  };
  if (hasSklearn()) return true;
  if (process.getuid?.() === 0) {
    console.error("bench: installing python3-sklearn…");
    try {
      execFileSync("apt-get", ["install", "-y", "python3-sklearn"], { stdio: "inherit" });
    } catch {
      return false;
    }
  }
  return hasSklearn();
}

async function labelledSets(): Promise<Labelled[]> {
  const sets: Labelled[] = [];
  const rn = parse(await readFile(join(data, "republique-numerique-sections/texts.csv")), {
    columns: true,
  }) as Record<string, string>[];
  sets.push(
    await writeLabelled(
      "republique-numerique-sections",
      rn.map((row) => [row.text ?? "", row.label ?? ""]),
    ),
  );
  const sib: [string, string][] = [];
  for (const part of ["train", "dev", "test"]) {
    const lines = (await readFile(join(data, `sib-200-fr/${part}.tsv`), "utf8")).split("\n").slice(1);
    for (const line of lines) {
      const [, category, text] = line.split("\t");
      if (text !== undefined && category !== undefined) sib.push([text, category]);
    }
  }
  sets.push(await writeLabelled("sib-200-fr", sib));
  return sets;
}

async function writeLabelled(name: string, rows: [string, string][]): Promise<Labelled> {
  const quote = (value: string) => `"${value.replaceAll('"', '""')}"`;
  const file = join(work, `${name}.csv`);
  await writeFile(
    file,
    `text,label\n${rows.map(([text, label]) => `${quote(text)},${quote(label)}`).join("\n")}\n`,
  );
  return { name, file, labels: rows.map(([, label]) => label) };
}

async function qualityTable(peer: boolean): Promise<string> {
  const lines = [
    "| set | texts | labels | ours NMI (k = labels) | ours ARI | ours NMI (--k auto) | k chosen | peer NMI | peer ARI |",
    "|---|---|---|---|---|---|---|---|---|",
  ];
  for (const set of await labelledSets()) {
    const k = new Set(set.labels).size;
    const fixed: { nmi: number; ari: number; k: number }[] = [];
    const auto: { nmi: number; ari: number; k: number }[] = [];
    for (const seed of seeds) {
      fixed.push(await ours(set, String(k), seed));
      auto.push(await ours(set, "auto", seed));
    }
    const peers: { nmi: number; ari: number }[] = [];
    if (peer) {
      for (const seed of seeds) {
        const { stdout } = await exec(
          python,
          [join(root, "bench/peers/cluster.py"), set.file, String(k), String(seed), "--no-assignment"],
          {
            maxBuffer: 1 << 26,
          },
        );
        peers.push(JSON.parse(stdout) as { nmi: number; ari: number });
      }
    }
    lines.push(
      `| ${set.name} | ${set.labels.length} | ${k} | ${spread(fixed.map((r) => r.nmi))} | ${spread(fixed.map((r) => r.ari))} | ${spread(auto.map((r) => r.nmi))} | ${auto.map((r) => r.k).join(", ")} | ${peer ? spread(peers.map((r) => r.nmi)) : "n/a"} | ${peer ? spread(peers.map((r) => r.ari)) : "n/a"} |`,
    );
  }
  return lines.join("\n");
}

async function ours(
  set: Labelled,
  k: string,
  seed: number,
): Promise<{ nmi: number; ari: number; k: number }> {
  const out = join(work, `${set.name}-${k}-${seed}.json`);
  await exec(
    "node",
    ["bin/cocrea.js", "cluster", set.file, "--text", "text", "--k", k, "--seed", String(seed), "--json", out],
    {
      cwd: root,
    },
  );
  const result = JSON.parse(await readFile(out, "utf8")) as {
    groups: { members: string[] }[];
    stats: { k: number };
  };
  const predicted = new Array<string>(set.labels.length).fill("unassigned");
  result.groups.forEach((group, g) => {
    for (const id of group.members) predicted[Number(id)] = String(g);
  });
  return { nmi: nmi(predicted, set.labels), ari: ari(predicted, set.labels), k: result.stats.k };
}

function spread(values: number[]): string {
  if (values.length === 0) return "n/a";
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return `${mean.toFixed(3)} (${Math.min(...values).toFixed(3)}–${Math.max(...values).toFixed(3)})`;
}

async function speedTable(peer: boolean): Promise<string> {
  const lines = [
    "| contributions | file | ours: time | ours: peak memory | ours --k auto: time | peer: time | peer: peak memory | peer time / ours |",
    "|---|---|---|---|---|---|---|---|",
  ];
  for (const size of sizes) {
    const file = join(work, `resampled-${size}.csv`);
    await writeResampledCorpus(file, size, 1);
    const megabytes = Number(execFileSync("stat", ["-c", "%s", file]).toString()) / 2 ** 20;
    console.error(`bench: cluster ${size} contributions…`);
    const out = join(work, `resampled-${size}.json`);
    const base = [
      "bin/cocrea.js",
      "cluster",
      file,
      "--text",
      "text",
      "--id",
      "id",
      "--date",
      "date",
      "--json",
      out,
    ];
    const mine = await timed("node", [...base, "--k", String(speedK)]);
    // At a million the choice of k costs what it costs at 100k (it works on a sample): one run is enough.
    const mineAuto = size < 1_000_000 ? await timed("node", [...base, "--k", "auto"]) : "not run";
    let theirs: Measure | string = "not run (scikit-learn missing)";
    if (peer) {
      theirs = await timed(python, [
        join(root, "bench/peers/cluster.py"),
        file,
        String(speedK),
        "1",
        "--no-assignment",
      ]);
    }
    const ratio =
      typeof theirs === "string" || typeof mine === "string"
        ? "n/a"
        : `${(theirs.seconds / mine.seconds).toFixed(1)}×`;
    lines.push(
      `| ${size.toLocaleString("en")} | ${megabytes.toFixed(0)} MiB | ${show(mine, "seconds")} | ${show(mine, "memory")} | ${show(mineAuto, "seconds")} | ${show(theirs, "seconds")} | ${show(theirs, "memory")} | ${ratio} |`,
    );
  }
  return lines.join("\n");
}

function show(measure: Measure | string, what: "seconds" | "memory"): string {
  if (typeof measure === "string") return measure;
  if (what === "memory") return `${(measure.maxRssMb / 1024).toFixed(2)} GiB`;
  return `${measure.seconds.toFixed(1)} s (CPU ${measure.cpuSeconds.toFixed(1)} s)`;
}

/** Runs a command under /usr/bin/time; a run past the limit is stopped and described. */
async function timed(command: string, args: string[]): Promise<Measure | string> {
  const report = join(work, "time.txt");
  try {
    await exec("/usr/bin/time", ["-f", "%e %M %U %S", "-o", report, command, ...args], {
      cwd: root,
      timeout: limitSeconds * 1000,
      killSignal: "SIGKILL",
      maxBuffer: 1 << 28,
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
    cpuSeconds: (user ?? Number.NaN) + (system ?? 0),
  };
}
