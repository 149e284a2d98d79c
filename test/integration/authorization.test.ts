// The authorization matrix: every workspace route × every role, from the same table the server decides with.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { can } from "../../src/domain/permissions.ts";
import { writeKinds } from "../../src/domain/write-limits/write-limits.ts";
import { accountDataCases, accountDataRoutesOutsideWorkspaces } from "../support/account-data-cases.ts";
import { challengeCases } from "../support/challenge-cases.ts";
import { challengeControlCases } from "../support/challenge-control-cases.ts";
import { challengeTargets } from "../support/challenge-targets.ts";
import { conversationCases } from "../support/conversation-cases.ts";
import { listeningAlertCases } from "../support/listening-alert-cases.ts";
import { listeningCases } from "../support/listening-cases.ts";
import { planCalendarCases } from "../support/plan-calendar-cases.ts";
import { planCases, planPath } from "../support/plan-cases.ts";
import { rawEditingSocket } from "../support/plan-editor.ts";
import { planSessionCases } from "../support/plan-session-cases.ts";
import type { RouteCase } from "../support/route-case.ts";
import { synthesisCases } from "../support/synthesis-cases.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { workspaceCases } from "../support/workspace-cases.ts";
import { allRoles, createWorkspaceFixture, type WorkspaceFixture } from "../support/workspace-fixture.ts";

let server: TestServer;
let home: WorkspaceFixture;
let other: WorkspaceFixture;

beforeAll(async () => {
  // One workspace's people act in every case of the matrix: about who may, not how much (write-limits.test.ts).
  server = await startTestServer({
    WRITE_LIMITS: writeKinds.map((kind) => `${kind}=100000/100000`).join(","),
  });
  home = await createWorkspaceFixture(server, { name: "Home" });
  other = await createWorkspaceFixture(server, { name: "Other" });
});
afterAll(() => server.stop());

const targets = challengeTargets(() => server.database.db);
const cases: RouteCase[] = [
  ...workspaceCases(targets),
  ...challengeCases(targets),
  ...conversationCases(targets),
  ...synthesisCases(targets),
  ...planCases,
  ...planSessionCases,
  ...listeningCases,
  ...challengeControlCases,
  ...planCalendarCases,
  ...accountDataCases,
  ...listeningAlertCases,
];

/** Routes outside any workspace, each covered by accounts, workspaces, live or challenges tests. */
const routesOutsideWorkspaces = [
  "GET /api/v1/session",
  "POST /api/v1/auth/sign-up",
  "POST /api/v1/auth/sign-up/confirm",
  "POST /api/v1/auth/sign-in",
  "POST /api/v1/auth/sign-out",
  "POST /api/v1/auth/anonymous",
  "POST /api/v1/auth/password-reset",
  "POST /api/v1/auth/password-reset/confirm",
  "PATCH /api/v1/me",
  "GET /api/v1/workspaces",
  "POST /api/v1/workspaces",
  "GET /api/v1/invitations/{token}",
  "POST /api/v1/invitations/{token}/accept",
  "GET /api/v1/live",
  // The plan's editing socket: its own matrix below (a WebSocket handshake, not a request).
  "GET /api/v1/workspaces/{workspaceId}/plans/{planId}/editing",
  "GET /api/v1/public/challenges/{challengeId}",
  "POST /api/v1/public/challenges/{challengeId}/join",
  // Covered by debrief.test.ts: public once a public challenge's debrief is published, not-found otherwise.
  "GET /api/v1/public/challenges/{challengeId}/debrief",
  "GET /api/v1/public/challenges/{challengeId}/debrief/live",
  "GET /api/v1/public/challenges/{challengeId}/export/{file}",
  // Covered by public-face.test.ts: public challenges only, never member-only ones, drafts, hidden or held posts.
  "GET /api/v1/public/challenges",
  "GET /api/v1/public/workspaces/{workspaceId}",
  "GET /api/v1/public/challenges/{challengeId}/ideas",
  "GET /api/v1/public/challenges/{challengeId}/ideas/{ideaId}",
  // Each person's own: covered below and in notifications.test.ts.
  "GET /api/v1/notifications",
  "POST /api/v1/notifications/read",
  "GET /api/v1/notifications/unread-count",
  "GET /api/v1/notifications/preferences",
  "PUT /api/v1/notifications/preferences",
  "POST /api/v1/notifications/unsubscribe",
  // Public probes that tell nothing of any workspace: covered by live-recovery.test.ts.
  "GET /api/v1/health",
  "GET /api/v1/health/live",
  ...accountDataRoutesOutsideWorkspaces,
];

