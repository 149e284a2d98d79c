// The demo's listening project: the whole pillar at once for a newcomer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDemoListening } from "../../src/domain/demo/create-demo-listening.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { createWorkspaceFixture, type WorkspaceFixture } from "../support/workspace-fixture.ts";

let server: TestServer;
let home: WorkspaceFixture;

beforeAll(async () => {
  server = await startTestServer();
  home = await createWorkspaceFixture(server, { name: "Belleville" });
});
afterAll(() => server.stop());

interface Audit {
  panel: string[];
  mentions: number;
  negativeSpikes: Array<{ start: string; mentions: number }>;
  dimensions: Array<{ name: string; mentions: number }>;
  topics: Array<{ label: string; trend: string }>;
  scope: { from: string; to: string };
}

describe("the demo's listening project", () => {
  it("holds about 20,000 mentions of four cities, a negative spike, a late topic, every dimension and two snapshots a year apart", async () => {
    const owner = home.people.owner;
    await createDemoListening(
      { db: server.database.db, now: new Date("2026-12-01T12:00:00Z") },
      home.workspaceId,
      owner.userId,
    );
    const base = `/api/v1/workspaces/${home.workspaceId}/listening/projects`;
    const list = await owner.client.get<{ projects: Array<{ id: string }> }>(base);
    const path = `${base}/${list.body.projects[0]?.id}`;
    const audit = (await owner.client.get<{ audit: Audit }>(`${path}/audit`)).body.audit;
    expect(audit.panel).toEqual(["Belleville-sur-Loire", "Montval", "Saint-Aubin", "Rochebrune"]);
    expect(audit.mentions).toBeGreaterThan(18_000);
    expect(audit.negativeSpikes.length).toBeGreaterThan(0);
    for (const dimension of audit.dimensions) expect(dimension.mentions, dimension.name).toBeGreaterThan(0);
    expect(audit.topics.find((t) => t.label === "tramway")?.trend).toBe("growing");
    const snapshots = await owner.client.get<{ snapshots: Array<{ id: string; frozenAt: string }> }>(
      `${path}/snapshots`,
    );
    expect(snapshots.body.snapshots).toHaveLength(2);
    const [later, earlier] = snapshots.body.snapshots;
    const months =
      (Date.parse(later?.frozenAt ?? "") - Date.parse(earlier?.frozenAt ?? "")) / (30.4 * 86_400_000);
    expect(Math.round(months)).toBe(12);
    const comparison = await owner.client.get<{ comparison: { topicsAppeared: Array<{ label: string }> } }>(
      `${path}/comparison?before=${earlier?.id}&after=${later?.id}`,
    );
    expect(comparison.body.comparison.topicsAppeared.map((t) => t.label)).toContain("tramway");
  });
});
