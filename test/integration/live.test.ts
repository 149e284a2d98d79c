import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ApiClient, testPassword, uniqueEmail } from "../support/api-client.ts";
import { type CocreaProcess, startCocrea } from "../support/cocrea-process.ts";
import { signUpConfirmed } from "../support/confirm-sign-up.ts";
import { openLiveSocket } from "../support/live-socket.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { createWorkspaceFixture } from "../support/workspace-fixture.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const isEvent = (type: string) => (m: { type: string; event?: { type: string } }) =>
  m.type === "event" && m.event?.type === type;

describe("live channel", () => {
  it("tells subscribed members who joined, without reload", async () => {
    const fixture = await createWorkspaceFixture(server);
    const live = await openLiveSocket(fixture.people.owner.client);
    live.send({ type: "subscribe", workspaceId: fixture.workspaceId });
    await live.waitFor((m) => m.type === "subscribed");
    const newcomer = await fixture.addMember("guest");
    const message = await live.waitFor(isEvent("member.joined"));
    expect(message).toMatchObject({
      type: "event",
      event: { workspaceId: fixture.workspaceId, data: { userId: newcomer.userId, role: "guest" } },
    });
    live.close();
  });

  it("tells members of role changes and removals, and stops a removed member's feed", async () => {
    const fixture = await createWorkspaceFixture(server);
    const { owner, participant } = fixture.people;
    const ownerLive = await openLiveSocket(owner.client);
    const participantLive = await openLiveSocket(participant.client);
    for (const live of [ownerLive, participantLive]) {
      live.send({ type: "subscribe", workspaceId: fixture.workspaceId });
      await live.waitFor((m) => m.type === "subscribed");
    }
    const base = `/api/v1/workspaces/${fixture.workspaceId}/members`;
    await owner.client.patch(`${base}/${participant.userId}`, { role: "moderator" });
    expect(await participantLive.waitFor(isEvent("member.role-changed"))).toMatchObject({
      event: { data: { userId: participant.userId, role: "moderator", previousRole: "participant" } },
    });
    await owner.client.delete(`${base}/${participant.userId}`);
    await participantLive.waitFor(isEvent("member.removed"));
    await fixture.addMember("guest");
    await ownerLive.waitFor(isEvent("member.joined"));
    expect(participantLive.messages.some(isEvent("member.joined"))).toBe(false);
    ownerLive.close();
    participantLive.close();
  });

  it("gives a plan's events to its readers only, and follows a role change", async () => {
    const fixture = await createWorkspaceFixture(server);
    const { owner, participant } = fixture.people;
    const guest = await fixture.addMember("guest");
    const sockets = [owner, participant, guest].map((person) => openLiveSocket(person.client));
    const [ownerLive, participantLive, guestLive] = await Promise.all(sockets);
    for (const live of [ownerLive, participantLive, guestLive]) {
      live?.send({ type: "subscribe", workspaceId: fixture.workspaceId });
      await live?.waitFor((m) => m.type === "subscribed");
    }
    const plans = `/api/v1/workspaces/${fixture.workspaceId}/plans`;
    expect((await owner.client.post(plans, { title: "Plan 2027", language: "fr" })).status).toBe(201);
    await guestLive?.waitFor(isEvent("plan.created"));
    await ownerLive?.waitFor(isEvent("plan.created"));
    // The participant heard the workspace's next event but never the plan's.
    await owner.client.patch(`/api/v1/workspaces/${fixture.workspaceId}/members/${participant.userId}`, {
      role: "manager",
    });
    await participantLive?.waitFor(isEvent("member.role-changed"));
    expect(participantLive?.messages.some(isEvent("plan.created"))).toBe(false);
    // Now a manager, the same socket hears the next plan.
    expect((await owner.client.post(plans, { title: "Plan 2028", language: "fr" })).status).toBe(201);
    await participantLive?.waitFor(isEvent("plan.created"));
    for (const live of [ownerLive, participantLive, guestLive]) live?.close();
  });

  it("refuses to subscribe someone to a workspace they are not in", async () => {
    const fixture = await createWorkspaceFixture(server);
    const outsider = await server.signedUp();
    const live = await openLiveSocket(outsider.client);
    live.send({ type: "subscribe", workspaceId: fixture.workspaceId });
    expect(await live.waitFor((m) => m.type === "error")).toMatchObject({ code: "not-found" });
    await fixture.addMember("guest");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(live.messages.some(isEvent("member.joined"))).toBe(false);
    live.close();
  });

  it("answers unknown messages with an error instead of closing", async () => {
    const { client } = await server.signedUp();
    const live = await openLiveSocket(client);
    live.send({ type: "dance" });
    expect(await live.waitFor((m) => m.type === "error")).toMatchObject({ code: "invalid-input" });
    live.send({ type: "ping" });
    await live.waitFor((m) => m.type === "pong");
    live.close();
  });

  it("refuses a handshake without a session or from another site", async () => {
    await expect(openLiveSocket(new ApiClient(server.url))).rejects.toThrow(/401/);
    const { client } = await server.signedUp();
    await expect(openLiveSocket(client, server.url, "https://evil.example")).rejects.toThrow(/403/);
  });
});

describe("two server processes on one PostgreSQL", () => {
  let first: CocreaProcess;
  let second: CocreaProcess;
  beforeAll(async () => {
    const env = { DATABASE_URL: inject("databaseUrl") };
    [first, second] = await Promise.all([startCocrea(["--no-demo"], env), startCocrea(["--no-demo"], env)]);
  });
  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()]);
  });

  it("delivers an event written through one process to a socket on the other", async () => {
    const owner = new ApiClient(first.url);
    await signUpConfirmed(
      owner,
      { email: uniqueEmail(), password: testPassword, name: "Owner" },
      () => first.logs,
    );
    const created = await owner.post<{ workspace: { id: string } }>("/api/v1/workspaces", { name: "Shared" });
    const workspaceId = created.body.workspace.id;
    const link = await owner.post<{ token: string }>(`/api/v1/workspaces/${workspaceId}/invitations`, {
      role: "guest",
    });

    // The owner's session cookie, from the first process, is valid on the second: sessions live in the database.
    const live = await openLiveSocket(owner, second.url);
    live.send({ type: "subscribe", workspaceId });
    await live.waitFor((m) => m.type === "subscribed");

    const newcomer = new ApiClient(first.url);
    await signUpConfirmed(
      newcomer,
      { email: uniqueEmail(), password: testPassword, name: "Newcomer" },
      () => first.logs,
    );
    await newcomer.post(`/api/v1/invitations/${link.body.token}/accept`);
    expect(await live.waitFor(isEvent("member.joined"))).toMatchObject({
      event: { workspaceId, data: { name: "Newcomer", role: "guest" } },
    });
    live.close();
  });
});
