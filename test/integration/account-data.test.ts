// A person's own data and settings: the export (JSON and CSV), password and e-mail changes, contributions, and logs
// that keep nothing of an erased person.
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { createLogger } from "../../src/logger.ts";
import { type ApiClient, testPassword } from "../support/api-client.ts";
import { actedScene, type Scene } from "../support/data-rights-fixture.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { createWorkspaceFixture, type WorkspaceFixture } from "../support/workspace-fixture.ts";

let server: TestServer;
let w: WorkspaceFixture;
let scene: Scene;
const logLines: string[] = [];

beforeAll(async () => {
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(chunk.toString("utf8"));
      done();
    },
  });
  server = await startTestServer({}, { logger: createLogger("info", { human: false, destination }) });
  w = await createWorkspaceFixture(server, { name: "Export" });
  scene = await actedScene(w);
});
afterAll(() => server.stop());

type Export = {
  account: { id: string; email: string; name: string };
  datasets: Array<{ name: string; columns: string[]; rows: Array<Record<string, unknown>> }>;
};

describe("exporting one's data", () => {
  it("gives the account and every dataset that references the person, secrets left out", async () => {
    const response = await scene.erased.client.get<Export>("/api/v1/me/data");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain("attachment");
    const { account, datasets } = response.body;
    expect(account).toMatchObject({ id: scene.erased.userId, email: scene.erased.email });
    const rows = (name: string) => datasets.find((d) => d.name === name)?.rows ?? [];
    expect(rows("memberships")).toHaveLength(1);
    expect(rows("ideas").map((r) => r.id)).toEqual([scene.erasedIdea]);
    expect(rows("comments").map((r) => r.id)).toEqual([scene.erasedComment]);
    expect(rows("reactions")).toMatchObject([{ idea_id: scene.firstIdea, emotion: "love" }]);
    expect(rows("supports")).toMatchObject([{ idea_id: scene.firstIdea }]);
    expect(rows("statements")).toMatchObject([{ body: "Le marché doit ouvrir le soir." }]);
    expect(rows("conversation_participants")).toHaveLength(1);
    expect(rows("sessions").length).toBeGreaterThan(0);
    const text = JSON.stringify(response.body);
    expect(text).not.toContain("password_hash");
    expect(text).not.toContain("argon2");
    // Others' contributions are not the person's data.
    expect(text).not.toContain("Oui, et des jeux d'eau.");
    expect(datasets.find((d) => d.name === "sessions")?.columns).not.toContain("id");
  });

  it("gives each dataset as CSV with formulas neutralized, and names the datasets there are when one is unknown", async () => {
    const csv = await scene.erased.client.get<string>("/api/v1/me/data/ideas.csv");
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const [header, line] = csv.body.replace(/^\uFEFF/, "").split("\r\n");
    expect(header?.split(",")).toContain("title");
    expect(line).toContain(`"'=HYPERLINK(""http://x"") un marché de nuit"`);
    const unknown = await scene.erased.client.get("/api/v1/me/data/passwords.csv");
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: "not-found", field: "file" });
    expect((await scene.erased.client.get("/api/v1/me/data/../x.csv")).status).toBeGreaterThanOrEqual(400);
  });

  it("is the person's own only: a visitor is refused, and a forged request erases nothing", async () => {
    const visitor = server.client();
    expect((await visitor.get("/api/v1/me/data")).status).toBe(401);
    expect((await visitor.get("/api/v1/me/data/ideas.csv")).status).toBe(401);
    expect((await visitor.get("/api/v1/me/contributions")).status).toBe(401);
    // A page of another site cannot erase the account: without the session's CSRF token, nothing happens.
    const forged = await scene.erased.client.request(
      "POST",
      "/api/v1/me/erasure",
      { password: testPassword },
      { "x-csrf-token": "forged" },
    );
    expect(forged.status).toBe(403);
    expect((await scene.erased.client.get("/api/v1/me/data")).status).toBe(200);
  });

  it("lists the person's contributions across workspaces with where they are", async () => {
    const list = await scene.erased.client.get<{
      ideas: Array<{ id: string; workspaceId: string; challengeId: string }>;
      comments: Array<{ id: string; ideaId: string }>;
    }>("/api/v1/me/contributions");
    expect(list.status).toBe(200);
    expect(list.body.ideas).toMatchObject([
      { id: scene.erasedIdea, workspaceId: w.workspaceId, challengeId: scene.challengeId },
    ]);
    expect(list.body.comments).toMatchObject([{ id: scene.erasedComment, ideaId: scene.firstIdea }]);
  });
});

