// The authorization matrix of the live socket: what a socket receives and may subscribe to after its session ends
// (sign-out, password reset), after a removal and after a block; on the process where it happened and on another.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import type { ApiClient } from "../support/api-client.ts";
import { type LiveSocket, openLiveSocket } from "../support/live-socket.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { createWorkspaceFixture } from "../support/workspace-fixture.ts";

let server: TestServer;
let other: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  other = await startTestServer();
});
afterAll(async () => {
  await server.stop();
  await other.stop();
});

/** Opens a socket on `url` and resolves with its close code once it closes (or "open" after `ms`). */
function closeCodeOf(client: ApiClient, url: string): { opened: Promise<void>; closed: Promise<number> } {
  const socket = new WebSocket(`${url.replace(/^http/, "ws")}/api/v1/live`, {
    headers: { cookie: client.cookieHeader(), origin: url },
  });
  const opened = new Promise<void>((resolve, reject) => {
    socket.once("open", () => resolve());
    socket.once("error", reject);
  });
  const closed = new Promise<number>((resolve) => socket.once("close", (code) => resolve(code)));
  return { opened, closed };
}

async function handshakeStatus(client: ApiClient, url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${url.replace(/^http/, "ws")}/api/v1/live`, {
      headers: { cookie: client.cookieHeader(), origin: url },
    });
    socket.once("unexpected-response", (_request, response) => resolve(response.statusCode ?? 0));
    socket.once("open", () => {
      socket.close();
      resolve(101);
    });
    socket.once("error", reject);
  });
}

async function subscribed(live: LiveSocket, workspaceId: string): Promise<string> {
  const before = live.messages.length;
  live.send({ type: "subscribe", workspaceId });
  const answer = await live.waitFor(
    (m) => live.messages.indexOf(m) >= before && (m.type === "subscribed" || m.type === "error"),
  );
  return answer.type === "error" ? answer.code : answer.type;
}

describe("live socket after the session ends", () => {
  it("closes the socket of a signed-out session, on this process and on another", async () => {
    const { client } = await server.signedUp();
    const here = closeCodeOf(client, server.url);
    const there = closeCodeOf(client, other.url);
    await Promise.all([here.opened, there.opened]);
    expect((await client.post("/api/v1/auth/sign-out")).status).toBe(204);
    expect(await here.closed).toBe(4401);
    expect(await there.closed).toBe(4401);
    expect(await handshakeStatus(client, server.url)).toBe(401);
  });

  it("closes every socket of the person after a password reset, and voids their other reset links", async () => {
    const person = await server.signedUp();
    const first = closeCodeOf(person.client, server.url);
    const second = closeCodeOf(person.client, other.url);
    await Promise.all([first.opened, second.opened]);
    const requester = server.client();
    for (let i = 0; i < 2; i += 1)
      expect((await requester.post("/api/v1/auth/password-reset", { email: person.email })).status).toBe(202);
    const tokens = server.mails
      .filter((mail) => mail.to === person.email && mail.text.includes("reset-password"))
      .map((mail) => /reset-password\?token=([\w-]+)/.exec(mail.text)?.[1]);
    expect(tokens).toHaveLength(2);
    const used = await requester.post("/api/v1/auth/password-reset/confirm", {
      token: tokens[1],
      password: "a brand new password",
    });
    expect(used.status).toBe(200);
    expect(await first.closed).toBe(4401);
    expect(await second.closed).toBe(4401);
    const older = await requester.post("/api/v1/auth/password-reset/confirm", {
      token: tokens[0],
      password: "another new password",
    });
    expect(older.body).toMatchObject({ code: "reset-token-invalid", field: "token" });
  });
});

describe("live socket after the membership changes", () => {
  it("stops a removed member's events and refuses their new subscription, from another process", async () => {
    const fixture = await createWorkspaceFixture(server);
    const { owner, participant } = fixture.people;
    const live = await openLiveSocket(participant.client, other.url);
    expect(await subscribed(live, fixture.workspaceId)).toBe("subscribed");
    const removed = await owner.client.delete(
      `/api/v1/workspaces/${fixture.workspaceId}/members/${participant.userId}`,
    );
    expect(removed.status).toBeLessThan(300);
    await live.waitFor((m) => m.type === "event" && m.event.type === "member.removed");
    const count = live.messages.length;
    expect(await subscribed(live, fixture.workspaceId)).not.toBe("subscribed");
    const ownerLive = await openLiveSocket(owner.client, other.url);
    await subscribed(ownerLive, fixture.workspaceId);
    await fixture.addMember("guest");
    await ownerLive.waitFor((m) => m.type === "event" && m.event.type === "member.joined");
    expect(live.messages.slice(count).some((m) => m.type === "event")).toBe(false);
    live.close();
    ownerLive.close();
  });

  it("lets a blocked member keep reading live, as over HTTP", async () => {
    const fixture = await createWorkspaceFixture(server);
    const { moderator, participant } = fixture.people;
    const block = `/api/v1/workspaces/${fixture.workspaceId}/members/${participant.userId}/block`;
    expect(
      (await moderator.client.request("PUT", block, { blocked: true, reason: "Insultes répétées" })).status,
    ).toBe(204);
    expect(
      (await participant.client.get(`/api/v1/workspaces/${fixture.workspaceId}/challenges`)).status,
    ).toBe(200);
    const live = await openLiveSocket(participant.client);
    expect(await subscribed(live, fixture.workspaceId)).toBe("subscribed");
    live.close();
  });
});
