import { parse } from "csv-parse/sync";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../support/api-client.ts";
import { briefOf, createChallenge, submitIdea, timelineIn } from "../support/challenge-fixture.ts";
import { openLiveSocket } from "../support/live-socket.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { createWorkspaceFixture, type WorkspaceFixture } from "../support/workspace-fixture.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

interface ChallengeBody {
  challenge: {
    id: string;
    status: string;
    phase: string;
    nextDeadline: { field: string; at: string } | null;
    timeline: Record<string, string>;
    ideaCount: number;
    participantCount: number;
    medianFirstAnswerSeconds: number | null;
    allowAnonymous: boolean;
  };
}
interface IdeaBody {
  id: string;
  title: string;
  supportCount: number;
  commentCount: number;
  reactions: Record<string, number>;
  myReactions: string[];
  supportedByMe: boolean;
  followedByMe: boolean;
  officialAnswerAt: string | null;
  outcome: { status: string; note: string | null } | null;
}
type IdeaListBody = { ideas: IdeaBody[] };

const paths = (w: WorkspaceFixture) => ({
  challenges: `/api/v1/workspaces/${w.workspaceId}/challenges`,
  challenge: (id: string) => `/api/v1/workspaces/${w.workspaceId}/challenges/${id}`,
  ideas: (id: string) => `/api/v1/workspaces/${w.workspaceId}/challenges/${id}/ideas`,
  idea: (id: string) => `/api/v1/workspaces/${w.workspaceId}/ideas/${id}`,
});

async function storedIdeas(challengeId: string): Promise<number> {
  const result = await server.database.db.execute<{ n: number }>(
    sql`SELECT count(*)::int AS n FROM ideas WHERE challenge_id = ${challengeId}`,
  );
  return result.rows[0]?.n ?? -1;
}