describe("changing one's password and e-mail", () => {
  it("changes the password with the current one, ends the other sessions and keeps this one", async () => {
    const person = await server.signedUp("Camille Martin");
    const elsewhere = server.client();
    await elsewhere.post("/api/v1/auth/sign-in", { email: person.email, password: testPassword });
    const wrong = await person.client.post("/api/v1/me/password", {
      currentPassword: "not it at all",
      newPassword: "une phrase bien plus longue",
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ field: "currentPassword" });
    const weak = await person.client.post("/api/v1/me/password", {
      currentPassword: testPassword,
      newPassword: "court",
    });
    expect(weak.body).toMatchObject({ code: "weak-password", field: "newPassword" });
    const changed = await person.client.post("/api/v1/me/password", {
      currentPassword: testPassword,
      newPassword: "une phrase bien plus longue",
    });
    expect(changed.status).toBe(204);
    expect((await person.client.get("/api/v1/me/contributions")).status).toBe(200);
    expect((await elsewhere.get("/api/v1/me/contributions")).status).toBe(401);
    const old = await server
      .client()
      .post("/api/v1/auth/sign-in", { email: person.email, password: testPassword });
    expect(old.status).toBe(401);
  });

  it("keeps the old address until the link sent to the new one is opened, once", async () => {
    const person = await server.signedUp("Noé Lefèvre");
    const fresh = `new-${person.email}`;
    const asked = await person.client.post("/api/v1/me/email", { email: fresh, password: testPassword });
    expect(asked.status).toBe(202);
    const mail = server.mails.findLast((m) => m.to === fresh);
    expect(server.mails.some((m) => m.to === person.email && /address|adresse/.test(m.subject))).toBe(true);
    const token = mail?.text.match(/token=([\w-]+)/)?.[1];
    expect(token).toBeDefined();
    const session = await person.client.get<{ user: { email: string } }>("/api/v1/session");
    expect(session.body.user.email).toBe(person.email);
    const confirmed = await server
      .client()
      .post<{ user: { email: string } }>("/api/v1/me/email/confirm", { token });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.user.email).toBe(fresh);
    const again = await server.client().post("/api/v1/me/email/confirm", { token });
    expect(again.body).toMatchObject({ code: "email-change-invalid" });
    expect(
      (await server.client().post("/api/v1/auth/sign-in", { email: fresh, password: testPassword })).status,
    ).toBe(200);
  });
});

describe("logs around an erasure", () => {
  it("write neither the e-mail nor the name of the erased person", async () => {
    const person = await w.addMember("participant");
    const name = "Gwendoline Kerjean";
    expect((await person.client.patch("/api/v1/me", { name })).status).toBe(200);
    const from = logLines.length;
    const erased = await person.client.post("/api/v1/me/erasure", { password: testPassword });
    expect(erased.status).toBe(200);
    await person.client.get("/api/v1/me/data");
    const written = logLines.slice(from).join("");
    expect(written).toContain("/api/v1/me/erasure");
    expect(written).not.toContain(person.email);
    expect(written).not.toContain(name);
  });
});

/** Opens a live socket as `client` and resolves with its close code once it closes. */
function liveSocketOf(client: ApiClient): { opened: Promise<void>; closed: Promise<number> } {
  const socket = new WebSocket(`${server.url.replace(/^http/, "ws")}/api/v1/live`, {
    headers: { cookie: client.cookieHeader(), origin: server.url },
  });
  const opened = new Promise<void>((resolve, reject) => {
    socket.once("open", () => resolve());
    socket.once("error", reject);
  });
  return { opened, closed: new Promise((resolve) => socket.once("close", (code) => resolve(code))) };
}

describe("live sockets", () => {
  it("close on the other devices after a password change, and everywhere after an erasure", async () => {
    const person = await server.signedUp("Yanis Haddad");
    const elsewhere = server.client();
    await elsewhere.post("/api/v1/auth/sign-in", { email: person.email, password: testPassword });
    const here = liveSocketOf(person.client);
    const there = liveSocketOf(elsewhere);
    await Promise.all([here.opened, there.opened]);
    const changed = await person.client.post("/api/v1/me/password", {
      currentPassword: testPassword,
      newPassword: "une phrase bien plus longue",
    });
    expect(changed.status).toBe(204);
    expect(await there.closed).toBe(4401);
    const erased = await person.client.post("/api/v1/me/erasure", {
      password: "une phrase bien plus longue",
    });
    expect(erased.status).toBe(200);
    expect(await here.closed).toBe(4401);
  });
});
