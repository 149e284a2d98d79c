// Feed sources of a listening project, polled from a throwaway HTTP server on loopback (allowed by the test's
// configuration): conditional GET, items added once, a body that is not a feed, refused addresses, pause and delete.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { sql } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FeedSourceData } from "../../src/contracts/listening-feeds.ts";
import { pollFeedSource } from "../../src/domain/listening/poll-feed-source.ts";
import { feedPort } from "../../src/jobs/feed-port.ts";
import { feedPolls } from "../../src/jobs/periodic-tasks.ts";
import { backgroundWork, contextFactory } from "../../src/jobs/process-context.ts";
import { createProject } from "../support/listening-fixture.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { createWorkspaceFixture, type WorkspaceFixture } from "../support/workspace-fixture.ts";

let server: TestServer;
let home: WorkspaceFixture;
let feeds: Server;
let feedBase: string;
/** What the feed server answered, in order: path and status. */
const answers: Array<{ path: string; status: number }> = [];
let items = [
  {
    guid: "urn:a1",
    title: "Nantes ouvre une nouvelle médiathèque",
    body: "<p>Les habitants sont <b>ravis</b>.</p>",
  },
  { guid: "urn:a2", title: "Le tramway de Nantes en panne", body: "Encore un retard ce matin." },
];
let version = 1;

const rss = () => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Actualités de Nantes</title><link>https://example.org/</link><language>fr</language>
${items
  .map(
    (item, i) => `<item><guid>${item.guid}</guid><title>${item.title}</title>
<link>https://example.org/${item.guid.slice(4)}</link><pubDate>Mon, 0${i + 1} Dec 2025 10:00:00 GMT</pubDate>
<description><![CDATA[${item.body}]]></description></item>`,
  )
  .join("\n")}
</channel></rss>`;

beforeAll(async () => {
  feeds = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://x").pathname;
    const answer = (status: number, headers: Record<string, string> = {}, body = "") => {
      answers.push({ path, status });
      response.writeHead(status, headers).end(body);
    };
    const etag = `"v${version}"`;
    if (path === "/news.xml") {
      if (request.headers["if-none-match"] === etag) return answer(304);
      return answer(200, { "content-type": "application/rss+xml", etag }, rss());
    }
    // The same items, always in full: only the guids keep them from being added again.
    if (path === "/always.xml") return answer(200, { "content-type": "application/rss+xml" }, rss());
    if (path === "/page.json") return answer(200, { "content-type": "application/json" }, '{"items": []}');
    answer(404);
  });
  await new Promise<void>((resolve) => feeds.listen(0, "127.0.0.1", resolve));
  feedBase = `http://127.0.0.1:${(feeds.address() as AddressInfo).port}`;
  server = await startTestServer({ FEEDS_ALLOW_LOOPBACK: "true" });
  home = await createWorkspaceFixture(server, { name: "Nantes" });
});
afterAll(async () => {
  await server?.stop();
  await new Promise<void>((resolve) => feeds.close(() => resolve()));
});

const owner = () => home.people.owner.client;
const sourcesOf = async (path: string) =>
  (await owner().get<{ sources: FeedSourceData[] }>(`${path}/feeds`)).body.sources;