async function setDates(challengeId: string, phase: Parameters<typeof timelineIn>[0]): Promise<void> {
  const t = timelineIn(phase);
  await server.database.db.execute(sql`
    UPDATE challenges SET announcement_at = ${t.announcementAt}, contributions_open_at = ${t.contributionsOpenAt},
      contributions_close_at = ${t.contributionsCloseAt}, voting_close_at = ${t.votingCloseAt},
      synthesis_close_at = ${t.synthesisCloseAt}
    WHERE id = ${challengeId}`);
}

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
    expect(await storedIdeas(id)).toBe(0);
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
    expect(await storedIdeas(id)).toBe(0);
  });

  it("accepts supports while voting is open and refuses them during the synthesis", async () => {
    const w = await createWorkspaceFixture(server);
    const id = await createChallenge(w.people.manager.client, w.workspaceId);
    const ideaId = await submitIdea(w.people.participant.client, w.workspaceId, id);
    await setDates(id, "voting");
    const during = await w.people.moderator.client.request("PUT", `${paths(w).idea(ideaId)}/support`);
    expect(during.body).toMatchObject({ supported: true, supportCount: 1 });
    await setDates(id, "synthesis");
    const after = await w.people.manager.client.request("PUT", `${paths(w).idea(ideaId)}/support`);
    expect(after.status).toBe(409);
    expect(after.body).toMatchObject({ code: "phase-closed" });
    expect((after.body as { detail: string }).detail).toContain("voting deadline");
  });

  it("accepts ideas again once a manager extends the contributions deadline, and tells everyone live", async () => {
    const w = await createWorkspaceFixture(server);
    const { manager, participant } = w.people;
    const id = await createChallenge(manager.client, w.workspaceId);
    await setDates(id, "voting");
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

describe("contributions", () => {
  it("checks the category against the challenge's list, naming the field", async () => {
    const w = await createWorkspaceFixture(server);
    const id = await createChallenge(w.people.manager.client, w.workspaceId);
    const wrong = await w.people.participant.client.post(paths(w).ideas(id), {
      title: "Idée",
      body: "Texte",
      category: "Sport",
    });
    expect(wrong.body).toMatchObject({ code: "invalid-input", field: "category" });
    const image = await w.people.participant.client.post(paths(w).ideas(id), {
      title: "Idée",
      body: "Texte",
      category: "animation",
      imageUrl: "data:image/png;base64,AAAA",
    });
    expect(image.body).toMatchObject({ code: "invalid-input", field: "imageUrl" });
    expect(await storedIdeas(id)).toBe(0);
  });

  it("lets only the author edit or withdraw an idea, and only while contributions are open", async () => {
    const w = await createWorkspaceFixture(server);
    const { manager, participant, moderator } = w.people;
    const id = await createChallenge(manager.client, w.workspaceId);
    const ideaId = await submitIdea(participant.client, w.workspaceId, id);
    const other = await moderator.client.patch(paths(w).idea(ideaId), { title: "Détournée" });
    expect(other.status).toBe(403);
    expect(other.body).toMatchObject({ code: "forbidden" });
    expect((await manager.client.delete(paths(w).idea(ideaId))).status).toBe(403);

    const edited = await participant.client.patch<{ idea: IdeaBody }>(paths(w).idea(ideaId), {
      title: "Un coin lecture ombragé",
    });
    expect(edited.body.idea.title).toBe("Un coin lecture ombragé");

    const second = await submitIdea(participant.client, w.workspaceId, id, { title: "Deuxième" });
    expect((await participant.client.delete(paths(w).idea(second))).status).toBe(204);
    const list = await participant.client.get<IdeaListBody>(paths(w).ideas(id));
    expect(list.body.ideas.map((i) => i.id)).toEqual([ideaId]);
    expect((await participant.client.get(paths(w).idea(second))).status).toBe(404);

    await setDates(id, "voting");
    const late = await participant.client.patch(paths(w).idea(ideaId), { title: "Trop tard" });
    expect(late.body).toMatchObject({ code: "phase-closed" });
    expect((await participant.client.delete(paths(w).idea(ideaId))).body).toMatchObject({
      code: "phase-closed",
    });
    const still = await participant.client.get<{ idea: IdeaBody }>(paths(w).idea(ideaId));
    expect(still.body.idea.title).toBe("Un coin lecture ombragé");
  });

  it("keeps one support per person under 50 concurrent requests, with an exact count", async () => {
    const w = await createWorkspaceFixture(server);
    const { manager, participant } = w.people;
    const id = await createChallenge(manager.client, w.workspaceId);
    const ideaId = await submitIdea(participant.client, w.workspaceId, id);
    const support = `${paths(w).idea(ideaId)}/support`;

    const same = await Promise.all(Array.from({ length: 50 }, () => manager.client.request("PUT", support)));
    expect(same.every((r) => r.status === 200)).toBe(true);
    expect((await manager.client.get<{ idea: IdeaBody }>(paths(w).idea(ideaId))).body.idea).toMatchObject({
      supportCount: 1,
      supportedByMe: true,
    });

    const supporters: ApiClient[] = [];
    for (let i = 0; i < 9; i++) supporters.push((await w.addMember("participant")).client);
    const mixed = await Promise.all(
      supporters.flatMap((client) => Array.from({ length: 5 }, () => client.request("PUT", support))),
    );
    expect(mixed).toHaveLength(45);
    expect(mixed.every((r) => r.status === 200)).toBe(true);
    const counted = await server.database.db.execute<{ rows: number; kept: number }>(sql`
      SELECT (SELECT count(*)::int FROM supports WHERE idea_id = ${ideaId}) AS rows,
             (SELECT support_count FROM ideas WHERE id = ${ideaId}) AS kept`);
    expect(counted.rows[0]).toEqual({ rows: 10, kept: 10 });

    const withdrawn = await Promise.all(Array.from({ length: 50 }, () => manager.client.delete(support)));
    expect(withdrawn.every((r) => r.status === 200)).toBe(true);
    const after = await participant.client.get<{ idea: IdeaBody }>(paths(w).idea(ideaId));
    expect(after.body.idea.supportCount).toBe(9);
  });

  it("toggles reactions and counts them per emotion", async () => {
    const w = await createWorkspaceFixture(server);
    const { manager, participant, moderator } = w.people;
    const id = await createChallenge(manager.client, w.workspaceId);
    const ideaId = await submitIdea(participant.client, w.workspaceId, id);
    const react = (client: ApiClient, emotion: string) =>
      client.post<{ on: boolean; counts: Record<string, number> }>(`${paths(w).idea(ideaId)}/reactions`, {
        emotion,
      });
    expect((await react(moderator.client, "inspired")).body).toMatchObject({
      on: true,
      counts: { inspired: 1 },
    });
    expect((await react(manager.client, "inspired")).body.counts).toMatchObject({ inspired: 2, love: 0 });
    expect((await react(manager.client, "worried")).body.counts).toMatchObject({ inspired: 2, worried: 1 });
    expect((await react(manager.client, "inspired")).body).toMatchObject({
      on: false,
      counts: { inspired: 1 },
    });
    expect((await react(manager.client, "bored")).body).toMatchObject({
      code: "invalid-input",
      field: "emotion",
    });
    const seen = await manager.client.get<{ idea: IdeaBody }>(paths(w).idea(ideaId));
    expect(seen.body.idea).toMatchObject({
      reactions: { love: 0, inspired: 1, surprised: 0, worried: 1, angry: 0 },
      myReactions: ["worried"],
    });
  });

  it("threads comments, and refuses an answer to a comment of another idea", async () => {
    const w = await createWorkspaceFixture(server);
    const { manager, participant, guest } = w.people;
    const id = await createChallenge(manager.client, w.workspaceId);
    const first = await submitIdea(participant.client, w.workspaceId, id);
    const second = await submitIdea(participant.client, w.workspaceId, id, { title: "Autre" });
    const top = await guest.client.post<{ comment: { id: string; official: boolean } }>(
      `${paths(w).idea(first)}/comments`,
      { body: "Belle idée, et pour les enfants ?" },
    );
    expect(top.status).toBe(201);
    expect(top.body.comment.official).toBe(false);
    const reply = await participant.client.post(`${paths(w).idea(first)}/comments`, {
      body: "Un coin jeux à côté !",
      parentId: top.body.comment.id,
    });
    expect(reply.status).toBe(201);
    const elsewhere = await participant.client.post(`${paths(w).idea(second)}/comments`, {
      body: "Égaré",
      parentId: top.body.comment.id,
    });
    expect(elsewhere.body).toMatchObject({ code: "not-found", field: "parentId" });
    const thread = await participant.client.get<{
      idea: IdeaBody;
      comments: Array<{ body: string; parentId: string | null }>;
    }>(paths(w).idea(first));
    expect(thread.body.idea.commentCount).toBe(2);
    expect(thread.body.comments).toEqual([
      expect.objectContaining({ parentId: null }),
      expect.objectContaining({ body: "Un coin jeux à côté !", parentId: top.body.comment.id }),
    ]);
  });

  it("follows and unfollows an idea, its author following it from the start", async () => {
    const w = await createWorkspaceFixture(server);
    const { manager, participant, guest } = w.people;
    const id = await createChallenge(manager.client, w.workspaceId);
    const ideaId = await submitIdea(participant.client, w.workspaceId, id);
    expect(
      (await participant.client.get<{ idea: IdeaBody }>(paths(w).idea(ideaId))).body.idea.followedByMe,
    ).toBe(true);
    const follow = `${paths(w).idea(ideaId)}/follow`;
    expect((await guest.client.request("PUT", follow)).body).toEqual({ following: true });
    expect((await guest.client.request("PUT", follow)).body).toEqual({ following: true });
    expect((await guest.client.get<{ idea: IdeaBody }>(paths(w).idea(ideaId))).body.idea.followedByMe).toBe(
      true,
    );
    expect((await guest.client.delete(follow)).body).toEqual({ following: false });
    expect((await guest.client.get<{ idea: IdeaBody }>(paths(w).idea(ideaId))).body.idea.followedByMe).toBe(
      false,
    );
  });

  it("lets anonymous members contribute only to challenges that welcome them", async () => {
    const w = await createWorkspaceFixture(server, { allowAnonymous: true });
    const closed = await createChallenge(w.people.manager.client, w.workspaceId, { allowAnonymous: false });
    const open = await createChallenge(w.people.manager.client, w.workspaceId, { allowAnonymous: true });
    const visitor = server.client();
    await visitor.post("/api/v1/auth/anonymous", {});
    await visitor.post(`/api/v1/invitations/${(await w.invite("participant")).token}/accept`);
    const refused = await visitor.post(paths(w).ideas(closed), {
      title: "Anonyme",
      body: "Sans compte",
      category: "Animation",
    });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: "anonymous-not-allowed" });
    expect(await storedIdeas(closed)).toBe(0);
    expect(await submitIdea(visitor, w.workspaceId, open)).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("the project manager, present during the challenge", () => {
  it("marks managers' comments official and lists the ideas still waiting for an answer, oldest first", async () => {
    const w = await createWorkspaceFixture(server);
    const { owner, manager, participant, moderator } = w.people;
    const id = await createChallenge(manager.client, w.workspaceId);
    const a = await submitIdea(participant.client, w.workspaceId, id, { title: "A" });
    const b = await submitIdea(moderator.client, w.workspaceId, id, { title: "B" });
    const c = await submitIdea(participant.client, w.workspaceId, id, { title: "C" });
    const unanswered = async () =>
      (await manager.client.get<IdeaListBody>(`${paths(w).ideas(id)}?unanswered=true`)).body.ideas.map(
        (i) => i.title,
      );
    expect(await unanswered()).toEqual(["A", "B", "C"]);

    const comment = await moderator.client.post<{ comment: { official: boolean } }>(
      `${paths(w).idea(a)}/comments`,
      { body: "Bonne idée" },
    );
    expect(comment.body.comment.official).toBe(false);
    expect(await unanswered()).toEqual(["A", "B", "C"]);

    const answer = await owner.client.post<{ comment: { official: boolean } }>(
      `${paths(w).idea(b)}/comments`,
      {
        body: "Merci, nous l'étudions avec le service des marchés.",
      },
    );
    expect(answer.body.comment.official).toBe(true);
    expect(await unanswered()).toEqual(["A", "C"]);
    const idea = await participant.client.get<{ idea: IdeaBody }>(paths(w).idea(b));
    expect(idea.body.idea.officialAnswerAt).not.toBeNull();
    const all = await participant.client.get<IdeaListBody>(paths(w).ideas(id));
    expect(all.body.ideas.map((i) => i.title)).toEqual(["C", "B", "A"]);
    expect(c).toBeTruthy();
  });

  it("gives the median time to a first official answer, in seconds, null before any", async () => {
    const w = await createWorkspaceFixture(server);
    const { manager, participant } = w.people;
    const id = await createChallenge(manager.client, w.workspaceId);
    const ideas = [
      await submitIdea(participant.client, w.workspaceId, id, { title: "1" }),
      await submitIdea(participant.client, w.workspaceId, id, { title: "2" }),
      await submitIdea(participant.client, w.workspaceId, id, { title: "3" }),
      await submitIdea(participant.client, w.workspaceId, id, { title: "4" }),
    ];
    const median = async () =>
      (await participant.client.get<ChallengeBody>(paths(w).challenge(id))).body.challenge
        .medianFirstAnswerSeconds;
    expect(await median()).toBeNull();
    for (const ideaId of ideas.slice(0, 3)) {
      await manager.client.post(`${paths(w).idea(ideaId)}/comments`, { body: "Merci !" });
    }
    // Place the answers 60 s, 1 h and 10 min after their ideas; the fourth idea stays unanswered.
    for (const [index, seconds] of [60, 3600, 600].entries()) {
      await server.database.db.execute(sql`
        UPDATE ideas SET first_official_answer_at = created_at + make_interval(secs => ${seconds})
        WHERE id = ${ideas[index]}`);
    }
    expect(await median()).toBe(600);
  });
});

describe("moderation", () => {
  it("hides an idea from everyone but its author and the moderators, saying why, until restored", async () => {
    const w = await createWorkspaceFixture(server);
    const { manager, participant, moderator, guest } = w.people;
    const id = await createChallenge(manager.client, w.workspaceId);
    const ideaId = await submitIdea(participant.client, w.workspaceId, id, { title: "Hors sujet" });
    const moderation = `${paths(w).idea(ideaId)}/moderation`;
    const unexplained = await moderator.client.request("PUT", moderation, { hidden: true });
    expect(unexplained.body).toMatchObject({ code: "invalid-input", field: "reason" });

    const live = await openLiveSocket(guest.client);
    live.send({ type: "subscribe", workspaceId: w.workspaceId });
    await live.waitFor((m) => m.type === "subscribed");
    const hidden = await moderator.client.request<{ idea: IdeaBody & { hidden: { reason: string } } }>(
      "PUT",
      moderation,
      { hidden: true, reason: "Publicité pour un commerce." },
    );
    expect(hidden.body.idea.hidden).toMatchObject({ reason: "Publicité pour un commerce." });
    expect(await live.waitFor((m) => m.type === "event" && m.event.type === "idea.hidden")).toMatchObject({
      event: { data: { ideaId } },
    });
    live.close();

    expect((await guest.client.get(paths(w).idea(ideaId))).status).toBe(404);
    expect((await guest.client.get<IdeaListBody>(paths(w).ideas(id))).body.ideas).toEqual([]);
    expect(
      (await manager.client.get<IdeaListBody>(`${paths(w).ideas(id)}?unanswered=true`)).body.ideas,
    ).toEqual([]);
    expect((await moderator.client.get<IdeaListBody>(paths(w).ideas(id))).body.ideas).toHaveLength(1);
    const own = await participant.client.get<{ idea: { hidden: { reason: string } } }>(paths(w).idea(ideaId));
    expect(own.body.idea.hidden.reason).toBe("Publicité pour un commerce.");
    const supported = await moderator.client.request("PUT", `${paths(w).idea(ideaId)}/support`);
    expect(supported.body).toMatchObject({ code: "conflict" });
    const challenge = await guest.client.get<ChallengeBody>(paths(w).challenge(id));
    expect(challenge.body.challenge.ideaCount).toBe(0);

    await moderator.client.request("PUT", moderation, { hidden: false });
    const back = await guest.client.get<{ idea: { hidden: unknown } }>(paths(w).idea(ideaId));
    expect(back.status).toBe(200);
    expect(back.body.idea.hidden).toBeNull();
  });

  it("hides a comment's text but keeps its place in the thread", async () => {
    const w = await createWorkspaceFixture(server);
    const { manager, participant, moderator, guest } = w.people;
    const id = await createChallenge(manager.client, w.workspaceId);
    const ideaId = await submitIdea(participant.client, w.workspaceId, id);
    const posted = await guest.client.post<{ comment: { id: string } }>(`${paths(w).idea(ideaId)}/comments`, {
      body: "Propos déplacé",
    });
    const moderation = `/api/v1/workspaces/${w.workspaceId}/comments/${posted.body.comment.id}/moderation`;
    expect((await participant.client.request("PUT", moderation, { hidden: true, reason: "x" })).status).toBe(
      403,
    );
    const hidden = await moderator.client.request("PUT", moderation, {
      hidden: true,
      reason: "Propos insultants.",
    });
    expect(hidden.status).toBe(200);
    type Thread = { idea: IdeaBody; comments: Array<{ body: string; hidden: { reason: string } | null }> };
    const seen = await participant.client.get<Thread>(paths(w).idea(ideaId));
    expect(seen.body.idea.commentCount).toBe(0);
    expect(seen.body.comments).toEqual([
      expect.objectContaining({
        body: "",
        hidden: expect.objectContaining({ reason: "Propos insultants." }),
      }),
    ]);
    const byAuthor = await guest.client.get<Thread>(paths(w).idea(ideaId));
    expect(byAuthor.body.comments[0]?.body).toBe("Propos déplacé");
    // The hidden comment earns its author nothing: only the participant's idea scores.
    const board = await manager.client.get<{ entries: Array<{ user: { id: string }; points: number }> }>(
      `${paths(w).challenge(id)}/leaderboard`,
    );
    expect(board.body.entries.map((e) => [e.user.id, e.points])).toEqual([[participant.userId, 10]]);
  });
});

describe("after the challenge: outcomes and debrief", () => {
  it("says what became of each idea once contributions close, a refusal always explained", async () => {
    const w = await createWorkspaceFixture(server);
    const { manager, participant } = w.people;
    const id = await createChallenge(manager.client, w.workspaceId);
    const kept = await submitIdea(participant.client, w.workspaceId, id, { title: "Gardée" });
    const dropped = await submitIdea(participant.client, w.workspaceId, id, { title: "Écartée" });
    const early = await manager.client.request("PUT", `${paths(w).idea(kept)}/outcome`, {
      outcome: "retained",
    });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: "phase-closed" });
    const { timeline } = (await manager.client.get<ChallengeBody>(paths(w).challenge(id))).body.challenge;
    // Outcomes open when contributions close: the message says so, not when contributions opened.
    expect((early.body as { detail: string }).detail).toContain(`opens on ${timeline.contributionsCloseAt}`);

    await setDates(id, "synthesis");
    const retained = await manager.client.request<{ idea: { outcome: { status: string } } }>(
      "PUT",
      `${paths(w).idea(kept)}/outcome`,
      { outcome: "retained", note: "Testée dès juin." },
    );
    expect(retained.body.idea.outcome).toMatchObject({ status: "retained", note: "Testée dès juin." });
    const unexplained = await manager.client.request("PUT", `${paths(w).idea(dropped)}/outcome`, {
      outcome: "not-retained",
    });
    expect(unexplained.body).toMatchObject({ code: "invalid-input", field: "note" });
    await manager.client.request("PUT", `${paths(w).idea(dropped)}/outcome`, {
      outcome: "not-retained",
      note: "Le marché n'a pas la place d'ici l'an prochain.",
    });
    const seen = await participant.client.get<IdeaListBody>(paths(w).ideas(id));
    expect(seen.body.ideas.map((i) => i.outcome?.status).sort()).toEqual(["not-retained", "retained"]);
    const challenge = await participant.client.get<{ challenge: { outcomeCounts: unknown } }>(
      paths(w).challenge(id),
    );
    expect(challenge.body.challenge.outcomeCounts).toEqual({ retained: 1, studied: 0, notRetained: 1 });
  });

  it("keeps the debrief a draft for managers until it is published, once voting is over", async () => {
    const w = await createWorkspaceFixture(server);
    const { manager, participant } = w.people;
    const id = await createChallenge(manager.client, w.workspaceId);
    const debrief = `${paths(w).challenge(id)}/debrief`;
    const draft = await manager.client.request<ChallengeBody & { challenge: { debrief: unknown } }>(
      "PUT",
      debrief,
      { text: "Vous avez dit, nous faisons." },
    );
    expect(draft.body.challenge.debrief).toMatchObject({
      text: "Vous avez dit, nous faisons.",
      publishedAt: null,
    });
    const hidden = await participant.client.get<{ challenge: { debrief: unknown } }>(paths(w).challenge(id));
    expect(hidden.body.challenge.debrief).toBeNull();
    const early = await manager.client.request("PUT", debrief, { text: "Trop tôt", publish: true });
    expect(early.body).toMatchObject({ code: "phase-closed" });

    await setDates(id, "debrief");
    const live = await openLiveSocket(participant.client);
    live.send({ type: "subscribe", workspaceId: w.workspaceId });
    await live.waitFor((m) => m.type === "subscribed");
    const published = await manager.client.request("PUT", debrief, {
      text: "Vous avez dit, nous faisons : trois idées testées en juin.",
      mediaUrl: "https://video.example.org/debrief.mp4",
      publish: true,
    });
    expect(published.status).toBe(200);
    expect(
      await live.waitFor((m) => m.type === "event" && m.event.type === "challenge.debriefed"),
    ).toMatchObject({
      event: { data: { challengeId: id, firstPublication: true } },
    });
    live.close();
    const seen = await participant.client.get<{
      challenge: { debrief: { text: string; publishedAt: string } };
    }>(paths(w).challenge(id));
    expect(seen.body.challenge.debrief).toMatchObject({
      text: "Vous avez dit, nous faisons : trois idées testées en juin.",
      publishedAt: expect.any(String),
    });
  });
});

describe("contest", () => {
  it("awards ideas of a contest once voting is over, and only in a contest", async () => {
    const w = await createWorkspaceFixture(server);
    const { manager, participant, moderator } = w.people;
    const plain = await createChallenge(manager.client, w.workspaceId);
    const contest = await createChallenge(manager.client, w.workspaceId, {
      contestPrize: "Un stand offert tout l'été",
    });
    const plainIdea = await submitIdea(participant.client, w.workspaceId, plain);
    const ideaId = await submitIdea(participant.client, w.workspaceId, contest);
    const seen = await participant.client.get<{ challenge: { contest: unknown } }>(
      paths(w).challenge(contest),
    );
    expect(seen.body.challenge.contest).toEqual({ prize: "Un stand offert tout l'été" });

    const early = await manager.client.request("PUT", `${paths(w).idea(ideaId)}/award`, {
      award: "Premier prix",
    });
    expect(early.body).toMatchObject({ code: "phase-closed" });
    await setDates(plain, "synthesis");
    const notContest = await manager.client.request("PUT", `${paths(w).idea(plainIdea)}/award`, {
      award: "Premier prix",
    });
    expect(notContest.body).toMatchObject({ code: "conflict", field: "award" });

    await setDates(contest, "synthesis");
    const live = await openLiveSocket(moderator.client);
    live.send({ type: "subscribe", workspaceId: w.workspaceId });
    await live.waitFor((m) => m.type === "subscribed");
    const awarded = await manager.client.request<{ idea: { award: { title: string } } }>(
      "PUT",
      `${paths(w).idea(ideaId)}/award`,
      { award: "Premier prix" },
    );
    expect(awarded.body.idea.award).toMatchObject({ title: "Premier prix" });
    expect(await live.waitFor((m) => m.type === "event" && m.event.type === "idea.awarded")).toMatchObject({
      event: { data: { ideaId, award: "Premier prix" } },
    });
    live.close();
    const back = await manager.client.request<{ idea: { award: unknown } }>(
      "PUT",
      `${paths(w).idea(ideaId)}/award`,
      {
        award: null,
      },
    );
    expect(back.body.idea.award).toBeNull();
  });
});

describe("notifications", () => {
  type Notifications = {
    notifications: Array<{ id: string; kind: string; idea: { id: string } | null; read: boolean }>;
  };

  it("tells followers of an official answer and an outcome, and contributors of the debrief", async () => {
    const w = await createWorkspaceFixture(server);
    const { manager, participant, guest, moderator } = w.people;
    const id = await createChallenge(manager.client, w.workspaceId);
    const ideaId = await submitIdea(participant.client, w.workspaceId, id);
    await guest.client.request("PUT", `${paths(w).idea(ideaId)}/follow`);
    await moderator.client.post(`${paths(w).idea(ideaId)}/comments`, { body: "Pas officiel." });
    await manager.client.post(`${paths(w).idea(ideaId)}/comments`, { body: "Nous l'étudions." });
    const mine = `/api/v1/workspaces/${w.workspaceId}/notifications`;
    for (const follower of [participant, guest]) {
      const list = await follower.client.get<Notifications>(mine);
      expect(list.body.notifications).toEqual([
        expect.objectContaining({
          kind: "official-answer",
          idea: expect.objectContaining({ id: ideaId }),
          read: false,
        }),
      ]);
    }
    expect((await manager.client.get<Notifications>(mine)).body.notifications).toEqual([]);

    await setDates(id, "debrief");
    await manager.client.request("PUT", `${paths(w).idea(ideaId)}/outcome`, { outcome: "retained" });
    await manager.client.request("PUT", `${paths(w).challenge(id)}/debrief`, {
      text: "Merci à tous.",
      publish: true,
    });
    const participantList = await participant.client.get<Notifications>(`${mine}?unread=true`);
    // The author hears that their idea is selected, rather than of its outcome as a follower.
    expect(participantList.body.notifications.map((n) => n.kind)).toEqual([
      "debrief-published",
      "idea-selected",
      "official-answer",
    ]);
    // The moderator commented, so hears of the debrief; the guest only followed, so hears of the idea only.
    expect((await moderator.client.get<Notifications>(mine)).body.notifications.map((n) => n.kind)).toEqual([
      "debrief-published",
    ]);
    expect((await guest.client.get<Notifications>(mine)).body.notifications.map((n) => n.kind)).toEqual([
      "outcome-set",
      "official-answer",
    ]);

    const first = participantList.body.notifications[0]?.id as string;
    expect((await participant.client.post(`${mine}/read`, { ids: [first] })).status).toBe(204);
    expect(
      (await participant.client.get<Notifications>(`${mine}?unread=true`)).body.notifications,
    ).toHaveLength(2);
    await participant.client.post(`${mine}/read`, {});
    expect((await participant.client.get<Notifications>(`${mine}?unread=true`)).body.notifications).toEqual(
      [],
    );
    expect((await participant.client.get<Notifications>(mine)).body.notifications).toHaveLength(3);
  });
});

describe("export", () => {
  it("gives managers every idea as CSV a spreadsheet or cocrea cluster reads, and as JSON", async () => {
    const w = await createWorkspaceFixture(server);
    const { manager, participant, moderator } = w.people;
    const id = await createChallenge(manager.client, w.workspaceId);
    const first = await submitIdea(participant.client, w.workspaceId, id, {
      title: "Bancs, ombre",
      body: 'Des bancs "confortables",\net de l\'ombre.',
    });
    const second = await submitIdea(moderator.client, w.workspaceId, id, { title: "Fanfare" });
    await moderator.client.request("PUT", `${paths(w).idea(first)}/support`);
    await manager.client.request("PUT", `${paths(w).idea(second)}/moderation`, {
      hidden: true,
      reason: "Doublon.",
    });
    const withdrawn = await submitIdea(participant.client, w.workspaceId, id, { title: "Retirée" });
    await participant.client.delete(paths(w).idea(withdrawn));

    const csv = await manager.client.get<string>(`${paths(w).challenge(id)}/export`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    const rows = parse(csv.body, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rows.map((r) => [r.id, r.title, r.supports, r.hidden_reason])).toEqual([
      [first, "Bancs, ombre", "1", ""],
      [second, "Fanfare", "0", "Doublon."],
    ]);
    expect(rows[0]?.body).toBe('Des bancs "confortables",\net de l\'ombre.');

    const json = await manager.client.get<{ ideas: Array<{ id: string }> }>(
      `${paths(w).challenge(id)}/export?format=json`,
    );
    expect(json.body.ideas.map((i) => i.id)).toEqual([first, second]);
    expect((await participant.client.get(`${paths(w).challenge(id)}/export`)).status).toBe(403);
  });
});

describe("points and leaderboard", () => {
  it("ranks participants by points recomputed from the activity log", async () => {
    const w = await createWorkspaceFixture(server);
    const { manager, participant, moderator } = w.people;
    const id = await createChallenge(manager.client, w.workspaceId);
    const ideaId = await submitIdea(participant.client, w.workspaceId, id);
    await moderator.client.post(`${paths(w).idea(ideaId)}/comments`, { body: "J'aime beaucoup." });
    await moderator.client.request("PUT", `${paths(w).idea(ideaId)}/support`);
    await manager.client.post(`${paths(w).idea(ideaId)}/comments`, { body: "Nous la retenons pour l'été." });
    await manager.client.post(`${paths(w).idea(ideaId)}/comments`, { body: "Rendez-vous en juin." });

    type Board = {
      enabled: boolean;
      hiddenMe: boolean;
      entries: Array<{ user: { id: string }; points: number; rank: number; badges: string[] }>;
    };
    const board = await participant.client.get<Board>(`${paths(w).challenge(id)}/leaderboard`);
    // Participant: idea 10 + support received 2 + recognition 5 (once); moderator: comment 3; manager: nothing.
    // Both posted among the first ten (pioneers) and rank in the top three.
    expect(board.body).toEqual({
      enabled: true,
      hiddenMe: false,
      entries: [
        {
          user: expect.objectContaining({ id: participant.userId }),
          points: 17,
          rank: 1,
          badges: ["first-idea", "pioneer", "top-contributor"],
        },
        {
          user: expect.objectContaining({ id: moderator.userId }),
          points: 3,
          rank: 2,
          badges: ["pioneer", "top-contributor"],
        },
      ],
    });

    // The leaderboard is recomputed from the log at each reading: a row appended directly counts at once.
    await server.database.db.execute(sql`
      INSERT INTO activity (workspace_id, challenge_id, user_id, kind, subject_id)
      VALUES (${w.workspaceId}, ${id}, ${moderator.userId}, 'idea-submitted', gen_random_uuid()),
             (${w.workspaceId}, ${id}, ${moderator.userId}, 'idea-submitted', gen_random_uuid())`);
    const again = await participant.client.get<Board>(`${paths(w).challenge(id)}/leaderboard`);
    expect(again.body.entries.map((e) => [e.user.id, e.points, e.rank])).toEqual([
      [moderator.userId, 23, 1],
      [participant.userId, 17, 2],
    ]);

    await manager.client.patch(paths(w).challenge(id), { leaderboard: false });
    expect((await participant.client.get<Board>(`${paths(w).challenge(id)}/leaderboard`)).body).toEqual({
      enabled: false,
      hiddenMe: false,
      entries: [],
    });
    expect(
      (await manager.client.get<Board>(`${paths(w).challenge(id)}/leaderboard`)).body.entries,
    ).toHaveLength(2);
  });

  it("lets a participant hide from the leaderboard: others stop seeing them, ranks close up, they still see themselves", async () => {
    const w = await createWorkspaceFixture(server);
    const { manager, participant, moderator } = w.people;
    const id = await createChallenge(manager.client, w.workspaceId);
    await submitIdea(participant.client, w.workspaceId, id);
    await submitIdea(moderator.client, w.workspaceId, id);
    await submitIdea(moderator.client, w.workspaceId, id, { title: "Encore" });
    type Board = { hiddenMe: boolean; entries: Array<{ user: { id: string }; rank: number }> };
    const board = (client: typeof manager.client) =>
      client.get<Board>(`${paths(w).challenge(id)}/leaderboard`).then((r) => r.body);
    expect((await board(participant.client)).entries.map((e) => [e.user.id, e.rank])).toEqual([
      [moderator.userId, 1],
      [participant.userId, 2],
    ]);

    const hide = await moderator.client.request("PUT", `${paths(w).challenge(id)}/leaderboard/me`, {
      hidden: true,
    });
    expect(hide.body).toEqual({ hidden: true });
    expect((await board(participant.client)).entries.map((e) => [e.user.id, e.rank])).toEqual([
      [participant.userId, 1],
    ]);
    expect((await board(manager.client)).entries.map((e) => e.user.id)).toEqual([participant.userId]);
    const own = await board(moderator.client);
    expect(own.hiddenMe).toBe(true);
    expect(own.entries.map((e) => e.user.id)).toContain(moderator.userId);

    await moderator.client.request("PUT", `${paths(w).challenge(id)}/leaderboard/me`, { hidden: false });
    expect((await board(participant.client)).entries).toHaveLength(2);
  });

  it("gives the idea-selected badge once an author's idea is retained", async () => {
    const w = await createWorkspaceFixture(server);
    const { manager, participant } = w.people;
    const id = await createChallenge(manager.client, w.workspaceId);
    const ideaId = await submitIdea(participant.client, w.workspaceId, id);
    type Board = { entries: Array<{ user: { id: string }; badges: string[] }> };
    const badgesNow = async () =>
      (await participant.client.get<Board>(`${paths(w).challenge(id)}/leaderboard`)).body.entries.find(
        (entry) => entry.user.id === participant.userId,
      )?.badges;
    expect(await badgesNow()).not.toContain("idea-selected");
    await setDates(id, "synthesis");
    const retained = await manager.client.request("PUT", `${paths(w).idea(ideaId)}/outcome`, {
      outcome: "retained",
      note: "Testée dès juin.",
    });
    expect(retained.status).toBe(200);
    expect(await badgesNow()).toContain("idea-selected");
  });
});

describe("live updates", () => {
  it("sends ideas, comments, reactions and supports to subscribed members as they happen", async () => {
    const w = await createWorkspaceFixture(server);
    const { manager, participant, moderator } = w.people;
    const id = await createChallenge(manager.client, w.workspaceId);
    const live = await openLiveSocket(moderator.client);
    live.send({ type: "subscribe", workspaceId: w.workspaceId });
    await live.waitFor((m) => m.type === "subscribed");
    const event = (type: string) => live.waitFor((m) => m.type === "event" && m.event.type === type);

    const ideaId = await submitIdea(participant.client, w.workspaceId, id, { title: "Fanfare" });
    expect(await event("idea.submitted")).toMatchObject({
      event: { workspaceId: w.workspaceId, data: { challengeId: id, ideaId, title: "Fanfare" } },
    });
    await participant.client.patch(paths(w).idea(ideaId), { title: "Fanfare du samedi" });
    expect(await event("idea.updated")).toMatchObject({
      event: { data: { ideaId, title: "Fanfare du samedi" } },
    });
    await manager.client.post(`${paths(w).idea(ideaId)}/comments`, { body: "Excellente idée." });
    expect(await event("comment.posted")).toMatchObject({ event: { data: { ideaId, official: true } } });
    await manager.client.post(`${paths(w).idea(ideaId)}/reactions`, { emotion: "love" });
    expect(await event("reaction.changed")).toMatchObject({
      event: { data: { ideaId, emotion: "love", on: true, counts: { love: 1, angry: 0 } } },
    });
    await manager.client.request("PUT", `${paths(w).idea(ideaId)}/support`);
    expect(await event("support.changed")).toMatchObject({
      event: { data: { ideaId, supported: true, supportCount: 1 } },
    });
    await participant.client.delete(paths(w).idea(ideaId));
    expect(await event("idea.withdrawn")).toMatchObject({ event: { data: { ideaId, challengeId: id } } });
    live.close();
  });

  it("announces nothing when a write is refused", async () => {
    const w = await createWorkspaceFixture(server);
    const id = await createChallenge(w.people.manager.client, w.workspaceId, {
      timeline: timelineIn("voting"),
    });
    const live = await openLiveSocket(w.people.owner.client);
    live.send({ type: "subscribe", workspaceId: w.workspaceId });
    await live.waitFor((m) => m.type === "subscribed");
    await w.people.participant.client.post(paths(w).ideas(id), {
      title: "Trop tard",
      body: "…",
      category: "Animation",
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(live.messages.filter((m) => m.type === "event")).toEqual([]);
    live.close();
  });
});
