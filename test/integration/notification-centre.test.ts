import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createChallenge, submitIdea } from "../support/challenge-fixture.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { createWorkspaceFixture } from "../support/workspace-fixture.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

type Page = {
  notifications: Array<{
    id: string;
    kind: string;
    read: boolean;
    idea: { id: string; title: string } | null;
    workspace: { id: string; name: string };
  }>;
  next: string | null;
};

describe("notification centre", () => {
  it("lists my notifications over my workspaces newest first, by pages, and marks one or all read", async () => {
    const w = await createWorkspaceFixture(server, { name: "Quartier nord" });
    const { manager, participant } = w.people;
    const challengeId = await createChallenge(manager.client, w.workspaceId);
    const ideas: string[] = [];
    for (const title of ["Premier banc", "Deuxième banc", "Troisième banc"]) {
      const ideaId = await submitIdea(participant.client, w.workspaceId, challengeId, { title });
      ideas.push(ideaId);
      const answered = await manager.client.post(
        `/api/v1/workspaces/${w.workspaceId}/ideas/${ideaId}/comments`,
        {
          body: "Nous l'étudions.",
        },
      );
      expect(answered.status).toBe(201);
    }
    const me = participant.client;

    const first = await me.get<Page>("/api/v1/notifications?limit=2");
    expect(first.status).toBe(200);
    expect(first.body.notifications.map((n) => n.idea?.title)).toEqual(["Troisième banc", "Deuxième banc"]);
    expect(first.body.notifications[0]).toMatchObject({
      kind: "official-answer",
      read: false,
      workspace: { id: w.workspaceId, name: "Quartier nord" },
    });
    expect(first.body.next).not.toBeNull();
    const second = await me.get<Page>(`/api/v1/notifications?limit=2&before=${first.body.next}`);
    expect(second.body.notifications.map((n) => n.idea?.title)).toEqual(["Premier banc"]);
    expect(second.body.next).toBeNull();

    const one = first.body.notifications[0]?.id ?? "";
    expect((await me.post("/api/v1/notifications/read", { ids: [one] })).status).toBe(204);
    const after = await me.get<Page>("/api/v1/notifications");
    expect(after.body.notifications.map((n) => n.read)).toEqual([true, false, false]);
    expect((await me.get<{ unread: number }>("/api/v1/notifications/unread-count")).body.unread).toBe(2);
    const unread = await me.get<Page>("/api/v1/notifications?unread=true");
    expect(unread.body.notifications).toHaveLength(2);

    expect((await me.post("/api/v1/notifications/read", {})).status).toBe(204);
    expect((await me.get<{ unread: number }>("/api/v1/notifications/unread-count")).body.unread).toBe(0);
  });

  it("lists nothing of others' notifications, marks none of them, and refuses visitors", async () => {
    const w = await createWorkspaceFixture(server);
    const { manager, participant, guest } = w.people;
    const challengeId = await createChallenge(manager.client, w.workspaceId);
    const ideaId = await submitIdea(participant.client, w.workspaceId, challengeId);
    await manager.client.post(`/api/v1/workspaces/${w.workspaceId}/ideas/${ideaId}/comments`, {
      body: "Vu.",
    });
    const mine = (await participant.client.get<Page>("/api/v1/notifications")).body.notifications;
    expect(mine).toHaveLength(1);
    const other = await guest.client.get<Page>("/api/v1/notifications");
    expect(other.body.notifications).toEqual([]);
    expect((await guest.client.post("/api/v1/notifications/read", { ids: [mine[0]?.id] })).status).toBe(204);
    expect((await participant.client.get<Page>("/api/v1/notifications")).body.notifications[0]?.read).toBe(
      false,
    );
    expect((await server.client().get("/api/v1/notifications")).status).toBe(401);
    const bad = await participant.client.get<{ code: string; field: string }>(
      "/api/v1/notifications?limit=0",
    );
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe("limit");
  });
});
