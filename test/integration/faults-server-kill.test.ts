// Fault injection: `kill -9` of `cocrea serve` in the middle of a storm of writes, then a restart, three rounds.
// The server runs on the run's PostgreSQL (embedded, then Debian's), so both see the same faults.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type CocreaProcess, startCocrea } from "../support/cocrea-process.ts";
import { eventually, hearsNewIdea, readyAfter, subscribe } from "../support/fault-recovery.ts";
import { checkStorm, prepareStorm, startStorm, stormWriteLimits } from "../support/write-storm.ts";

let server: CocreaProcess | undefined;
let pool: pg.Pool;
beforeAll(() => {
  pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 2 });
});
afterAll(async () => {
  await server?.stop();
  await pool.end();
});

const serve = () =>
  startCocrea(["--no-demo"], {
    DATABASE_URL: inject("databaseUrl"),
    SMTP_URL: "",
    AUTH_RATE_LIMIT: "100000",
    WRITE_LIMITS: stormWriteLimits,
  });

describe("kill -9 of the server under a storm of writes", () => {
  it("loses no acknowledged write over three kills and restarts; counts stay exact; events flow again", async () => {
    server = await serve();
    const world = await prepareStorm(server.url, () => server?.logs ?? []);
    const targets = [server.url];
    const storm = startStorm(world, targets);
    const sizes = () => Object.values(storm.acknowledged).reduce((sum, set) => sum + set.size, 0);
    const restarts: number[] = [];
    let before = 0;
    // The storm gets writes through again (since the start, then since each restart) before each kill.
    const moreWrites = (since: number) =>
      eventually(() => sizes() >= since + 10, 60_000, "ten more acknowledged writes");
    for (let round = 0; round < 3; round++) {
      await moreWrites(before);
      before = sizes();
      process.kill(server.pid ?? 0, "SIGKILL");
      const killedAt = performance.now();
      await server.stop();
      server = await serve();
      targets[0] = server.url;
      restarts.push(await readyAfter(server.url, killedAt));
      const live = await subscribe(world, server.url);
      await hearsNewIdea(world, live, server.url);
      live.close();
    }
    await moreWrites(before);
    await storm.stop();

    const check = await checkStorm(pool, world, storm);
    console.log(
      `faults: kill -9 of the server, ready again after ${restarts.join(", ")} ms (kill to readiness); ` +
        `${check.acknowledged} acknowledged writes, ${storm.unanswered} unanswered`,
    );
    expect(check.lost).toEqual([]);
    expect(check.miscounted).toEqual([]);
    expect(await server.stop()).toBe(0);
  }, 300_000);
});
