import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  CompareBody,
  PlanExportsBody,
  PlanSessionsBody,
  SessionBody,
} from "../../src/contracts/plan-sessions.ts";
import type { Context } from "../../src/domain/context.ts";
import { createDemoPlan } from "../../src/domain/demo/create-demo-plan.ts";
import { createDemoSessions } from "../../src/domain/demo/create-demo-sessions.ts";
import { openLiveSocket } from "../support/live-socket.ts";
import { createPlan, editSection, scheduleSession, workspaceApi } from "../support/plan-fixture.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { createWorkspaceFixture, type WorkspaceFixture } from "../support/workspace-fixture.ts";

let server: TestServer;
let w: WorkspaceFixture;
let other: WorkspaceFixture;
beforeAll(async () => {
  server = await startTestServer();
  w = await createWorkspaceFixture(server);
  other = await createWorkspaceFixture(server, { name: "Autre" });
});
afterAll(() => server.stop());

const api = () => workspaceApi(w.workspaceId);
type One = { session: SessionBody };

async function count(table: string, planId: string): Promise<number> {
  const result = await server.database.db.execute<{ n: number }>(
    sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)} WHERE plan_id = ${planId}`,
  );
  return result.rows[0]?.n ?? -1;
}

describe("working sessions", () => {
  it("schedules a session with attendees and an agenda, refusing a participant as attendee and storing nothing", async () => {
    const { manager, guest, participant } = w.people;
    const planId = await createPlan(manager.client, w.workspaceId);
    const refused = await manager.client.post(`${api()}/plans/${planId}/sessions`, {
      title: "Session 1",
      scheduledAt: "2027-03-02T09:00:00.000Z",
      attendeeIds: [guest.userId, participant.userId],
      agenda: [{ title: "Diagnostic", durationMinutes: 30 }],
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ code: "invalid-input", field: "attendeeIds/1" });
    const badAgenda = await manager.client.post(`${api()}/plans/${planId}/sessions`, {
      title: "Session 1",
      scheduledAt: "2027-03-02T09:00:00.000Z",
      attendeeIds: [],
      agenda: [{ title: "Diagnostic", durationMinutes: 0 }],
    });
    expect(badAgenda.status).toBe(400);
    expect(await count("plan_sessions", planId)).toBe(0);

    const created = await manager.client.post<One>(`${api()}/plans/${planId}/sessions`, {
      title: "Session 1",
      scheduledAt: "2027-03-02T09:00:00.000Z",
      attendeeIds: [guest.userId, manager.userId],
      agenda: [
        { title: "Diagnostic", durationMinutes: 30 },
        { title: "Objectifs", durationMinutes: 45 },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.body.session).toMatchObject({ title: "Session 1", status: "scheduled", version: null });
    expect(created.body.session.attendees.map((a) => a.userId).sort()).toEqual(
      [guest.userId, manager.userId].sort(),
    );
    expect(created.body.session.agenda).toEqual([
      { title: "Diagnostic", durationMinutes: 30 },
      { title: "Objectifs", durationMinutes: 45 },
    ]);
    // The client reads it, and writes the minutes with the consultant.
    const notes = await guest.client.patch<One>(`${api()}/plan-sessions/${created.body.session.id}`, {
      notes: "Simon veut toucher les familles.",
    });
    expect(notes.body.session.notes).toBe("Simon veut toucher les familles.");
  });

  it("records decisions, paths, urgent needs and deliverables, and both people's pages hear each one", async () => {
    const { manager, guest } = w.people;
    const planId = await createPlan(manager.client, w.workspaceId);
    const sessionId = await scheduleSession(manager.client, w.workspaceId, planId);
    const live = await openLiveSocket(guest.client);
    live.send({ type: "subscribe", workspaceId: w.workspaceId });
    await live.waitFor((m) => m.type === "subscribed");
    const base = `${api()}/plan-sessions/${sessionId}`;

    const wrongOption = await manager.client.post(`${base}/decisions`, {
      statement: "Viser d'abord les familles",
      options: ["Familles", "Retraités"],
      chosenOption: "Étudiants",
    });
    expect(wrongOption.body).toMatchObject({ code: "invalid-input", field: "chosenOption" });
    const decided = await manager.client.post<One>(`${base}/decisions`, {
      statement: "Viser d'abord les familles",
      options: ["Familles", "Retraités"],
      chosenOption: "Familles",
      carriedBy: guest.userId,
      reviewOn: "2026-12-01",
    });
    expect(decided.status).toBe(201);
    expect(decided.body.session.decisions[0]).toMatchObject({
      chosenOption: "Familles",
      carriedBy: { userId: guest.userId },
      reviewOn: "2026-12-01",
      reviewDue: true,
    });
    const heard = await live.waitFor((m) => m.type === "event" && m.event.type === "decision.recorded");
    expect(heard).toMatchObject({ event: { data: { planId, sessionId } } });

    const noWhy = await guest.client.post(`${base}/paths`, {
      title: "Une application mobile",
      status: "abandoned",
    });
    expect(noWhy.body).toMatchObject({ code: "invalid-input", field: "reason" });
    const path = await guest.client.post<One>(`${base}/paths`, { title: "Une application mobile" });
    const pathId = path.body.session.paths[0]?.id ?? "";
    const abandoned = await guest.client.request<One>("PUT", `${api()}/plan-paths/${pathId}/status`, {
      status: "abandoned",
      reason: "Trop coûteuse pour un premier pas",
    });
    expect(abandoned.body.session.paths[0]).toMatchObject({
      status: "abandoned",
      reason: "Trop coûteuse pour un premier pas",
    });
    await live.waitFor((m) => m.type === "event" && m.event.type === "path.updated");

    const need = await manager.client.post<One>(`${base}/needs`, {
      need: "Annoncer la fermeture du parking",
      kind: "post",
      response: "Publication Facebook du 12",
      metOn: "2027-02-12",
    });
    expect(need.body.session.needs).toHaveLength(1);

    const pdfBytes = Buffer.from("%PDF-1.4 affiche");
    const file = await manager.client.post<One>(`${base}/deliverables`, {
      title: "Affiche de mars",
      file: { name: "affiche.pdf", mediaType: "application/pdf", base64: pdfBytes.toString("base64") },
    });
    expect(file.status).toBe(201);
    const deliverable = file.body.session.deliverables[0];
    expect(deliverable).toMatchObject({ status: "draft", file: { name: "affiche.pdf" } });
    const download = await fetch(`${server.url}${deliverable?.file?.url}`, {
      headers: { cookie: guest.client.cookieHeader() },
    });
    expect(Buffer.from(await download.arrayBuffer())).toEqual(pdfBytes);
    const html = await manager.client.post(`${base}/deliverables`, {
      title: "Page",
      file: { name: "x.html", mediaType: "text/html", base64: "PGI+" },
    });
    expect(html.body).toMatchObject({ code: "unsupported-media-type", field: "file/mediaType" });

    const status = `${api()}/plan-deliverables/${deliverable?.id}/status`;
    expect((await guest.client.request("PUT", status, { status: "changes-asked" })).body).toMatchObject({
      field: "note",
    });
    const asked = await guest.client.request<One>("PUT", status, {
      status: "changes-asked",
      note: "Plus de couleurs",
    });
    expect(asked.body.session.deliverables[0]).toMatchObject({
      status: "changes-asked",
      statusNote: "Plus de couleurs",
    });
    live.close();
  });

  it("closes a session into a version, lists what changed since the last one, and freezes its record", async () => {
    const { manager, guest } = w.people;
    const planId = await createPlan(manager.client, w.workspaceId);
    const first = await scheduleSession(manager.client, w.workspaceId, planId);
    const closed = await manager.client.post<One>(`${api()}/plan-sessions/${first}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body.session.status).toBe("closed");
    expect(closed.body.session.version?.number).toBe(1);
    // The first version holds every section as new.
    expect(closed.body.session.version?.changes.every((c) => c.change === "added")).toBe(true);

    const late = await guest.client.post(`${api()}/plan-sessions/${first}/decisions`, {
      statement: "Trop tard",
    });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: "session-closed" });
    expect(await count("plan_decisions", planId)).toBe(0);
    expect((await manager.client.post(`${api()}/plan-sessions/${first}/close`)).status).toBe(409);

    await editSection(
      server.database.db,
      planId,
      "Contexte et diagnostic",
      "Le marché attire peu de familles.",
    );
    const second = await scheduleSession(manager.client, w.workspaceId, planId, {
      scheduledAt: "2027-03-09T09:00:00.000Z",
    });
    const again = await manager.client.post<One>(`${api()}/plan-sessions/${second}/close`);
    expect(again.body.session.version).toMatchObject({
      number: 2,
      changes: [{ title: "Contexte et diagnostic", change: "changed" }],
    });

    const compare = await guest.client.get<CompareBody>(
      `${api()}/plans/${planId}/versions/compare?from=1&to=2`,
    );
    const context = compare.body.sections.find((s) => s.title === "Contexte et diagnostic");
    expect(context?.change).toBe("changed");
    expect(context?.parts.filter((p) => p.change === "added").map((p) => p.text.trim())).toContain(
      "Le marché attire peu de familles.",
    );
    const missing = await guest.client.get(`${api()}/plans/${planId}/versions/compare?from=1&to=9`);
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ field: "to" });
    const all = await guest.client.get<PlanSessionsBody>(`${api()}/plans/${planId}/sessions`);
    expect(all.body.versions.map((v) => v.number)).toEqual([2, 1]);
  });

  it("keeps plan sessions away from participants and from other workspaces", async () => {
    const { manager, participant } = w.people;
    const planId = await createPlan(manager.client, w.workspaceId);
    const sessionId = await scheduleSession(manager.client, w.workspaceId, planId);
    expect((await participant.client.get(`${api()}/plans/${planId}/sessions`)).status).toBe(403);
    const stranger = other.people.owner.client;
    const otherApi = workspaceApi(other.workspaceId);
    expect((await stranger.get(`${otherApi}/plans/${planId}/sessions`)).status).toBe(404);
    expect(
      (await stranger.post(`${otherApi}/plan-sessions/${sessionId}/decisions`, { statement: "Intrus" }))
        .status,
    ).toBe(404);
    expect((await stranger.post(`${otherApi}/plan-sessions/${sessionId}/close`)).status).toBe(404);
    expect(await count("plan_decisions", planId)).toBe(0);
  });
});

