// The listening pillar over HTTP: imports and their reports, frame, audit, corrections and rules, snapshots, export.
import { request as httpRequest } from "node:http";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createProject,
  frameOf,
  importFile,
  sampleCsv,
  upload,
  waitForImport,
} from "../support/listening-fixture.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { createWorkspaceFixture, type WorkspaceFixture } from "../support/workspace-fixture.ts";

let server: TestServer;
let home: WorkspaceFixture;
let other: WorkspaceFixture;

beforeAll(async () => {
  // One owner uploads every sample file of these tests within a minute: about imports, not write limits.
  server = await startTestServer({ WRITE_LIMITS: "listening-upload=200/2000" });
  home = await createWorkspaceFixture(server, { name: "Nantes" });
  other = await createWorkspaceFixture(server, { name: "Ailleurs" });
});
afterAll(() => server.stop());

const owner = () => home.people.owner.client;

async function mentionCount(projectPath: string): Promise<number> {
  const projectId = projectPath.split("/").pop() ?? "";
  const result = await server.database.db.execute<{ n: number }>(
    sql`SELECT count(*)::int AS n FROM mentions WHERE project_id = ${projectId}`,
  );
  return result.rows[0]?.n ?? -1;
}

interface Audit {
  mentions: number;
  panel: string[];
  brands: Array<{
    name: string;
    mentions: number;
    shareOfVoice: number;
    netSentiment: number;
    reach: number;
  }>;
  agreement: { corrections: number; polarityLabels: number; polarityAgreed: number };
  volume: Array<{ day: string; mentions: number }>;
}
const auditOf = async (path: string, query = "") =>
  (await owner().get<{ audit: Audit }>(`${path}/audit${query}`)).body.audit;

