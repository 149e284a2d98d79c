// Fault injection: the embedded postmaster killed under a running `cocrea serve` in the middle of a storm of writes.
// Embedded only: the test kills the postmaster that the server itself runs from its data folder (`--data`); on an
// external PostgreSQL the server runs no postmaster, and a restart of it is the case of faults-postgres.test.ts.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CocreaProcess, startCocrea } from "../support/cocrea-process.ts";
import { eventually, hearsNewIdea, isReady, subscribe } from "../support/fault-recovery.ts";
import { checkStorm, prepareStorm, startStorm, stormWriteLimits } from "../support/write-storm.ts";

const onEmbedded = process.env.COCREA_TEST_DB !== "debian";

let data: string;
let server: CocreaProcess | undefined;
beforeAll(async () => {
  data = await mkdtemp(join(tmpdir(), "cocrea-faults-postmaster-"));
});
afterAll(async () => {
  await server?.stop();
  await rm(data, { recursive: true, force: true });
});

/** The running postmaster's pid and port, from its postmaster.pid (lines 1 and 4). */
async function postmaster(): Promise<{ pid: number; port: number }> {
  const lines = (await readFile(join(data, "postgres", "postmaster.pid"), "utf8")).split("\n");
  return { pid: Number.parseInt(lines[0] ?? "", 10), port: Number.parseInt(lines[3] ?? "", 10) };
}

/** A pool on the server's own database, with the credentials it keeps in its data folder. */
async function ownDatabase(): Promise<pg.Pool> {
  const { password } = JSON.parse(await readFile(join(data, "credentials.json"), "utf8")) as {
    password: string;
  };
  const { port } = await postmaster();
  return new pg.Pool({ host: "127.0.0.1", port, user: "cocrea", password, database: "cocrea", max: 1 });
}

describe.runIf(onEmbedded)("the embedded postmaster killed under a storm of writes", () => {
  it("loses no acknowledged write; counts stay exact; the open live socket hears events again", async () => {
    server = await startCocrea(["--data", data, "--no-demo"], {
      SMTP_URL: "",
      AUTH_RATE_LIMIT: "100000",
      WRITE_LIMITS: stormWriteLimits,
    });
    const url = server.url;
    const world = await prepareStorm(url, () => server?.logs ?? []);
    const live = await subscribe(world, url);
    const storm = startStorm(world, [url]);
    const sizes = () => Object.values(storm.acknowledged).reduce((sum, set) => sum + set.size, 0);
    await eventually(() => sizes() >= 10, 60_000, "ten acknowledged writes");

    const killed = (await postmaster()).pid;
    process.kill(killed, "SIGKILL");
    const killedAt = performance.now();
    const before = sizes();
    await eventually(
      async () => (await postmaster()).pid !== killed && (await isReady(url)),
      60_000,
      "a new postmaster and readiness",
    );
    const restart = Math.round(performance.now() - killedAt);
    await live.waitFor((m) => m.type === "resync", 30_000);
    await hearsNewIdea(world, live, url);
    live.close();
    // The storm gets writes through again after the restart.
    await eventually(() => sizes() >= before + 10, 60_000, "ten more acknowledged writes");
    await storm.stop();

    const pool = await ownDatabase();
    try {
      const check = await checkStorm(pool, world, storm);
      console.log(
        `faults: postmaster killed, server ready again after ${restart} ms; ` +
          `${check.acknowledged} acknowledged writes, ${storm.unanswered} unanswered`,
      );
      expect(check.lost).toEqual([]);
      expect(check.miscounted).toEqual([]);
    } finally {
      await pool.end();
    }
    expect(await server.stop()).toBe(0);
  }, 180_000);
});
