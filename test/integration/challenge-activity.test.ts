// Points, badges and the leaderboard from the activity log; live updates of a challenge's activity.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { paths, setDates } from "../support/challenge-api.ts";
import { createChallenge, submitIdea, timelineIn } from "../support/challenge-fixture.ts";
import { openLiveSocket } from "../support/live-socket.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { createWorkspaceFixture } from "../support/workspace-fixture.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

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
    await setDates(server, id, "synthesis");
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
