import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createChallenge, moveToPhase, submitIdea } from "../support/challenge-fixture.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { createWorkspaceFixture, type WorkspaceFixture } from "../support/workspace-fixture.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

type Home = {
  challenges: Array<{
    challenge: { id: string; title: string; phase: string; ideaCount: number };
    workspace: { id: string; name: string };
  }>;
};
type Ideas = { ideas: Array<{ id: string; title: string; supportedByMe: boolean }> };
type Thread = { idea: { id: string }; comments: Array<{ id: string; body: string }> };

const ws = (w: WorkspaceFixture) => `/api/v1/workspaces/${w.workspaceId}`;

describe("public face", () => {
  it("lists public challenges on the instance's and the workspace's home, never member-only ones or drafts", async () => {
    const w = await createWorkspaceFixture(server, { name: "Ville visible" });
    const manager = w.people.manager.client;
    const open = await createChallenge(manager, w.workspaceId, {
      audience: "public",
      title: "Place du marché",
    });
    const members = await createChallenge(manager, w.workspaceId, {
      audience: "members",
      title: "Entre nous",
    });
    const draft = await createChallenge(manager, w.workspaceId, { audience: "public", status: "draft" });
    await submitIdea(w.people.participant.client, w.workspaceId, open);
    const anyone = server.client();

    const home = await anyone.get<Home>("/api/v1/public/challenges");
    expect(home.status).toBe(200);
    const listed = home.body.challenges.map((c) => c.challenge.id);
    expect(listed).toContain(open);
    expect(listed).not.toContain(members);
    expect(listed).not.toContain(draft);
    expect(home.body.challenges.find((c) => c.challenge.id === open)).toMatchObject({
      challenge: { title: "Place du marché", phase: "contributions", ideaCount: 1 },
      workspace: { id: w.workspaceId, name: "Ville visible" },
    });

    const own = await anyone.get<Home & { workspace: { name: string } }>(
      `/api/v1/public/workspaces/${w.workspaceId}`,
    );
    expect(own.status).toBe(200);
    expect(own.body.workspace.name).toBe("Ville visible");
    expect(own.body.challenges.map((c) => c.challenge.id)).toEqual([open]);
  });

  it("does not reveal a workspace with no public challenge", async () => {
    const w = await createWorkspaceFixture(server, { name: "Ville fermée" });
    await createChallenge(w.people.manager.client, w.workspaceId, { audience: "members" });
    const seen = await server.client().get<{ code: string }>(`/api/v1/public/workspaces/${w.workspaceId}`);
    expect(seen.status).toBe(404);
    expect(seen.body.code).toBe("not-found");
  });

  it("reads a public challenge's ideas and comments signed out, without hidden or held ones", async () => {
    const w = await createWorkspaceFixture(server);
    const { manager, participant, moderator } = w.people;
    const challengeId = await createChallenge(manager.client, w.workspaceId, { audience: "public" });
    const shown = await submitIdea(participant.client, w.workspaceId, challengeId, { title: "Des arbres" });
    const held = await submitIdea(participant.client, w.workspaceId, challengeId, {
      title: "Les CRÉTINS du parking",
    });
    const hidden = await submitIdea(participant.client, w.workspaceId, challengeId, { title: "À cacher" });
    await moderator.client.request("PUT", `${ws(w)}/ideas/${hidden}/moderation`, {
      hidden: true,
      reason: "Hors sujet.",
    });
    const kept = await manager.client.post<{ comment: { id: string } }>(`${ws(w)}/ideas/${shown}/comments`, {
      body: "Nous regardons les emplacements.",
    });
    const rude = await participant.client.post<{ comment: { id: string } }>(
      `${ws(w)}/ideas/${shown}/comments`,
      { body: "Quel idiot a écrit ça ?" },
    );
    const gone = await participant.client.post<{ comment: { id: string } }>(
      `${ws(w)}/ideas/${shown}/comments`,
      {
        body: "Un commentaire à masquer.",
      },
    );
    await moderator.client.request("PUT", `${ws(w)}/comments/${gone.body.comment.id}/moderation`, {
      hidden: true,
      reason: "Hors sujet.",
    });
    const anyone = server.client();

    const ideas = await anyone.get<Ideas>(`/api/v1/public/challenges/${challengeId}/ideas`);
    expect(ideas.status).toBe(200);
    expect(ideas.body.ideas.map((i) => i.id)).toEqual([shown]);
    expect(ideas.body.ideas[0]?.supportedByMe).toBe(false);

    const thread = await anyone.get<Thread>(`/api/v1/public/challenges/${challengeId}/ideas/${shown}`);
    expect(thread.status).toBe(200);
    expect(thread.body.comments.map((c) => c.id)).toEqual([kept.body.comment.id]);
    expect(thread.body.comments.map((c) => c.id)).not.toContain(rude.body.comment.id);
    for (const unseen of [held, hidden]) {
      expect((await anyone.get(`/api/v1/public/challenges/${challengeId}/ideas/${unseen}`)).status).toBe(404);
    }
  });

  it("reads nothing of a member-only challenge's ideas, nor an idea through another challenge", async () => {
    const w = await createWorkspaceFixture(server);
    const { manager, participant } = w.people;
    const members = await createChallenge(manager.client, w.workspaceId, { audience: "members" });
    const open = await createChallenge(manager.client, w.workspaceId, { audience: "public" });
    const secret = await submitIdea(participant.client, w.workspaceId, members, { title: "Secret" });
    const anyone = server.client();
    expect((await anyone.get(`/api/v1/public/challenges/${members}/ideas`)).status).toBe(404);
    expect((await anyone.get(`/api/v1/public/challenges/${members}/ideas/${secret}`)).status).toBe(404);
    expect((await anyone.get(`/api/v1/public/challenges/${open}/ideas/${secret}`)).status).toBe(404);
  });

  it("keeps a public challenge's ideas readable in synthesis, when no one may propose any more", async () => {
    const w = await createWorkspaceFixture(server);
    const challengeId = await createChallenge(w.people.manager.client, w.workspaceId, { audience: "public" });
    const ideaId = await submitIdea(w.people.participant.client, w.workspaceId, challengeId);
    await moveToPhase(server.database.db, challengeId, "synthesis");
    const seen = await server.client().get<Ideas>(`/api/v1/public/challenges/${challengeId}/ideas`);
    expect(seen.body.ideas.map((i) => i.id)).toEqual([ideaId]);
    const challenge = await server
      .client()
      .get<{ challenge: { phase: string } }>(`/api/v1/public/challenges/${challengeId}`);
    expect(challenge.body.challenge.phase).toBe("synthesis");
  });
});
