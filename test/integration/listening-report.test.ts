// The audit report: its page (HTML with charts, escaped) and its PDF printed by Chromium, in French and English.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createProject, importFile } from "../support/listening-fixture.ts";
import { auditAfterTopics, topicsCsv } from "../support/listening-topics-fixture.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { createWorkspaceFixture, type WorkspaceFixture } from "../support/workspace-fixture.ts";

let server: TestServer;
let home: WorkspaceFixture;
let path: string;

beforeAll(async () => {
  server = await startTestServer();
  home = await createWorkspaceFixture(server, { name: "Nantes" });
  const owner = home.people.owner.client;
  path = await createProject(owner, home.workspaceId, "Audit <Nantes> & co");
  await importFile(owner, path, topicsCsv());
  await auditAfterTopics(owner, path);
});
afterAll(() => server.stop());

interface ReportPage {
  title: string;
  style: string;
  body: string;
  hasPrevious: boolean;
}

describe("the audit report", () => {
  it("gives the page every section with its charts, user text escaped, in the language asked", async () => {
    const guest = home.people.guest.client;
    const fr = await guest.get<ReportPage>(`${path}/report?language=fr`);
    expect(fr.status).toBe(200);
    expect(fr.body.title).toBe("Audit d'image et de présence — Audit <Nantes> & co");
    expect(fr.body.body).toContain("Audit &lt;Nantes&gt; &amp; co");
    expect(fr.body.body).not.toContain("<Nantes>");
    for (const heading of ["Où : canaux et sources", "Qui : auteurs et communautés", "De quoi : sujets"])
      expect(fr.body.body).toContain(heading);
    expect(fr.body.body.match(/<svg /g)?.length).toBeGreaterThanOrEqual(7);
    expect(fr.body.body).toContain("Aucun audit figé pour l&#39;instant");
    expect(fr.body.hasPrevious).toBe(false);
    expect(fr.body.style).toContain("@page");
    const en = await guest.get<ReportPage>(`${path}/report?language=en`);
    expect(en.body.body).toContain("Share of voice against the panel");
    const wrong = await guest.get(`${path}/report?language=de`);
    expect(wrong.status).toBe(400);
  });

  it("compares the audit with the last snapshot once there is one", async () => {
    const owner = home.people.owner.client;
    await owner.post(`${path}/snapshots`, { name: "Audit de référence" });
    const page = await owner.get<ReportPage>(`${path}/report?language=fr`);
    expect(page.body.hasPrevious).toBe(true);
    expect(page.body.body).toContain("Comparé à l&#39;instantané « Audit de référence »");
  });

  it("prints the report to a PDF whose pages carry the sections and the charts' words", async () => {
    const response = await fetch(
      `${server.url}/api/v1${path.replace(/^\/api\/v1/, "")}/report.pdf?language=fr`,
      {
        headers: { cookie: home.people.guest.client.cookieHeader() },
      },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(
      /attachment; filename="audit-nantes-co-\d{4}-\d{2}-\d{2}\.pdf"/,
    );
    const dir = mkdtempSync(join(tmpdir(), "cocrea-report-"));
    const file = join(dir, "report.pdf");
    writeFileSync(file, Buffer.from(await response.arrayBuffer()));
    const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
    expect(text).toContain("Audit d'image et de présence");
    expect(text).toContain("Part de voix face au panel");
    expect(text).toContain("Part de voix positive");
    expect(text).toMatch(/Page 1 sur \d+/);
  });
});
