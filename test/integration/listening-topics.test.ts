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
