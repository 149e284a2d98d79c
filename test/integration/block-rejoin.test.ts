// A block belongs to the person in the workspace: leaving does not lift it, and it refuses every way back in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createChallenge } from "../support/challenge-fixture.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { createWorkspaceFixture } from "../support/workspace-fixture.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

describe("a blocked member who leaves", () => {
  it("cannot rejoin through a reusable invitation link or a public challenge, until unblocked", async () => {
    const fixture = await createWorkspaceFixture(server);
    const { manager, moderator, participant } = fixture.people;
    const base = `/api/v1/workspaces/${fixture.workspaceId}`;
    const { token } = await fixture.invite("participant");
    const publicChallenge = await createChallenge(manager.client, fixture.workspaceId, {
      audience: "public",
    });
    const block = `${base}/members/${participant.userId}/block`;
    expect(
      (await moderator.client.request("PUT", block, { blocked: true, reason: "Insultes répétées" })).status,
    ).toBe(204);
    expect((await participant.client.delete(`${base}/members/${participant.userId}`)).status).toBeLessThan(
      300,
    );

    const byLink = await participant.client.post(`/api/v1/invitations/${token}/accept`);
    expect(byLink.status).toBe(403);
    expect(byLink.body).toMatchObject({ code: "member-blocked" });
    const byChallenge = await participant.client.post(`/api/v1/public/challenges/${publicChallenge}/join`);
    expect(byChallenge.status).toBe(403);
    expect(byChallenge.body).toMatchObject({ code: "member-blocked" });
    const members = await manager.client.get<{ members: Array<{ userId: string }> }>(`${base}/members`);
    expect(members.body.members.map((member) => member.userId)).not.toContain(participant.userId);

    // Anyone else still joins by the same link.
    const newcomer = await server.signedUp();
    expect((await newcomer.client.post(`/api/v1/invitations/${token}/accept`)).status).toBe(200);
  });

  it("lets an unblocked person rejoin", async () => {
    const fixture = await createWorkspaceFixture(server);
    const { moderator, participant } = fixture.people;
    const base = `/api/v1/workspaces/${fixture.workspaceId}`;
    const { token } = await fixture.invite("participant");
    const block = `${base}/members/${participant.userId}/block`;
    await moderator.client.request("PUT", block, { blocked: true, reason: "Spam" });
    await moderator.client.request("PUT", block, { blocked: false });
    expect((await participant.client.delete(`${base}/members/${participant.userId}`)).status).toBeLessThan(
      300,
    );
    expect((await participant.client.post(`/api/v1/invitations/${token}/accept`)).status).toBe(200);
  });
});
