// Challenges: the brief and its dates, the public link, and the phases that open and close contributions.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ChallengeBody, paths, setDates, storedIdeas } from "../support/challenge-api.ts";
import { briefOf, createChallenge, submitIdea, timelineIn } from "../support/challenge-fixture.ts";
import { openLiveSocket } from "../support/live-socket.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { createWorkspaceFixture } from "../support/workspace-fixture.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

describe("challenge brief", () => {
  it("keeps a draft to managers, then shows the published challenge with its phase and countdown", async () => {
    const w = await createWorkspaceFixture(server);
    const { manager, participant } = w.people;
    const id = await createChallenge(manager.client, w.workspaceId, { status: "draft" });
    expect((await participant.client.get(paths(w).challenge(id))).status).toBe(404);
    const hidden = await participant.client.get<{ challenges: unknown[] }>(paths(w).challenges);
    expect(hidden.body.challenges).toEqual([]);

    const published = await manager.client.patch<ChallengeBody>(paths(w).challenge(id), {
      status: "published",
    });
    expect(published.status).toBe(200);
    const seen = await participant.client.get<ChallengeBody>(paths(w).challenge(id));
    expect(seen.body.challenge).toMatchObject({
      status: "published",
      phase: "contributions",
      nextDeadline: { field: "contributionsCloseAt", at: seen.body.challenge.timeline.contributionsCloseAt },
      ideaCount: 0,
      medianFirstAnswerSeconds: null,
    });
    const list = await participant.client.get<{ challenges: Array<{ id: string; phase: string }> }>(
      paths(w).challenges,
    );
    expect(list.body.challenges).toEqual([expect.objectContaining({ id, phase: "contributions" })]);
  });

  it("refuses a cover image that is not an http or https address, naming the field", async () => {
    const w = await createWorkspaceFixture(server);
    const response = await w.people.manager.client.post(
      paths(w).challenges,
      briefOf({ coverImageUrl: "javascript:alert(1)" }),
    );
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: "invalid-input", field: "coverImageUrl" });
    const media = await w.people.manager.client.post(
      paths(w).challenges,
      briefOf({ projectManager: { name: "Karim", mediaUrl: "ftp://example.org/video.mp4" } }),
    );
    expect(media.body).toMatchObject({ code: "invalid-input", field: "projectManager.mediaUrl" });
  });

  it("refuses dates out of order, naming the offending one, and stores nothing", async () => {
    const w = await createWorkspaceFixture(server);
    const timeline = timelineIn("contributions");
    const response = await w.people.manager.client.post(
      paths(w).challenges,
      briefOf({ timeline: { ...timeline, votingCloseAt: timeline.contributionsCloseAt } }),
    );
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: "invalid-input", field: "timeline.votingCloseAt" });
    const list = await w.people.manager.client.get<{ challenges: unknown[] }>(paths(w).challenges);
    expect(list.body.challenges).toEqual([]);
  });

  it("refuses unknown fields and missing ones with the field's name", async () => {
    const w = await createWorkspaceFixture(server);
    const extra = await w.people.manager.client.post(paths(w).challenges, briefOf({ prize: "a car" }));
    expect(extra.body).toMatchObject({ code: "invalid-input", field: "prize" });
    const { benefit: _benefit, ...withoutBenefit } = briefOf();
    const missing = await w.people.manager.client.post(paths(w).challenges, withoutBenefit);
    expect(missing.body).toMatchObject({ code: "invalid-input", field: "benefit" });
  });

  it("keeps a published challenge's dates: only extending a deadline moves them, and never earlier", async () => {
    const w = await createWorkspaceFixture(server);
    const { manager } = w.people;
    const id = await createChallenge(manager.client, w.workspaceId);
    const moved = await manager.client.patch(paths(w).challenge(id), { timeline: timelineIn("voting") });
    expect(moved.body).toMatchObject({ code: "conflict", field: "timeline" });
    const challenge = (await manager.client.get<ChallengeBody>(paths(w).challenge(id))).body.challenge;
    const earlier = await manager.client.post(`${paths(w).challenge(id)}/deadline-extensions`, {
      deadline: "contributionsCloseAt",
      until: new Date(Date.parse(challenge.timeline.contributionsCloseAt ?? "") - 60_000).toISOString(),
    });
    expect(earlier.status).toBe(400);
    expect(earlier.body).toMatchObject({ code: "invalid-input", field: "until" });
    const pastVoting = await manager.client.post(`${paths(w).challenge(id)}/deadline-extensions`, {
      deadline: "contributionsCloseAt",
      until: new Date(Date.parse(challenge.timeline.votingCloseAt ?? "") + 60_000).toISOString(),
    });
    expect(pastVoting.body).toMatchObject({ code: "invalid-input", field: "until" });
  });
});

