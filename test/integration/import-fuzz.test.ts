// Every HTTP import route fed generated bad files (property-based, fast-check): never a 500, never half-stored.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createChallenge } from "../support/challenge-fixture.ts";
import {
  damagedBytes,
  delimitedText,
  jsonArrayText,
  jsonlText,
  noise,
  polisExport,
} from "../support/import-arbitraries.ts";
import { createProject, upload, waitForImport } from "../support/listening-fixture.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { createWorkspaceFixture, type WorkspaceFixture } from "../support/workspace-fixture.ts";

let server: TestServer;
let w: WorkspaceFixture;
beforeAll(async () => {
  server = await startTestServer();
  w = await createWorkspaceFixture(server);
});
afterAll(() => server.stop());

/** HTTP requests are slower than a reader in memory: fewer runs, still varied (the unit properties run more). */
const runs = { numRuns: 25 };

async function count(sql: string, id: string): Promise<number> {
  const { rows } = await server.database.pool.query<{ n: number }>(sql, [id]);
  return rows[0]?.n ?? 0;
}

describe("POST …/conversation/import with generated Pol.is exports", () => {
  it("answers 201 or a 4xx naming the file; a refusal stores nothing", async () => {
    const manager = w.people.manager.client;
    const fresh = () => createChallenge(manager, w.workspaceId, { conversation: true });
    let challengeId = await fresh();
    const stored = async () =>
      (await count("SELECT count(*)::int AS n FROM statements WHERE challenge_id = $1", challengeId)) +
      (await count("SELECT count(*)::int AS n FROM statement_votes WHERE challenge_id = $1", challengeId)) +
      (await count(
        "SELECT count(*)::int AS n FROM conversation_participants WHERE challenge_id = $1",
        challengeId,
      ));
    await fc.assert(
      fc.asyncProperty(polisExport, async (texts) => {
        const path = `/api/v1/workspaces/${w.workspaceId}/challenges/${challengeId}/conversation/import`;
        const response = await manager.post(path, texts);
        expect(response.status, JSON.stringify(response.body)).not.toBeGreaterThanOrEqual(500);
        if (response.status === 201) {
          challengeId = await fresh(); // imports go into an empty conversation only
          return;
        }
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(String(response.body.field)).toMatch(/^(comments|votes)$/);
        expect(await stored()).toBe(0);
      }),
      runs,
    );
  });
});

describe("the listening import routes with generated files", () => {
  const columns = ["id", "text", "date", "author", "reach"];
  const file = fc.oneof(
    fc.record({ name: fc.constantFrom("m.csv", "m.tsv"), bytes: damagedBytes(delimitedText(columns)) }),
    fc.record({ name: fc.constant("m.jsonl"), bytes: damagedBytes(jsonlText(columns)) }),
    fc.record({ name: fc.constant("m.json"), bytes: damagedBytes(jsonArrayText(columns)) }),
    fc.record({ name: fc.constantFrom("m.csv", "m.json"), bytes: noise }),
  );
  let projectPath: string;
  let projectId: string;
  beforeAll(async () => {
    projectPath = await createProject(w.people.owner.client, w.workspaceId, "Fuzz");
    projectId = projectPath.split("/").pop() ?? "";
  });
  const uploads = () =>
    count("SELECT count(*)::int AS n FROM listening_uploads WHERE project_id = $1", projectId);
  const mentions = () => count("SELECT count(*)::int AS n FROM mentions WHERE project_id = $1", projectId);

  it("uploads: 201 or a 4xx naming the file; then an import is done or failed, all or nothing", async () => {
    const client = w.people.owner.client;
    await fc.assert(
      fc.asyncProperty(file, async ({ name, bytes }) => {
        const before = { uploads: await uploads(), mentions: await mentions() };
        const uploaded = await upload(client, projectPath, Buffer.from(bytes), name);
        expect(uploaded.status, JSON.stringify(uploaded.body)).not.toBeGreaterThanOrEqual(500);
        if (uploaded.status !== 201) {
          expect(uploaded.status).toBeGreaterThanOrEqual(400);
          expect(await uploads()).toBe(before.uploads);
          return;
        }
        const started = await client.post<{ import: { id: string } }>(`${projectPath}/imports`, {
          uploadId: uploaded.body.uploadId,
          mapping: uploaded.body.mapping,
        });
        expect(started.status, JSON.stringify(started.body)).not.toBeGreaterThanOrEqual(500);
        if (started.status !== 202) {
          expect(await mentions()).toBe(before.mentions);
          return;
        }
        const report = await waitForImport(client, projectPath, started.body.import.id);
        expect(["done", "failed"]).toContain(report.status);
        if (report.status === "failed") expect(await mentions()).toBe(before.mentions);
        else expect(await mentions()).toBeLessThanOrEqual(before.mentions + report.total);
      }),
      runs,
    );
  });

  it("paste: 202 or a 4xx; a failed import stores nothing", async () => {
    const client = w.people.owner.client;
    const text = fc.oneof(
      fc.string({ unit: "binary", maxLength: 300 }),
      delimitedText(columns),
      fc
        .array(fc.constantFrom("\n", " ", "\u0000", "\u200B", "\uFEFF"), { maxLength: 5 })
        .map((parts) => parts.join("")),
    );
    await fc.assert(
      fc.asyncProperty(text, async (pasted) => {
        const before = await mentions();
        const response = await client.post<{ import: { id: string } }>(`${projectPath}/paste`, {
          text: pasted,
        });
        expect(response.status, JSON.stringify(response.body)).not.toBeGreaterThanOrEqual(500);
        if (response.status !== 202) {
          expect(await mentions()).toBe(before);
          return;
        }
        const report = await waitForImport(client, projectPath, response.body.import.id);
        expect(["done", "failed"]).toContain(report.status);
        if (report.status === "failed") expect(await mentions()).toBe(before);
      }),
      runs,
    );
  });
});
