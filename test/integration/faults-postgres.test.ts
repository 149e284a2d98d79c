// Fault injection under two `cocrea serve` processes sharing one PostgreSQL, in the middle of a storm of writes:
// PostgreSQL restarted (down 3 s), then the processes' LISTEN connections ended from PostgreSQL's side.
// The cluster is this file's own (of the run's kind: embedded or Debian's), since the test stops and starts it.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CocreaProcess, startCocrea } from "../support/cocrea-process.ts";
import { eventually, hearsNewIdea, isReady, subscribe } from "../support/fault-recovery.ts";
import { type Cluster, startDebianCluster, startEmbeddedCluster } from "../support/postgres-cluster.ts";
import {
  checkStorm,
  prepareStorm,
  type Storm,
  type StormWorld,
  startStorm,
  stormWriteLimits,
} from "../support/write-storm.ts";

let cluster: Cluster;
let servers: CocreaProcess[] = [];
let pool: pg.Pool;
beforeAll(async () => {
  cluster =
    process.env.COCREA_TEST_DB === "debian" ? await startDebianCluster() : await startEmbeddedCluster();
  const env = {
    DATABASE_URL: cluster.url,
    SMTP_URL: "",
    AUTH_RATE_LIMIT: "100000",
    WRITE_LIMITS: stormWriteLimits,
  };
  // One after the other: the first applies the migrations.
  servers.push(await startCocrea(["--no-demo"], env));
  servers.push(await startCocrea(["--no-demo"], env));
  pool = new pg.Pool({ connectionString: cluster.url, max: 1 });
  // A pool that outlives a restart: its broken idle connection is dropped, not thrown.
  pool.on("error", () => {});
}, 300_000);
afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  servers = [];
  await pool?.end();
  await cluster?.stop();
});

const urls = () => servers.map((server) => server.url);
const sizes = (storm: Storm) => Object.values(storm.acknowledged).reduce((sum, set) => sum + set.size, 0);

/** Each process's subscriber hears an idea written through the other one (events cross the processes again). */
async function eventsCrossBothWays(world: StormWorld, live: Awaited<ReturnType<typeof subscribe>>[]) {
  const [a, b] = urls() as [string, string];
  await hearsNewIdea(world, live[0] as (typeof live)[0], b);
  await hearsNewIdea(world, live[1] as (typeof live)[0], a);
}

/** The connections listening on a channel, any process's: each LISTEN connection's last statement is its LISTEN. */
async function listeners(): Promise<number> {
  const { rows } = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_stat_activity WHERE query ILIKE 'LISTEN %' AND pid <> pg_backend_pid()`,
  );
  return rows[0]?.n ?? 0;
}

/** Runs a storm through both processes around `fault`, then checks every acknowledged write and the counts. */
async function underStorm(name: string, fault: () => Promise<void>): Promise<void> {
  const world = await prepareStorm(urls()[0] ?? "", () => servers[0]?.logs ?? []);
  const live = await Promise.all(urls().map((url) => subscribe(world, url)));
  const storm = startStorm(world, urls());
  await eventually(() => sizes(storm) >= 10, 60_000, "ten acknowledged writes");
  const before = sizes(storm);
  // Live hub, plan editing doorbell, job wake-up and worker events, in each process.
  const listening = await listeners();
  expect(listening).toBeGreaterThanOrEqual(8);
  const faultAt = performance.now();
  await fault();
  await eventually(async () => (await Promise.all(urls().map(isReady))).every(Boolean), 60_000, "readiness");
  const ready = Math.round(performance.now() - faultAt);
  // Every LISTEN connection comes back, not only the live hub's.
  await eventually(async () => (await listeners()) === listening, 60_000, "every LISTEN connection back");
  // Each open socket is told to refetch what it shows: the events sent while its process was not listening are lost.
  for (const socket of live) await socket.waitFor((m) => m.type === "resync", 30_000);
  await eventsCrossBothWays(world, live);
  for (const socket of live) socket.close();
  // The storm gets writes through both processes again after the fault.
  await eventually(() => sizes(storm) >= before + 10, 60_000, "ten more acknowledged writes");
  await storm.stop();

  const check = await checkStorm(pool, world, storm);
  console.log(
    `faults: ${name}, both processes ready again ${ready} ms after the fault began; ` +
      `${check.acknowledged} acknowledged writes, ${storm.unanswered} unanswered`,
  );
  expect(check.lost).toEqual([]);
  expect(check.miscounted).toEqual([]);
}

describe("two processes on one PostgreSQL under a storm of writes", () => {
  it("PostgreSQL restarted: no acknowledged write lost, counts exact, events flow again", async () => {
    await underStorm("PostgreSQL restarted under two processes", () => cluster.restart(3_000));
  }, 180_000);

  it("LISTEN connections ended: no acknowledged write lost, counts exact, events flow again", async () => {
    await underStorm("LISTEN connections ended", async () => {
      const { rows } = await pool.query<{ ended: boolean }>(
        `SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity
          WHERE query ILIKE 'LISTEN %' AND pid <> pg_backend_pid()`,
      );
      // One LISTEN connection per process at least.
      expect(rows.filter((row) => row.ended).length).toBeGreaterThanOrEqual(2);
    });
  }, 180_000);
});