/** Waits until the source satisfies `done` (the in-process worker runs the poll jobs). */
async function waitForSource(path: string, id: string, done: (source: FeedSourceData) => boolean) {
  for (let i = 0; ; i++) {
    const source = (await sourcesOf(path)).find((s) => s.id === id);
    if (source && done(source)) return source;
    if (i > 400) throw new Error(`the source never got there: ${JSON.stringify(source)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function mentionsOf(path: string) {
  const projectId = path.split("/").pop() ?? "";
  const result = await server.database.db.execute<{ external_id: string; text: string; channel: string }>(
    sql`SELECT external_id, text, channel FROM mentions WHERE project_id = ${projectId} ORDER BY external_id`,
  );
  return result.rows;
}

/** Makes the source due and runs the periodic task, as the worker's clock would; waits for the poll to end. */
async function pollAgain(path: string, source: FeedSourceData) {
  await server.database.db.execute(sql`UPDATE feed_sources SET next_poll_at = now() WHERE id = ${source.id}`);
  const context = contextFactory(
    { db: server.database.db, mailer: { send: async () => {} }, publicUrl: "" },
    backgroundWork(pino({ level: "silent" }), server.database.db),
  );
  await feedPolls.run(context(), pino({ level: "silent" }));
  return waitForSource(path, source.id, (s) => s.lastPolledAt !== source.lastPolledAt);
}

async function addSource(path: string, url: string) {
  const added = await owner().post<{ source: FeedSourceData }>(`${path}/feeds`, { url });
  expect(added.status).toBe(201);
  return waitForSource(path, added.body.source.id, (s) => s.lastPolledAt !== null);
}

describe("feed sources", () => {
  it("polls a feed at once, then gets 304 for the same ETag, then adds a new item once", async () => {
    const path = await createProject(owner(), home.workspaceId);
    const first = await addSource(path, `${feedBase}/news.xml`);
    expect(first).toMatchObject({
      status: "active",
      lastError: null,
      taken: 2,
      title: "Actualités de Nantes",
    });
    expect(first.lastSuccessAt).not.toBeNull();
    expect(new Date(first.nextPollAt).getTime()).toBeGreaterThan(Date.now() + 50 * 60_000);
    const stored = await mentionsOf(path);
    expect(stored.map((m) => m.external_id)).toEqual(["urn:a1", "urn:a2"]);
    expect(stored[0]).toMatchObject({
      channel: "feed",
      text: "Nantes ouvre une nouvelle médiathèque — Les habitants sont ravis.",
    });
    const detail = await owner().get<{ imports: Array<{ kind: string; taken: number; fileName: string }> }>(
      path,
    );
    expect(detail.body.imports[0]).toMatchObject({
      kind: "feed",
      taken: 2,
      fileName: `${feedBase}/news.xml`,
    });

    const second = await pollAgain(path, first);
    expect(answers.filter((a) => a.path === "/news.xml").map((a) => a.status)).toEqual([200, 304]);
    expect(second).toMatchObject({ lastError: null, taken: 2 });
    expect(await mentionsOf(path)).toHaveLength(2);

    items = [...items, { guid: "urn:a3", title: "Rennes et Nantes signent un accord", body: "Un accord." }];
    version = 2;
    const third = await pollAgain(path, second);
    expect(third).toMatchObject({ lastError: null, taken: 3 });
    expect((await mentionsOf(path)).map((m) => m.external_id)).toEqual(["urn:a1", "urn:a2", "urn:a3"]);
  });

  it("adds nothing from a feed served again in full: its items are known by their guid", async () => {
    const path = await createProject(owner(), home.workspaceId, "Sans ETag");
    const first = await addSource(path, `${feedBase}/always.xml`);
    const before = (await mentionsOf(path)).length;
    expect(before).toBe(items.length);
    const second = await pollAgain(path, first);
    expect(second).toMatchObject({ lastError: null, taken: items.length });
    expect(await mentionsOf(path)).toHaveLength(before);
  });

  it("gives a clear error for an answer that is not a feed, and stores nothing", async () => {
    const path = await createProject(owner(), home.workspaceId, "Pas un flux");
    const source = await addSource(path, `${feedBase}/page.json`);
    expect(source.lastError).toMatch(/page\.json is not (XML|an RSS, RDF or Atom feed)/);
    expect(source).toMatchObject({ lastSuccessAt: null, failures: 1, taken: 0, lastErrorCode: "not-a-feed" });
    // Tried again later than its usual hour, since it failed.
    expect(new Date(source.nextPollAt).getTime()).toBeGreaterThan(Date.now() + 100 * 60_000);
    expect(await mentionsOf(path)).toEqual([]);
  });

  it("refuses private addresses even with loopback allowed, and loopback when it is not", async () => {
    const path = await createProject(owner(), home.workspaceId, "Adresses");
    const privateOne = await addSource(path, "http://10.20.30.40/feed.xml");
    expect(privateOne).toMatchObject({
      lastError: "refused: 10.20.30.40 is a private network address; feeds must be on the public internet",
      lastErrorCode: "address-refused",
      lastErrorParams: { address: "10.20.30.40", kind: "private" },
    });
    const mapped = await addSource(path, "http://[::ffff:169.254.169.254]/latest");
    expect(mapped.lastError).toMatch(/refused: .* is a link-local address/);

    // The same poll as the worker's, with the allowance off (FEEDS_ALLOW_LOOPBACK unset).
    const loop = await addSource(path, `${feedBase}/news.xml`);
    expect(loop.lastError).toBeNull();
    await server.database.db.execute(sql`UPDATE feed_sources SET next_poll_at = now() WHERE id = ${loop.id}`);
    const context = contextFactory(
      { db: server.database.db, mailer: { send: async () => {} }, publicUrl: "" },
      backgroundWork(pino({ level: "silent" }), server.database.db),
    );
    const outcome = await pollFeedSource(
      context(),
      home.workspaceId,
      loop.id,
      feedPort({ feedsAllowLoopback: false }),
      new AbortController().signal,
    );
    expect(outcome).toEqual({
      outcome: "failed",
      error: "refused: 127.0.0.1 is a loopback address (this machine); feeds must be on the public internet",
    });
    const shown = (await sourcesOf(path)).find((s) => s.id === loop.id);
    expect(shown?.lastError).toBe(outcome.outcome === "failed" ? outcome.error : "");
  });

  it("pauses, resumes and deletes a source, and refuses a malformed or repeated address naming the field", async () => {
    const path = await createProject(owner(), home.workspaceId, "Gestion");
    const source = await addSource(path, `${feedBase}/always.xml`);
    const paused = await owner().patch<{ source: FeedSourceData }>(`${path}/feeds/${source.id}`, {
      status: "paused",
    });
    expect(paused.body.source.status).toBe("paused");
    // A paused source is not polled, even when due.
    const count = answers.length;
    await server.database.db.execute(
      sql`UPDATE feed_sources SET next_poll_at = now() WHERE id = ${source.id}`,
    );
    const context = contextFactory(
      { db: server.database.db, mailer: { send: async () => {} }, publicUrl: "" },
      backgroundWork(pino({ level: "silent" }), server.database.db),
    );
    expect(
      await pollFeedSource(
        context(),
        home.workspaceId,
        source.id,
        feedPort({ feedsAllowLoopback: true }),
        new AbortController().signal,
      ),
    ).toEqual({ outcome: "skipped" });
    expect(answers.length).toBe(count);

    const resumed = await owner().patch<{ source: FeedSourceData }>(`${path}/feeds/${source.id}`, {
      status: "active",
    });
    expect(resumed.body.source.status).toBe("active");
    await waitForSource(path, source.id, (s) => s.lastPolledAt !== source.lastPolledAt);

    const bad = await owner().post(`${path}/feeds`, { url: "ftp://example.org/feed" });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ field: "url" });
    const again = await owner().post(`${path}/feeds`, { url: `${feedBase}/always.xml` });
    expect(again.status).toBe(409);

    expect((await owner().delete(`${path}/feeds/${source.id}`)).status).toBe(204);
    expect(await sourcesOf(path)).toEqual([]);
    expect((await mentionsOf(path)).length).toBe(items.length);
  });
});
