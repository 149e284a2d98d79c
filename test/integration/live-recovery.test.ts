// The live channel and readiness when the LISTEN connection is dropped: reconnection, a resync, events again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openLiveSocket } from "../support/live-socket.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { createWorkspaceFixture } from "../support/workspace-fixture.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

/** Ends this database's LISTEN connections from PostgreSQL's side, as a restart or a network cut would. */
async function dropListenConnections(): Promise<number> {
  const { rows } = await server.database.pool.query<{ ended: boolean }>(
    `SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity
      WHERE datname = current_database() AND query ILIKE 'LISTEN %' AND pid <> pg_backend_pid()`,
  );
  return rows.filter((row) => row.ended).length;
}

describe("health", () => {
  it("answers liveness, and readiness with each check", async () => {
    const client = server.client();
    expect((await client.get("/api/v1/health/live")).body).toEqual({ status: "alive" });
    const readiness = await client.get("/api/v1/health");
    expect(readiness.status).toBe(200);
    expect(readiness.body).toEqual({
      status: "ready",
      checks: { database: true, migrations: true, live: true },
    });
  });
});

describe("a dropped LISTEN connection", () => {
  it("comes back, tells open sockets to resync, and events flow again", async () => {
    const fixture = await createWorkspaceFixture(server);
    const live = await openLiveSocket(fixture.people.owner.client);
    live.send({ type: "subscribe", workspaceId: fixture.workspaceId });
    await live.waitFor((m) => m.type === "subscribed");

    for (let round = 0; round < 2; round += 1) {
      const before = live.messages.filter((m) => m.type === "resync").length;
      expect(await dropListenConnections()).toBeGreaterThan(0);
      await new Promise<void>((resolve, reject) => {
        const deadline = Date.now() + 15_000;
        const poll = () => {
          if (live.messages.filter((m) => m.type === "resync").length > before) return resolve();
          if (Date.now() > deadline) return reject(new Error("no resync message"));
          setTimeout(poll, 100);
        };
        poll();
      });
      expect((await server.client().get("/api/v1/health")).body).toMatchObject({ checks: { live: true } });
      const joined = live.messages.length;
      const newcomer = await fixture.addMember("guest");
      const event = await live.waitFor(
        (m, index = live.messages.indexOf(m)) =>
          index >= joined && m.type === "event" && m.event.type === "member.joined",
      );
      expect(event).toMatchObject({ event: { data: { userId: newcomer.userId } } });
    }
    live.close();
  });
});
