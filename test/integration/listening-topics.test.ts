// Topics of imported mentions: clustered by a background job after each import, labelled, new ones flagged.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createProject, importFile } from "../support/listening-fixture.ts";
import { auditAfterTopics, topicsCsv } from "../support/listening-topics-fixture.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { createWorkspaceFixture, type WorkspaceFixture } from "../support/workspace-fixture.ts";

let server: TestServer;
let home: WorkspaceFixture;

beforeAll(async () => {
  server = await startTestServer();
  home = await createWorkspaceFixture(server, { name: "Nantes" });
});
afterAll(() => server.stop());

interface TopicsAudit {
  topics: Array<{ label: string; keywords: string[]; mentions: number; isNew: boolean }>;
}

describe("topics of imported mentions", () => {
  it("clusters an import's mentions into labelled topics and flags the one that appeared late as new", async () => {
    const owner = home.people.owner.client;
    const path = await createProject(owner, home.workspaceId);
    const report = await importFile(owner, path, topicsCsv());
    expect(report.status).toBe("done");
    const audit = await auditAfterTopics<TopicsAudit>(owner, path);
    expect(audit.topics.length).toBeGreaterThanOrEqual(3);
    const describe = (t: TopicsAudit["topics"][number]) => [t.label, ...t.keywords].join(" ").toLowerCase();
    for (const topic of audit.topics) expect(topic.keywords.length).toBeGreaterThan(0);
    const fresh = audit.topics.filter((t) => t.isNew);
    expect(fresh.length).toBeGreaterThan(0);
    for (const topic of fresh) expect(describe(topic)).toContain("tramway");
    expect(audit.topics.filter((t) => describe(t).includes("piscine")).every((t) => !t.isNew)).toBe(true);

    const projectId = path.split("/").pop() ?? "";
    const stored = await server.database.db.execute<{ topics: number; labelled: number }>(sql`
      SELECT (SELECT count(*)::int FROM listening_topics WHERE project_id = ${projectId}) AS topics,
        (SELECT count(*)::int FROM mentions WHERE project_id = ${projectId} AND topic IS NOT NULL) AS labelled`);
    expect(stored.rows[0]?.topics).toBe(audit.topics.length);
    expect(stored.rows[0]?.labelled).toBeGreaterThan(100);
  });

  it("opens a topic's verbatims, every one of them holding the topic's words", async () => {
    const owner = home.people.owner.client;
    const path = await createProject(owner, home.workspaceId, "Verbatims par sujet");
    await importFile(owner, path, topicsCsv());
    const audit = await auditAfterTopics<TopicsAudit>(owner, path);
    const pool = audit.topics.find((t) => t.label.toLowerCase().includes("piscine"));
    if (!pool) throw new Error(`no pool topic among ${audit.topics.map((t) => t.label).join(", ")}`);
    const list = await owner.get<{ total: number; mentions: Array<{ text: string; topic: string }> }>(
      `${path}/mentions?topic=${encodeURIComponent(pool.label)}`,
    );
    expect(list.body.total).toBe(pool.mentions);
    for (const m of list.body.mentions) expect(m.text.toLowerCase()).toContain("piscine");
  });
});

interface AuthorsView {
  authors: Array<{
    author: string;
    mentions: number;
    channels: Array<{ channel: string }>;
    topics: Array<{ label: string }>;
    polarity: { positive: number; neutral: number; negative: number };
  }>;
  communities: Array<{ authors: string[]; topics: Array<{ label: string; share: number }> }>;
}

describe("who speaks", () => {
  it("ranks authors with their channels, tone and topics, and groups those who talk about the same things", async () => {
    const owner = home.people.owner.client;
    const path = await createProject(owner, home.workspaceId, "Qui parle");
    await importFile(owner, path, topicsCsv());
    await auditAfterTopics<TopicsAudit>(owner, path);
    const view = (await owner.get<AuthorsView>(`${path}/authors`)).body;
    const karim = view.authors.find((a) => a.author === "@karim");
    expect(karim?.channels.map((c) => c.channel)).toEqual(["social"]);
    expect(karim?.topics[0]?.label.toLowerCase()).toMatch(/tramway|travaux|ligne|chantier/);
    for (const a of view.authors) {
      expect(a.polarity.positive + a.polarity.neutral + a.polarity.negative).toBe(a.mentions);
    }
    const counts = view.authors.map((a) => a.mentions);
    expect(counts).toEqual([...counts].sort((x, y) => y - x));
    expect(view.communities.length).toBeGreaterThan(0);
    for (const community of view.communities) {
      expect(community.authors.length).toBeGreaterThanOrEqual(2);
      expect(community.topics.length).toBeGreaterThan(0);
    }
    expect(view.communities.flatMap((c) => c.authors)).not.toContain("@karim");

    const narrowed = (await owner.get<AuthorsView>(`${path}/authors?brand=Rennes`)).body;
    const total = (list: AuthorsView) => list.authors.reduce((a, b) => a + b.mentions, 0);
    expect(total(narrowed)).toBeLessThan(total(view));
    expect(total(narrowed)).toBeGreaterThan(0);
  });
});
