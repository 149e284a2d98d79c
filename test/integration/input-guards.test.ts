// Input no person could have meant is refused with 400 and the field, before anything is stored.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { testPassword, uniqueEmail } from "../support/api-client.ts";
import { createChallenge } from "../support/challenge-fixture.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { createWorkspaceFixture } from "../support/workspace-fixture.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

describe("text fields", () => {
  it("refuses a NUL byte in any text field with 400 and the field, storing nothing", async () => {
    const email = uniqueEmail();
    const client = server.client();
    const response = await client.post("/api/v1/auth/sign-up", {
      email,
      password: testPassword,
      name: "Ada\u0000",
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: "invalid-input", field: "name" });
    const signIn = await server.client().post("/api/v1/auth/sign-in", { email, password: testPassword });
    expect(signIn.status).toBe(401);
  });

  it("refuses a common or one-character password at sign-up, storing nothing", async () => {
    for (const password of ["aaaaaaaaaa", "1234567890", "Password123"]) {
      const email = uniqueEmail();
      const response = await server.client().post("/api/v1/auth/sign-up", { email, password, name: "Ada" });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: "weak-password", field: "password" });
      expect((await server.client().post("/api/v1/auth/sign-in", { email, password })).status).toBe(401);
    }
  });

  it("refuses a NUL byte in the query string", async () => {
    const { client } = await server.signedUp();
    const response = await client.get("/api/v1/workspaces?x=%00");
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: "invalid-input", field: "url" });
  });

  it("refuses an idea whose title is made of invisible characters", async () => {
    const fixture = await createWorkspaceFixture(server);
    const { manager, participant } = fixture.people;
    const challengeId = await createChallenge(manager.client, fixture.workspaceId);
    const path = `/api/v1/workspaces/${fixture.workspaceId}/challenges/${challengeId}/ideas`;
    for (const title of ["\u200B\u200B\u200B", " \u2060\u200D ", "\u3164"]) {
      const response = await participant.client.post(path, { title, body: "Un texte visible." });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: "invalid-input", field: "title" });
    }
    const list = await participant.client.get<{ ideas: unknown[] }>(path);
    expect(list.body.ideas).toEqual([]);
  });

  it("refuses a Pol.is import with a duplicated comment id, naming the line", async () => {
    const fixture = await createWorkspaceFixture(server);
    const challengeId = await createChallenge(fixture.people.manager.client, fixture.workspaceId, {
      conversation: true,
    });
    const base = `/api/v1/workspaces/${fixture.workspaceId}/challenges/${challengeId}`;
    const header = "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n";
    const response = await fixture.people.manager.client.post(`${base}/conversation/import`, {
      comments: `${header}1,x,0,0,1,0,1,Oui\n2,x,0,0,1,0,1,Encore\n`,
      votes: "timestamp,datetime,comment-id,voter-id,vote\n1,x,0,0,1\n",
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: "invalid-input", field: "comments" });
    expect(String(response.body.detail)).toContain("comments.csv:3:3");
  });
});

describe("transport", () => {
  it("answers 403 to a live socket opened from an opaque origin (Origin: null)", async () => {
    const { client } = await server.signedUp();
    const status = await new Promise<number>((resolve, reject) => {
      const socket = new WebSocket(`${server.url.replace(/^http/, "ws")}/api/v1/live`, {
        headers: { cookie: client.cookieHeader(), origin: "null" },
      });
      socket.once("unexpected-response", (_request, response) => resolve(response.statusCode ?? 0));
      socket.once("open", () => {
        socket.close();
        resolve(101);
      });
      socket.once("error", reject);
    });
    expect(status).toBe(403);
  });

  it("sends no HSTS header over plain HTTP", async () => {
    const response = await server.client().get("/api/v1/session");
    expect(response.headers.get("strict-transport-security")).toBeNull();
  });
});