describe("public link", () => {
  it("shows a public challenge to anyone with its link, and nothing of drafts or member-only ones", async () => {
    const w = await createWorkspaceFixture(server, { name: "Ville ouverte" });
    const open = await createChallenge(w.people.manager.client, w.workspaceId, { audience: "public" });
    const draft = await createChallenge(w.people.manager.client, w.workspaceId, {
      audience: "public",
      status: "draft",
    });
    const members = await createChallenge(w.people.manager.client, w.workspaceId, { audience: "members" });
    const anyone = server.client();
    const seen = await anyone.get<ChallengeBody & { workspace: { name: string } }>(
      `/api/v1/public/challenges/${open}`,
    );
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({
      challenge: { id: open, phase: "contributions" },
      workspace: { name: "Ville ouverte" },
    });
    for (const hidden of [draft, members]) {
      expect((await anyone.get(`/api/v1/public/challenges/${hidden}`)).status).toBe(404);
    }
  });

  it("offers anonymous joining only when both the challenge and its workspace welcome it", async () => {
    const closed = await createWorkspaceFixture(server, { allowAnonymous: false });
    const welcoming = await createWorkspaceFixture(server, { allowAnonymous: true });
    const anyone = server.client();
    for (const [w, expected] of [
      [closed, false],
      [welcoming, true],
    ] as const) {
      const id = await createChallenge(w.people.manager.client, w.workspaceId, {
        audience: "public",
        allowAnonymous: true,
      });
      const seen = await anyone.get<ChallengeBody>(`/api/v1/public/challenges/${id}`);
      expect(seen.body.challenge.allowAnonymous).toBe(expected);
    }
  });

  it("lets a signed-in stranger join as participant and contribute; members keep their role", async () => {
    const w = await createWorkspaceFixture(server, { allowAnonymous: true });
    const id = await createChallenge(w.people.manager.client, w.workspaceId, { audience: "public" });
    const members = await createChallenge(w.people.manager.client, w.workspaceId);
    const stranger = await server.signedUp("Passante");
    expect((await stranger.client.post(`/api/v1/public/challenges/${members}/join`)).status).toBe(404);
    const joined = await stranger.client.post<{ workspace: { id: string; role: string } }>(
      `/api/v1/public/challenges/${id}/join`,
    );
    expect(joined.body.workspace).toEqual(
      expect.objectContaining({ id: w.workspaceId, role: "participant" }),
    );
    expect(await submitIdea(stranger.client, w.workspaceId, id)).toMatch(/^[0-9a-f-]{36}$/);
    const manager = await w.people.manager.client.post<{ workspace: { role: string } }>(
      `/api/v1/public/challenges/${id}/join`,
    );
    expect(manager.body.workspace.role).toBe("manager");

    const visitor = server.client();
    await visitor.post("/api/v1/auth/anonymous", {});
    const refused = await visitor.post(`/api/v1/public/challenges/${id}/join`);
    expect(refused.body).toMatchObject({ code: "anonymous-not-allowed" });
    await w.people.manager.client.patch(paths(w).challenge(id), { allowAnonymous: true });
    expect((await visitor.post(`/api/v1/public/challenges/${id}/join`)).status).toBe(200);
  });
});

