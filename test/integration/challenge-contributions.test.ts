// Contributions to a challenge (ideas, supports, reactions, comments, follows), the project manager's answers, and
// moderation.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../support/api-client.ts";
import {
  type ChallengeBody,
  type IdeaBody,
  type IdeaListBody,
  paths,
  setDates,
  storedIdeas,
} from "../support/challenge-api.ts";
import { createChallenge, submitIdea } from "../support/challenge-fixture.ts";
import { openLiveSocket } from "../support/live-socket.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { createWorkspaceFixture } from "../support/workspace-fixture.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

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
    expect(await storedIdeas(server, id)).toBe(0);
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

    await setDates(server, id, "voting");
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
    expect(await storedIdeas(server, closed)).toBe(0);
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