describe("importing mentions", () => {
  it("proposes a mapping from a preview, then reports rows taken, duplicates and rejections with their lines", async () => {
    const path = await createProject(owner(), home.workspaceId);
    const uploaded = await upload(owner(), path, sampleCsv);
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.format).toBe("csv");
    expect(uploaded.body.columns).toContain("text");
    expect(uploaded.body.mapping).toMatchObject({ text: "text", id: "id", date: "date", author: "author" });
    expect(uploaded.body.preview).toHaveLength(5);

    const file = [
      "id,date,text,reach",
      "b1,2025-04-01,Nantes est une ville agréable,10",
      "b1,2025-04-01,Un autre texte sur Nantes avec le même identifiant,10",
      "b3,2025-04-02,  nantes EST une ville agréable !!  ,10",
      "b4,pas une date,Nantes encore,10",
      "b5,2025-04-03,,10",
      "b6,2025-04-03,Nantes toujours,-3",
    ].join("\n");
    const report = await importFile(owner(), path, file);
    expect(report.status).toBe("done");
    expect(report.taken).toBe(1);
    expect(report.duplicates).toEqual([
      { line: 3, reason: "same-id" },
      { line: 4, reason: "same-text" },
    ]);
    expect(report.rejected).toEqual([
      expect.objectContaining({ line: 5, field: "date" }),
      expect.objectContaining({ line: 6, field: "text" }),
      expect.objectContaining({ line: 7, field: "reach" }),
    ]);
    expect(await mentionCount(path)).toBe(1);
  });

  it("adds nothing when the same file is imported twice, and remembers the mapping", async () => {
    const path = await createProject(owner(), home.workspaceId);
    const mapping = {
      text: "text",
      id: "id",
      date: "date",
      source: "source",
      channel: "channel",
      reach: "reach",
    };
    const first = await importFile(owner(), path, sampleCsv, mapping);
    expect(first.taken).toBe(5);
    const second = await importFile(owner(), path, sampleCsv);
    expect(second.taken).toBe(0);
    expect(second.duplicates).toHaveLength(5);
    expect(await mentionCount(path)).toBe(5);
    const again = await upload(owner(), path, sampleCsv);
    expect(again.body.mapping).toEqual(mapping);
  });

  it("reads semicolons, tabs, a byte-order mark, JSON and JSONL", async () => {
    const path = await createProject(owner(), home.workspaceId);
    const tsv = "\uFEFFtexte\tdate\nNantes en tabulations\t2025-05-01\n";
    expect((await importFile(owner(), path, tsv, { text: "texte", date: "date" }, "m.tsv")).taken).toBe(1);
    const json = JSON.stringify([{ body: "Nantes en JSON", timestamp: "2025-05-02T08:00:00Z", id: "j1" }]);
    expect((await importFile(owner(), path, json, undefined, "m.json")).taken).toBe(1);
    const jsonl =
      '{"text":"Nantes en JSONL","date":"2025-05-03"}\n{"text":"Rennes en JSONL","date":"2025-05-03"}\n';
    expect((await importFile(owner(), path, jsonl, undefined, "m.jsonl")).taken).toBe(2);
    const pasted = await owner().post<{ import: { id: string } }>(`${path}/paste`, {
      text: "Nantes collé\n\nRennes collé\n",
    });
    expect((await waitForImport(owner(), path, pasted.body.import.id)).taken).toBe(2);
    expect(await mentionCount(path)).toBe(6);
  });

  it("refuses a file that is not UTF-8, naming the line and column, and stores nothing", async () => {
    const path = await createProject(owner(), home.workspaceId);
    const latin1 = Buffer.from("text\nNantes est très belle\n", "latin1");
    const response = await upload(owner(), path, latin1);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: "invalid-file", field: "file" });
    expect((response.body as unknown as { detail: string }).detail).toMatch(/^mentions\.csv:2:14: /);
    const uploads = await server.database.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM listening_uploads WHERE project_id = ${path.split("/").pop()}`,
    );
    expect(uploads.rows[0]?.n).toBe(0);
  });

  it("refuses a 2 GB upload with 413 before reading it", async () => {
    const path = await createProject(owner(), home.workspaceId);
    const url = new URL(`${server.url}${path}/uploads?fileName=big.csv`);
    const csrf = await owner().csrf();
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        url,
        {
          method: "POST",
          headers: {
            "content-type": "application/octet-stream",
            "content-length": String(2 * 1024 ** 3),
            "x-csrf-token": csrf,
            cookie: owner().cookieHeader(),
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
          req.destroy();
        },
      );
      req.on("error", reject);
      req.write("text\nNantes\n");
    });
    expect(status).toBe(413);
    const uploads = await server.database.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM listening_uploads WHERE project_id = ${path.split("/").pop()}`,
    );
    expect(uploads.rows[0]?.n).toBe(0);
  });

  it("leaves the project as it was when an import fails in the middle of the file", async () => {
    const path = await createProject(owner(), home.workspaceId);
    await importFile(owner(), path);
    const rows = Array.from({ length: 200 }, (_, i) => `Nantes ligne ${i},2025-06-01`);
    const broken = ["text,date", ...rows, '"Nantes sans fin,2025-06-02', "Nantes après,2025-06-03"].join(
      "\n",
    );
    const report = await importFile(owner(), path, broken, { text: "text", date: "date" });
    expect(report.status).toBe("failed");
    expect(report.error).toMatch(/mentions\.csv:\d+/);
    expect(await mentionCount(path)).toBe(5);
  });

  it("stores nothing of a cancelled import", async () => {
    const path = await createProject(owner(), home.workspaceId);
    const rows = Array.from({ length: 6_000 }, (_, i) => `Nantes et son message numéro ${i}`);
    const uploaded = await upload(owner(), path, `text\n${rows.join("\n")}`);
    const started = await owner().post<{ import: { id: string } }>(`${path}/imports`, {
      uploadId: uploaded.body.uploadId,
      mapping: { text: "text" },
    });
    const cancelled = await owner().request("DELETE", `${path}/imports/${started.body.import.id}`);
    expect(cancelled.status).toBe(204);
    const report = await waitForImport(owner(), path, started.body.import.id);
    expect(report.status).toBe("cancelled");
    expect(await mentionCount(path)).toBe(0);
    const again = await owner().request("DELETE", `${path}/imports/${started.body.import.id}`);
    expect(again.body).toMatchObject({ code: "conflict" });
  });
});

