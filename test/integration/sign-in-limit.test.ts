// The per-account sign-in limit: a progressive delay after repeated failures, from any address, on every process.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountKey, freeFailures, maxDelaySeconds } from "../../src/domain/accounts/sign-in-throttle.ts";
import { testPassword } from "../support/api-client.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

let server: TestServer;
let other: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  other = await startTestServer();
});
afterAll(async () => {
  await server.stop();
  await other.stop();
});

/** Places the account's last failure `secondsAgo` ago, after `failures` failures (the clock without waiting). */
async function failedEarlier(email: string, failures: number, secondsAgo: number): Promise<void> {
  await server.database.db.execute(
    sql`UPDATE sign_in_throttles SET failures = ${failures},
          last_failure_at = now() - make_interval(secs => ${secondsAgo})
        WHERE account = ${accountKey(email)}`,
  );
}

const signIn = (target: TestServer, email: string, password: string) =>
  target.client().post("/api/v1/auth/sign-in", { email, password });

describe("sign-in limit per account", () => {
  it("hears a burst of guesses from two processes one at a time and refuses most of them", async () => {
    const { email } = await server.signedUp();
    const guesses = await Promise.all(
      Array.from({ length: 24 }, (_, i) => signIn(i % 2 ? other : server, email, `guess-${i}-wrong`)),
    );
    const statuses = guesses.map((response) => response.status);
    const heard = statuses.filter((status) => status === 401).length;
    // The first failures are free; later ones wait 1 s, 2 s, 4 s…: a slow machine hears one or two more.
    expect(heard).toBeGreaterThanOrEqual(freeFailures);
    expect(heard).toBeLessThanOrEqual(freeFailures + 3);
    expect(statuses.filter((status) => status === 429)).toHaveLength(24 - heard);
    expect(guesses.find((response) => response.status === 429)?.body).toMatchObject({
      code: "too-many-requests",
    });
  });

  it("makes even the right password wait out the delay, and never longer than the longest delay", async () => {
    const { email } = await server.signedUp();
    for (let i = 0; i < freeFailures; i += 1)
      expect((await signIn(server, email, "wrong-guess")).status).toBe(401);
    await failedEarlier(email, 20, 0);
    expect((await signIn(other, email, testPassword)).status).toBe(429);
    await failedEarlier(email, 20, maxDelaySeconds + 1);
    expect((await signIn(other, email, testPassword)).status).toBe(200);
  });

  it("gives an unknown address the same answers as a known one", async () => {
    const email = `nobody-${Date.now()}@example.org`;
    for (let i = 0; i < freeFailures; i += 1)
      expect((await signIn(server, email, "wrong-guess")).status).toBe(401);
    await failedEarlier(email, freeFailures, 0);
    expect((await signIn(server, email, "wrong-guess")).status).toBe(429);
  });
});