describe("challenge phases", () => {
  it("refuses an idea after the contributions deadline, naming it, and stores nothing", async () => {
    const w = await createWorkspaceFixture(server);
    const id = await createChallenge(w.people.manager.client, w.workspaceId, {
      timeline: timelineIn("voting"),
    });
    const response = await w.people.participant.client.post(paths(w).ideas(id), {
      title: "Trop tard",
      body: "Une idée après la date.",
      category: "Animation",
    });
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ code: "phase-closed" });
    expect((response.body as { detail: string }).detail).toMatch(/contributions deadline passed on \d{4}-/);
    expect(await storedIdeas(server, id)).toBe(0);
  });

  it("refuses an idea before contributions open, saying when they open", async () => {
    const w = await createWorkspaceFixture(server);
    const timeline = timelineIn("announcement");
    const id = await createChallenge(w.people.manager.client, w.workspaceId, { timeline });
    const response = await w.people.participant.client.post(paths(w).ideas(id), {
      title: "Trop tôt",
      body: "Une idée avant l'ouverture.",
      category: "Animation",
    });
    expect(response.status).toBe(409);
    expect((response.body as { detail: string }).detail).toContain(timeline.contributionsOpenAt);
    expect(await storedIdeas(server, id)).toBe(0);
  });

  it("accepts supports while voting is open and refuses them during the synthesis", async () => {
    const w = await createWorkspaceFixture(server);
    const id = await createChallenge(w.people.manager.client, w.workspaceId);
    const ideaId = await submitIdea(w.people.participant.client, w.workspaceId, id);
    await setDates(server, id, "voting");
    const during = await w.people.moderator.client.request("PUT", `${paths(w).idea(ideaId)}/support`);
    expect(during.body).toMatchObject({ supported: true, supportCount: 1 });
    await setDates(server, id, "synthesis");
    const after = await w.people.manager.client.request("PUT", `${paths(w).idea(ideaId)}/support`);
    expect(after.status).toBe(409);
    expect(after.body).toMatchObject({ code: "phase-closed" });
    expect((after.body as { detail: string }).detail).toContain("voting deadline");
  });

  it("accepts ideas again once a manager extends the contributions deadline, and tells everyone live", async () => {
    const w = await createWorkspaceFixture(server);
    const { manager, participant } = w.people;
    const id = await createChallenge(manager.client, w.workspaceId);
    await setDates(server, id, "voting");
    const live = await openLiveSocket(participant.client);
    live.send({ type: "subscribe", workspaceId: w.workspaceId });
    await live.waitFor((m) => m.type === "subscribed");
    const challenge = (await manager.client.get<ChallengeBody>(paths(w).challenge(id))).body.challenge;
    const until = new Date(Date.now() + 12 * 3_600_000).toISOString();
    const extended = await manager.client.post<ChallengeBody>(
      `${paths(w).challenge(id)}/deadline-extensions`,
      {
        deadline: "contributionsCloseAt",
        until,
      },
    );
    expect(extended.status).toBe(200);
    expect(extended.body.challenge).toMatchObject({
      phase: "contributions",
      nextDeadline: { field: "contributionsCloseAt", at: until },
    });
    expect(
      await live.waitFor((m) => m.type === "event" && m.event.type === "challenge.deadline-extended"),
    ).toMatchObject({
      event: {
        data: {
          challengeId: id,
          deadline: "contributionsCloseAt",
          previous: challenge.timeline.contributionsCloseAt,
          until,
          phase: "contributions",
        },
      },
    });
    live.close();
    expect(await submitIdea(participant.client, w.workspaceId, id)).toMatch(/^[0-9a-f-]{36}$/);
  });
});