describe("the frame and the audit", () => {
  it("counts what each query matches before saving, and refuses unbalanced quotes naming the field", async () => {
    const path = await createProject(owner(), home.workspaceId);
    await importFile(owner(), path);
    const counts = await owner().post<{
      queries: Array<{ name: string; mentions: number }>;
      several: number;
    }>(`${path}/frame/counts`, frameOf());
    expect(counts.body.queries).toEqual([
      { name: "Nantes", mentions: 3 },
      { name: "Rennes", mentions: 1 },
      { name: "Angers", mentions: 1 },
    ]);
    expect(counts.body.several).toBe(1);
    const bad = await owner().put(
      `${path}/frame`,
      frameOf({ brand: { name: "Nantes", query: '"ville de Nantes' } }),
    );
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: "invalid-input", field: "brand.query" });
    const audit = await auditOf(path);
    expect(audit.panel).toEqual(["Nantes", "Rennes", "Angers"]);
    expect(audit.mentions).toBe(4);
    const nantes = audit.brands.find((b) => b.name === "Nantes");
    expect(nantes).toMatchObject({ mentions: 3, shareOfVoice: 0.6, reach: 2300 });
  });

  it("lists the verbatims behind a figure and keeps corrections and rules across re-matching", async () => {
    const path = await createProject(owner(), home.workspaceId);
    await importFile(owner(), path);
    const list = await owner().get<{
      total: number;
      mentions: Array<{ id: string; text: string; polarity: string }>;
    }>(`${path}/mentions?brand=Nantes&from=2025-03-01&to=2025-03-01`);
    expect(list.body.total).toBe(2);
    const buses = list.body.mentions.find((m) => m.text.includes("bus"));
    expect(buses).toBeDefined();
    const corrected = await owner().put(`${path}/mentions/${buses?.id}/correction`, {
      polarity: "positive",
      emotions: ["joy"],
    });
    expect(corrected.status).toBe(204);
    const rule = await owner().post(`${path}/rules`, { term: "bus", polarity: "negative" });
    expect(rule.status).toBe(201);
    const irrelevant = await owner().post(`${path}/rules`, { term: "festival", relevant: false });
    expect(irrelevant.status).toBe(201);
    await owner().put(`${path}/frame`, frameOf({ competitors: [{ name: "Rennes", query: "Rennes" }] }));
    const after = await owner().get<{
      mentions: Array<{ id: string; polarity: string; corrected: boolean }>;
    }>(`${path}/mentions?brand=Nantes`);
    expect(after.body.mentions.find((m) => m.id === buses?.id)).toMatchObject({
      polarity: "positive",
      corrected: true,
    });
    expect(after.body.mentions).toHaveLength(2);
    const audit = await auditOf(path);
    expect(audit.agreement).toMatchObject({ corrections: 1, polarityLabels: 1 });
    const bulk = await owner().post<{ corrected: number }>(`${path}/corrections`, {
      filter: { brand: "Nantes" },
      correction: { dimension: "products-and-services" },
    });
    expect(bulk.body.corrected).toBe(2);
  });

  it("freezes snapshots that never change, and compares two of them", async () => {
    const path = await createProject(owner(), home.workspaceId);
    await importFile(owner(), path);
    const first = await owner().post<{ snapshot: { id: string; audit: Audit } }>(`${path}/snapshots`, {
      name: "T0",
    });
    expect(first.status).toBe(201);
    const more = ["id,date,text", "c1,2025-09-01,Nantes brille à nouveau", "c2,2025-09-02,Rennes aussi"].join(
      "\n",
    );
    await importFile(owner(), path, more);
    const second = await owner().post<{ snapshot: { id: string } }>(`${path}/snapshots`, { name: "T1" });
    const stored = await owner().get<{ snapshot: { audit: Audit } }>(
      `${path}/snapshots/${first.body.snapshot.id}`,
    );
    expect(stored.body.snapshot.audit).toEqual(first.body.snapshot.audit);
    expect(stored.body.snapshot.audit.mentions).toBe(4);
    const comparison = await owner().get<{
      comparison: {
        mentions: { delta: number };
        brands: Array<{ name: string; mentions: { delta: number } }>;
      };
    }>(`${path}/comparison?before=${first.body.snapshot.id}&after=${second.body.snapshot.id}`);
    expect(comparison.body.comparison.mentions.delta).toBe(2);
    expect(comparison.body.comparison.brands.find((b) => b.name === "Nantes")?.mentions.delta).toBe(1);
  });

  it("exports labelled mentions as CSV whose cells cannot run as formulas, and as JSON", async () => {
    const path = await createProject(owner(), home.workspaceId);
    const file = ["text,author", '"=HYPERLINK(""http://x"") Nantes",@pirate', '"+1 pour Nantes",-moi'].join(
      "\n",
    );
    await importFile(owner(), path, file, { text: "text", author: "author" });
    const csv = await owner().get<string>(`${path}/export/mentions.csv`);
    expect(csv.headers.get("content-type")).toMatch(/text\/csv/);
    expect(csv.body).toContain(`"'=HYPERLINK(""http://x"") Nantes"`);
    expect(csv.body).toContain("'@pirate");
    expect(csv.body).toContain("'+1 pour Nantes");
    expect(csv.body).toContain("'-moi");
    expect(csv.body).not.toMatch(/(^|,)"?[=+@]/m);
    expect(csv.body).not.toContain(",-moi");
    const json = await owner().get<{ mentions: Array<{ text: string }> }>(`${path}/export/mentions.json`);
    expect(json.body.mentions.map((m) => m.text).sort()).toEqual([
      "+1 pour Nantes",
      '=HYPERLINK("http://x") Nantes',
    ]);
  });

  it("answers not-found to another workspace's members reaching a project through their own workspace", async () => {
    const path = await createProject(owner(), home.workspaceId);
    const projectId = path.split("/").pop();
    const theirs = `/api/v1/workspaces/${other.workspaceId}/listening/projects/${projectId}`;
    const intruder = other.people.owner.client;
    for (const response of [
      await intruder.get(theirs),
      await intruder.get(`${theirs}/audit`),
      await intruder.get(`${theirs}/mentions`),
      await intruder.post(`${theirs}/snapshots`, { name: "volé" }),
      await intruder.put(`${theirs}/frame`, frameOf()),
    ]) {
      expect(response.status).toBe(404);
      expect(response.body).toMatchObject({ code: "not-found" });
    }
  });
});
