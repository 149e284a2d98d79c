// Listening alert rules: set and checked through the API, judged after imports, fired once, heard by readers only.
import { sql } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Database, openDatabase } from "../../src/db/open-database.ts";
import { judgeAlertRules } from "../../src/domain/listening/judge-alert-rules.ts";
import { createProject, importFile } from "../support/listening-fixture.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { createWorkspaceFixture, type WorkspaceFixture } from "../support/workspace-fixture.ts";

let server: TestServer;
let second: Database;
beforeAll(async () => {
  server = await startTestServer();
  second = await openDatabase({
    databaseUrl: inject("databaseUrl"),
    dataDir: "",
    logger: pino({ level: "silent" }),
  });
});
afterAll(async () => {
  await second.close();
  await server.stop();
});

const hour = 3_600_000;
type Client = WorkspaceFixture["people"]["owner"]["client"];
type Listed = {
  notifications: Array<{
    kind: string;
    challenge: unknown;
    listeningProject: { id: string; name: string } | null;
    details: { type: string; alert?: string; mentions?: number; from?: string } | null;
  }>;
};

let serial = 0;
/** A CSV of `perDay(i)` mentions on each of `days` days from `first` (YYYY-MM-DD), every text distinct. */
function csvOf(first: string, days: number, perDay: (i: number) => number): string {
  const lines = ["id;date;author;source;channel;text"];
  for (let i = 0; i < days; i++) {
    const day = new Date(Date.parse(`${first}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10);
    for (let k = 0; k < perDay(i); k++) {
      serial += 1;
      lines.push(
        `m${serial};${day}T${String(8 + (k % 12)).padStart(2, "0")}:00:00Z;@p${k};x.com;social;Nantes message ${serial} sur le tram`,
      );
    }
  }
  return lines.join("\n");
}

const alertsOf = async (w: WorkspaceFixture, client: Client) =>
  (await client.get<Listed>(`/api/v1/workspaces/${w.workspaceId}/notifications`)).body.notifications.filter(
    (n) => n.kind === "listening-alert",
  );

describe("alert rules", () => {
  it("are set, edited, paused and deleted by managers, read by guests, refused with the field at fault", async () => {
    const w = await createWorkspaceFixture(server);
    const path = await createProject(w.people.owner.client, w.workspaceId);
    const alerts = `${path}/alerts`;
    const { manager, guest, participant } = w.people;

    const bad = await manager.client.post(`${alerts}/rules`, {
      name: "Requête",
      kind: "query-match",
      settings: { query: '"tram' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: "invalid-input", field: "settings/query" });
    const noBrand = await manager.client.post(`${alerts}/rules`, {
      name: "Pic",
      kind: "volume-spike",
      settings: { brand: "Brest" },
    });
    expect(noBrand.body).toMatchObject({ code: "invalid-input", field: "settings/brand" });
    expect((await manager.client.get<{ rules: unknown[] }>(alerts)).body.rules).toEqual([]);

    const made = await manager.client.post<{
      rule: { id: string; settings: unknown; minIntervalHours: number };
    }>(`${alerts}/rules`, { name: "Chute du ton", kind: "negative-surge", settings: { drop: 0.4 } });
    expect(made.status).toBe(201);
    expect(made.body.rule).toMatchObject({
      settings: { drop: 0.4, windowDays: 7, minimumMentions: 20 },
      minIntervalHours: 24,
    });
    const rule = `${alerts}/rules/${made.body.rule.id}`;
    const paused = await manager.client.request<{ rule: { paused: boolean; name: string } }>("PATCH", rule, {
      paused: true,
      name: "Ton",
    });
    expect(paused.body.rule).toMatchObject({ paused: true, name: "Ton" });
    expect((await guest.client.request("PATCH", rule, { paused: false })).status).toBe(403);
    const read = await guest.client.get<{ rules: Array<{ name: string }>; subscribed: boolean }>(alerts);
    expect(read.body).toMatchObject({ rules: [{ name: "Ton" }], subscribed: false });
    expect((await participant.client.get(alerts)).status).toBe(403);
    expect((await manager.client.request("DELETE", rule)).status).toBe(204);
    expect((await manager.client.request("DELETE", rule)).status).toBe(404);
  });
});

describe("notifications about a listening project", () => {
  it("are refused by the database without their project and details", async () => {
    const w = await createWorkspaceFixture(server);
    const insert = (subject: ReturnType<typeof sql>) =>
      server.database.db.execute(sql`
        INSERT INTO notifications (workspace_id, user_id, kind, listening_project_id, details)
        SELECT ${w.workspaceId}, user_id, 'listening-alert', ${subject} FROM memberships
        WHERE workspace_id = ${w.workspaceId} AND role = 'owner'`);
    await expect(insert(sql`NULL, '{"type":"listening-alert"}'::jsonb`)).rejects.toMatchObject({
      cause: expect.objectContaining({ constraint: "notifications_subject_check" }),
    });
    const path = await createProject(w.people.owner.client, w.workspaceId);
    await expect(insert(sql`${path.split("/").at(-1)}::uuid, NULL`)).rejects.toMatchObject({
      cause: expect.objectContaining({ constraint: "notifications_subject_check" }),
    });
  });
});

describe("alerts", () => {
  it("fire once on a spike, stay quiet within their interval, and reach only readers who follow them", async () => {
    const w = await createWorkspaceFixture(server);
    const { owner, manager, guest, participant } = w.people;
    const path = await createProject(owner.client, w.workspaceId);
    const alerts = `${path}/alerts`;
    // The manager follows by setting the rule; the guest asks to; the owner does not.
    const made = await manager.client.post<{ rule: { id: string } }>(`${alerts}/rules`, {
      name: "Pic de volume",
      kind: "volume-spike",
      minIntervalHours: 24,
    });
    expect(made.status).toBe(201);
    expect((await guest.client.request("PUT", `${alerts}/subscription`, { subscribed: true })).status).toBe(
      200,
    );
    expect(
      (await participant.client.request("PUT", `${alerts}/subscription`, { subscribed: true })).status,
    ).toBe(403);
    // A follower who no longer reads listening projects (a role taken away) must not hear of them.
    await server.database.db.execute(sql`
      INSERT INTO listening_alert_subscribers (project_id, user_id, workspace_id)
      SELECT ${path.split("/").at(-1)}::uuid, user_id, workspace_id FROM memberships
      WHERE workspace_id = ${w.workspaceId} AND role = 'participant'`);

    // Two quiet weeks, then 30 mentions on 2025-03-15.
    const first = await importFile(
      owner.client,
      path,
      csvOf("2025-03-01", 15, (i) => (i === 14 ? 30 : 3)),
      undefined,
      "a.csv",
    );
    expect(first.status).toBe("done");
    const t0 = new Date();
    const [a, b] = await Promise.all([
      judgeAlertRules({ db: server.database.db, now: t0 }),
      judgeAlertRules({ db: second.db, now: t0 }),
    ]);
    expect(a + b).toBe(1);
    const heard = await alertsOf(w, manager.client);
    expect(heard).toEqual([
      expect.objectContaining({
        challenge: null,
        listeningProject: expect.objectContaining({ name: "Audit Nantes" }),
        details: expect.objectContaining({
          type: "listening-alert",
          alert: "volume-spike",
          from: "2025-03-15",
          mentions: 30,
        }),
      }),
    ]);
    expect(await alertsOf(w, guest.client)).toHaveLength(1);
    expect(await alertsOf(w, owner.client)).toEqual([]);
    expect(await alertsOf(w, participant.client)).toEqual([]);
    // Judging again without a new import fires nothing.
    expect(await judgeAlertRules({ db: server.database.db, now: new Date(t0.getTime() + hour) })).toBe(0);

    // A week later, a new spike on 2025-03-23, an hour after the first alert: within the 24 hours, quiet.
    await importFile(
      owner.client,
      path,
      csvOf("2025-03-16", 8, (i) => (i === 7 ? 35 : 3)),
      undefined,
      "b.csv",
    );
    expect(await judgeAlertRules({ db: server.database.db, now: new Date(t0.getTime() + hour) })).toBe(0);
    expect(await alertsOf(w, manager.client)).toHaveLength(1);

    // More mentions of that day come in after the interval: the new spike fires, once.
    await importFile(
      owner.client,
      path,
      csvOf("2025-03-23", 1, () => 5),
      undefined,
      "c.csv",
    );
    const later = new Date(t0.getTime() + 25 * hour);
    expect(await judgeAlertRules({ db: server.database.db, now: later })).toBe(1);
    const both = await alertsOf(w, manager.client);
    expect(both.map((n) => n.details?.from)).toEqual(["2025-03-23", "2025-03-15"]);

    const page = await guest.client.get<{ rules: Array<{ lastFiredAt: string | null }>; firings: unknown[] }>(
      alerts,
    );
    expect(page.body.rules[0]?.lastFiredAt).toBe(later.toISOString());
    expect(page.body.firings).toHaveLength(2);

    // The e-mail goes out in the person's language, with a link to the project's alerts.
    const mail = await until(() =>
      server.mails.find((m) => m.to === w.people.manager.email && m.subject.includes("Pic de volume")),
    );
    expect(mail.subject).toBe("Alerte « Pic de volume » : Audit Nantes");
    expect(mail.text).toContain(`/workspaces/${w.workspaceId}/listening/${path.split("/").at(-1)}/alerts`);
  });

  it("match a query in the mentions imported since the rule last looked", async () => {
    const w = await createWorkspaceFixture(server);
    const { owner, manager } = w.people;
    const path = await createProject(owner.client, w.workspaceId);
    await importFile(
      owner.client,
      path,
      "id;date;text\nq1;2025-03-01;Nantes et son tram en panne\n",
      undefined,
      "q1.csv",
    );
    const made = await manager.client.post<{ rule: { id: string } }>(`${path}/alerts/rules`, {
      name: "Tram",
      kind: "query-match",
      settings: { query: "tram -vélo" },
    });
    await importFile(
      owner.client,
      path,
      "id;date;text\nq2;2025-03-02;Le tram de Nantes encore bloqué\nq3;2025-03-02;Le tram et le vélo à Nantes\nq4;2025-03-02;Nantes sous la pluie\n",
      undefined,
      "q2.csv",
    );
    expect(await judgeAlertRules({ db: server.database.db, now: new Date() })).toBe(1);
    const [alert] = await alertsOf(w, manager.client);
    expect(alert?.details).toMatchObject({
      alert: "query-match",
      mentions: 1,
      excerpt: "Le tram de Nantes encore bloqué",
    });

    // Paused, the rule looks at nothing; resumed, only at the imports that end afterwards.
    const rule = `${path}/alerts/rules/${made.body.rule.id}`;
    await manager.client.request("PATCH", rule, { paused: true });
    await importFile(
      owner.client,
      path,
      "id;date;text\nq5;2025-03-03;Le tram de Nantes à l'arrêt\n",
      undefined,
      "q3.csv",
    );
    expect(await judgeAlertRules({ db: server.database.db, now: new Date(Date.now() + 30 * hour) })).toBe(0);
    await manager.client.request("PATCH", rule, { paused: false });
    expect(await judgeAlertRules({ db: server.database.db, now: new Date(Date.now() + 30 * hour) })).toBe(0);
    await importFile(
      owner.client,
      path,
      "id;date;text\nq6;2025-03-04;Un tram neuf pour Nantes\n",
      undefined,
      "q4.csv",
    );
    expect(await judgeAlertRules({ db: server.database.db, now: new Date(Date.now() + 30 * hour) })).toBe(1);
    expect((await alertsOf(w, manager.client)).map((n) => n.details?.mentions)).toEqual([1, 1]);
  });
});

async function until<T>(probe: () => T | undefined, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const found = probe();
    if (found !== undefined) return found;
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
