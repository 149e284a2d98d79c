import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { createWorkspaceFixture } from "../support/workspace-fixture.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

type Members = { members: Array<{ userId: string; role: string; email: string | null }> };

describe("workspaces", () => {
  it("makes the creator owner and lists the workspace among theirs", async () => {
    const { client } = await server.signedUp();
    const created = await client.post<{ workspace: { id: string; role: string; kind: string } }>(
      "/api/v1/workspaces",
      {
        name: "Chambre de commerce",
        kind: "chamber",
      },
    );
    expect(created.status).toBe(201);
    expect(created.body.workspace).toMatchObject({ role: "owner", kind: "chamber" });
    const list = await client.get<{ workspaces: Array<{ id: string }> }>("/api/v1/workspaces");
    expect(list.body.workspaces.map((w) => w.id)).toContain(created.body.workspace.id);
  });

  it("lets someone join with an invitation link, with the link's role", async () => {
    const fixture = await createWorkspaceFixture(server);
    const { token } = await fixture.invite("guest");
    const newcomer = await server.signedUp("Client");
    const preview = await server
      .client()
      .get<{ workspace: { name: string }; role: string }>(`/api/v1/invitations/${token}`);
    expect(preview.body).toMatchObject({ workspace: { name: "Ville test" }, role: "guest" });
    const joined = await newcomer.client.post<{ workspace: { id: string; role: string } }>(
      `/api/v1/invitations/${token}/accept`,
    );
    expect(joined.body.workspace).toMatchObject({ id: fixture.workspaceId, role: "guest" });
    const members = await fixture.people.owner.client.get<Members>(
      `/api/v1/workspaces/${fixture.workspaceId}/members`,
    );
    expect(members.body.members.find((m) => m.userId === newcomer.userId)?.role).toBe("guest");
  });

  it("refuses an expired invitation and adds no one", async () => {
    const fixture = await createWorkspaceFixture(server);
    const { token, invitationId } = await fixture.invite("participant");
    await server.database.db.execute(
      sql`UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE id = ${invitationId}`,
    );
    const newcomer = await server.signedUp();
    const response = await newcomer.client.post(`/api/v1/invitations/${token}/accept`);
    expect(response.status).toBe(410);
    expect(response.body).toMatchObject({ code: "invitation-expired" });
    const members = await fixture.people.owner.client.get<Members>(
      `/api/v1/workspaces/${fixture.workspaceId}/members`,
    );
    expect(members.body.members.some((m) => m.userId === newcomer.userId)).toBe(false);
  });

  it("refuses a revoked or unknown invitation", async () => {
    const fixture = await createWorkspaceFixture(server);
    const { token, invitationId } = await fixture.invite("participant");
    await fixture.people.owner.client.delete(
      `/api/v1/workspaces/${fixture.workspaceId}/invitations/${invitationId}`,
    );
    const newcomer = await server.signedUp();
    expect((await newcomer.client.post(`/api/v1/invitations/${token}/accept`)).body).toMatchObject({
      code: "invitation-invalid",
    });
    expect((await newcomer.client.post("/api/v1/invitations/unknown-token-123/accept")).status).toBe(404);
  });

  it("stops a link once it is used up", async () => {
    const fixture = await createWorkspaceFixture(server);
    const link = await fixture.people.owner.client.post<{ token: string }>(
      `/api/v1/workspaces/${fixture.workspaceId}/invitations`,
      { role: "participant", maxUses: 1 },
    );
    const first = await server.signedUp();
    const second = await server.signedUp();
    expect((await first.client.post(`/api/v1/invitations/${link.body.token}/accept`)).status).toBe(200);
    expect((await second.client.post(`/api/v1/invitations/${link.body.token}/accept`)).body).toMatchObject({
      code: "invitation-invalid",
    });
  });

  it("changes roles and removes members", async () => {
    const fixture = await createWorkspaceFixture(server);
    const { owner, participant, guest } = fixture.people;
    const base = `/api/v1/workspaces/${fixture.workspaceId}/members`;
    expect((await owner.client.patch(`${base}/${participant.userId}`, { role: "moderator" })).status).toBe(
      204,
    );
    expect((await owner.client.delete(`${base}/${guest.userId}`)).status).toBe(204);
    const members = await owner.client.get<Members>(base);
    expect(members.body.members.find((m) => m.userId === participant.userId)?.role).toBe("moderator");
    expect(members.body.members.some((m) => m.userId === guest.userId)).toBe(false);
    expect((await guest.client.get(`/api/v1/workspaces/${fixture.workspaceId}`)).status).toBe(404);
  });

  it("never lets a manager grant owner or touch an owner", async () => {
    const fixture = await createWorkspaceFixture(server);
    const { manager, participant, owner } = fixture.people;
    const base = `/api/v1/workspaces/${fixture.workspaceId}`;
    expect(
      (await manager.client.patch(`${base}/members/${participant.userId}`, { role: "owner" })).status,
    ).toBe(403);
    expect((await manager.client.patch(`${base}/members/${owner.userId}`, { role: "guest" })).status).toBe(
      403,
    );
    expect((await manager.client.post(`${base}/invitations`, { role: "manager" })).status).toBe(403);
    expect((await manager.client.post(`${base}/invitations`, { role: "guest" })).status).toBe(201);
  });

  it("keeps at least one owner", async () => {
    const fixture = await createWorkspaceFixture(server);
    const { owner } = fixture.people;
    const base = `/api/v1/workspaces/${fixture.workspaceId}/members`;
    const demote = await owner.client.patch(`${base}/${owner.userId}`, { role: "manager" });
    expect(demote.status).toBe(409);
    expect(demote.body).toMatchObject({ code: "last-owner" });
    expect((await owner.client.delete(`${base}/${owner.userId}`)).body).toMatchObject({ code: "last-owner" });
  });

  it("lets a member leave", async () => {
    const fixture = await createWorkspaceFixture(server);
    const { participant } = fixture.people;
    const response = await participant.client.delete(
      `/api/v1/workspaces/${fixture.workspaceId}/members/${participant.userId}`,
    );
    expect(response.status).toBe(204);
    expect((await participant.client.get(`/api/v1/workspaces/${fixture.workspaceId}`)).status).toBe(404);
  });

  it("shows members' e-mails only to those who manage members", async () => {
    const fixture = await createWorkspaceFixture(server);
    const path = `/api/v1/workspaces/${fixture.workspaceId}/members`;
    const asManager = await fixture.people.manager.client.get<Members>(path);
    const asParticipant = await fixture.people.participant.client.get<Members>(path);
    expect(asManager.body.members.every((m) => m.email !== null)).toBe(true);
    expect(asParticipant.body.members.every((m) => m.email === null)).toBe(true);
  });

  it("admits anonymous participants only where the workspace allows them, and only as participants", async () => {
    const closed = await createWorkspaceFixture(server, { allowAnonymous: false });
    const open = await createWorkspaceFixture(server, { allowAnonymous: true });
    const visitor = server.client();
    await visitor.post("/api/v1/auth/anonymous", {});
    const intoClosed = await visitor.post(
      `/api/v1/invitations/${(await closed.invite("participant")).token}/accept`,
    );
    expect(intoClosed.body).toMatchObject({ code: "anonymous-not-allowed" });
    const asGuest = await visitor.post(`/api/v1/invitations/${(await open.invite("guest")).token}/accept`);
    expect(asGuest.body).toMatchObject({ code: "anonymous-not-allowed" });
    const asParticipant = await visitor.post(
      `/api/v1/invitations/${(await open.invite("participant")).token}/accept`,
    );
    expect(asParticipant.status).toBe(200);
    expect((await visitor.post("/api/v1/workspaces", { name: "Mine" })).status).toBe(403);
  });

  it("refuses to create a workspace with an unknown kind, naming the field", async () => {
    const { client } = await server.signedUp();
    const response = await client.post("/api/v1/workspaces", { name: "X", kind: "castle" });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: "invalid-input", field: "kind" });
  });
});