describe("the demo", () => {
  it("gives the demo plan three past sessions with decisions, an abandoned path, two urgent needs and deliverables", async () => {
    const ctx = { db: server.database.db, now: new Date() } as Context;
    const { manager, guest, owner } = w.people;
    const plan = await createDemoPlan(ctx, w.workspaceId, manager.userId);
    await createDemoSessions(ctx, w.workspaceId, plan.id, {
      managerId: manager.userId,
      guestId: guest.userId,
      ownerId: owner.userId,
    });
    const { body } = await guest.client.get<PlanSessionsBody>(`${api()}/plans/${plan.id}/sessions`);
    expect(body.sessions.map((s) => s.status)).toEqual(["closed", "closed", "closed"]);
    expect(body.versions.map((v) => v.number)).toEqual([3, 2, 1]);
    const sessions = body.sessions;
    expect(sessions.flatMap((s) => s.decisions).length).toBeGreaterThanOrEqual(2);
    expect(sessions.flatMap((s) => s.paths).filter((p) => p.status === "abandoned" && p.reason)).toHaveLength(
      1,
    );
    expect(sessions.flatMap((s) => s.needs)).toHaveLength(2);
    expect(
      sessions
        .flatMap((s) => s.deliverables)
        .map((d) => d.status)
        .sort(),
    ).toEqual(["changes-asked", "validated"]);
    expect(body.sessions.every((s) => new Date(s.scheduledAt) < ctx.now)).toBe(true);
  });
});