describe("authorization", () => {
  it("covers every API route of the OpenAPI document", async () => {
    const doc = await server
      .client()
      .get<{ paths: Record<string, Record<string, unknown>> }>("/api/docs/json");
    const documented = Object.entries(doc.body.paths)
      .filter(([path]) => path.startsWith("/api/"))
      .flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`));
    const covered = new Set([...cases.map((c) => `${c.method} ${c.route}`), ...routesOutsideWorkspaces]);
    expect(documented.filter((route) => !covered.has(route))).toEqual([]);
    expect(documented.length).toBeGreaterThan(15);
  });

  for (const routeCase of cases) {
    describe(`${routeCase.method} ${routeCase.route} (${routeCase.action})`, () => {
      for (const role of allRoles) {
        const allowed = can(role, routeCase.action);
        it(`${allowed ? "allows" : "forbids"} a ${role}`, async () => {
          const { path, body, headers } = await routeCase.prepare(home, role);
          const response = await home.people[role].client.request(routeCase.method, path, body, headers);
          if (allowed) expect(response.status, JSON.stringify(response.body)).toBeLessThan(300);
          else {
            expect(response.status).toBe(403);
            expect(response.body).toMatchObject({ code: "forbidden" });
          }
        });
      }

      it("answers not-found to every role of another workspace, and changes nothing", async () => {
        const { path, body, headers } = await routeCase.prepare(home, "owner");
        for (const role of allRoles) {
          const response = await other.people[role].client.request(routeCase.method, path, body, headers);
          expect(response.status).toBe(404);
          expect(response.body).toMatchObject({ code: "not-found" });
        }
        if (routeCase.method !== "GET") {
          const before = await home.people.owner.client.get(`/api/v1/workspaces/${home.workspaceId}/members`);
          expect(before.status).toBe(200);
        }
      });

      it("answers not-signed-in without a session", async () => {
        const { path, body, headers } = await routeCase.prepare(home, "owner");
        const response = await server.client().request(routeCase.method, path, body, headers);
        expect(response.status).toBe(401);
        expect(response.body).toMatchObject({ code: "not-signed-in" });
      });
    });
  }

  describe("GET /api/v1/workspaces/{workspaceId}/plans/{planId}/editing (plan.read, a WebSocket)", () => {
    for (const role of allRoles) {
      const allowed = can(role, "plan.read");
      it(`${allowed ? "opens" : "refuses"} the editing socket to a ${role}`, async () => {
        const path = `${await planPath(home)}/editing`;
        const opened = await rawEditingSocket(server.url, path, home.people[role].client.cookieHeader());
        expect(opened.status).toBe(allowed ? 101 : 403);
        opened.socket?.close();
      });
    }

    it("refuses it to every role of another workspace, and to a visitor", async () => {
      const path = `${await planPath(home)}/editing`;
      for (const role of allRoles) {
        const opened = await rawEditingSocket(server.url, path, other.people[role].client.cookieHeader());
        expect(opened.status).toBe(404);
      }
      expect((await rawEditingSocket(server.url, path)).status).toBe(401);
    });
  });

  it("keeps notification preferences and the unread count to their own person; unsubscribing needs only a token", async () => {
    const visitor = server.client();
    for (const [method, path] of [
      ["GET", "/api/v1/notifications/unread-count"],
      ["GET", "/api/v1/notifications/preferences"],
      ["PUT", "/api/v1/notifications/preferences"],
    ] as const) {
      const response = await visitor.request(
        method,
        path,
        method === "PUT" ? { preferences: [] } : undefined,
      );
      expect(response.status).toBe(401);
      expect(response.body).toMatchObject({ code: "not-signed-in" });
    }
    const { owner, participant } = home.people;
    const saved = await participant.client.request("PUT", "/api/v1/notifications/preferences", {
      preferences: [{ kind: "phase-changed", inApp: false, email: false }],
    });
    expect(saved.status).toBe(200);
    type Prefs = { preferences: Array<{ kind: string; inApp: boolean }> };
    const others = await owner.client.get<Prefs>("/api/v1/notifications/preferences");
    expect(others.body.preferences.find((p) => p.kind === "phase-changed")?.inApp).toBe(true);
    expect((await owner.client.get("/api/v1/notifications/unread-count")).status).toBe(200);
    // Public: no session needed, but a forged token changes nothing.
    const forged = await visitor.post("/api/v1/notifications/unsubscribe", {
      token: `${owner.userId}.phase-changed.AAAA`,
    });
    expect(forged.status).toBe(400);
    expect(forged.body).toMatchObject({ code: "unsubscribe-token-invalid" });
  });

  it("cannot reach a member or invitation of another workspace through one's own workspace id", async () => {
    const owner = home.people.owner.client;
    const stranger = other.people.participant;
    const { invitationId } = await other.invite("participant");
    const base = `/api/v1/workspaces/${home.workspaceId}`;
    expect((await owner.patch(`${base}/members/${stranger.userId}`, { role: "guest" })).status).toBe(404);
    expect((await owner.delete(`${base}/members/${stranger.userId}`)).status).toBe(404);
    expect((await owner.delete(`${base}/invitations/${invitationId}`)).status).toBe(404);
    const still = await other.people.owner.client.get<{ members: Array<{ userId: string; role: string }> }>(
      `/api/v1/workspaces/${other.workspaceId}/members`,
    );
    expect(still.body.members.find((m) => m.userId === stranger.userId)?.role).toBe("participant");
    const invitations = await other.people.owner.client.get<{ invitations: Array<{ id: string }> }>(
      `/api/v1/workspaces/${other.workspaceId}/invitations`,
    );
    expect(invitations.body.invitations.map((i) => i.id)).toContain(invitationId);
  });

  it("cannot reach a challenge or idea of another workspace through one's own workspace id", async () => {
    const owner = home.people.owner.client;
    const { challengeId, ideaId } = await targets.openChallengeOf(other);
    const base = `/api/v1/workspaces/${home.workspaceId}`;
    expect((await owner.get(`${base}/challenges/${challengeId}`)).status).toBe(404);
    expect((await owner.patch(`${base}/challenges/${challengeId}`, { title: "Pris" })).status).toBe(404);
    expect((await owner.get(`${base}/challenges/${challengeId}/ideas`)).status).toBe(404);
    expect((await owner.get(`${base}/ideas/${ideaId}`)).status).toBe(404);
    expect((await owner.request("PUT", `${base}/ideas/${ideaId}/support`)).status).toBe(404);
    expect((await owner.post(`${base}/ideas/${ideaId}/comments`, { body: "Intrus" })).status).toBe(404);
    expect((await owner.delete(`${base}/ideas/${ideaId}`)).status).toBe(404);
    const still = await other.people.owner.client.get<{
      idea: { title: string; supportCount: number; commentCount: number };
    }>(`/api/v1/workspaces/${other.workspaceId}/ideas/${ideaId}`);
    expect(still.status).toBe(200);
    expect(still.body.idea).toMatchObject({ supportCount: 0, commentCount: 0 });
    const challenge = await other.people.owner.client.get<{ challenge: { title: string } }>(
      `/api/v1/workspaces/${other.workspaceId}/challenges/${challengeId}`,
    );
    expect(challenge.body.challenge.title).not.toBe("Pris");
  });

  it("answers not-found for a malformed workspace id", async () => {
    const response = await home.people.owner.client.get("/api/v1/workspaces/not-a-uuid");
    expect(response.status).toBe(404);
  });
});