describe("exports", () => {
  it("exports at any moment, with the annex, and says what changed since the last delivered export", async () => {
    const { manager, guest } = w.people;
    const planId = await createPlan(manager.client, w.workspaceId);
    const sessionId = await scheduleSession(manager.client, w.workspaceId, planId);
    await guest.client.post(`${api()}/plan-sessions/${sessionId}/paths`, {
      title: "Un jeu-concours",
      status: "abandoned",
      reason: "Le règlement coûte trop cher",
    });
    const md = await guest.client.get<string>(`${api()}/plans/${planId}/export?format=markdown&annex=true`);
    expect(md.status).toBe(200);
    const text = String(md.body);
    expect(text).toContain("## Contexte et diagnostic");
    expect(text).toContain("Un jeu-concours (abandonnée) — Pourquoi : Le règlement coûte trop cher");
    const exportId = md.headers.get("x-export-id") ?? "";

    expect((await guest.client.post(`${api()}/plan-exports/${exportId}/delivered`)).status).toBe(403);
    const delivered = await manager.client.post<{ export: { deliveredAt: string | null } }>(
      `${api()}/plan-exports/${exportId}/delivered`,
    );
    expect(delivered.body.export.deliveredAt).not.toBeNull();
    const none = await guest.client.get<PlanExportsBody>(`${api()}/plans/${planId}/exports`);
    expect(none.body.changesSinceDelivery).toEqual([]);
    await editSection(server.database.db, planId, "Publics", "Les familles du canton.");
    const after = await guest.client.get<PlanExportsBody>(`${api()}/plans/${planId}/exports`);
    expect(after.body.changesSinceDelivery).toEqual([
      expect.objectContaining({ title: "Publics", change: "changed" }),
    ]);
    const next = await guest.client.get<string>(`${api()}/plans/${planId}/export?format=markdown`);
    expect(String(next.body)).toMatch(/Ce qui a changé depuis le dernier envoi.*\n> - Publics : modifiée/);
  });

  it("exports an empty plan cleanly as PDF, DOCX and Markdown", async () => {
    const planId = await createPlan(w.people.manager.client, w.workspaceId, "blank");
    const dir = mkdtempSync(join(tmpdir(), "cocrea-plan-export-"));
    for (const format of ["pdf", "docx", "markdown"] as const) {
      const response = await fetch(`${server.url}${api()}/plans/${planId}/export?format=${format}`, {
        headers: { cookie: w.people.guest.client.cookieHeader() },
      });
      expect(response.status, format).toBe(200);
      const bytes = Buffer.from(await response.arrayBuffer());
      const path = join(dir, `plan.${format}`);
      writeFileSync(path, bytes);
      if (format === "pdf")
        expect(execFileSync("pdftotext", [path, "-"], { encoding: "utf8" })).toContain(
          "pas encore de section",
        );
      if (format === "docx")
        expect(execFileSync("unzip", ["-p", path, "word/document.xml"], { encoding: "utf8" })).toContain(
          "pas encore de section",
        );
      if (format === "markdown") expect(bytes.toString()).toContain("Ce plan n'a pas encore de section.");
    }
  }, 90_000);

  it("refuses an unknown format naming the parameter", async () => {
    const planId = await createPlan(w.people.manager.client, w.workspaceId, "blank");
    const response = await w.people.guest.client.get(`${api()}/plans/${planId}/export?format=odt`);
    expect(response.status).toBe(400);
  });
});
