// Contest mode: criteria, finalists, jury scores, the combined ranking and the announcement of winners.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createChallenge, submitIdea, timelineIn } from "../support/challenge-fixture.ts";
import { openLiveSocket } from "../support/live-socket.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { createWorkspaceFixture, type WorkspaceFixture } from "../support/workspace-fixture.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

interface Score {
  juror: { id: string; name: string };
  criterionId: string;
  score: number;
  comment: string | null;
}
interface ContestBody {
  contest: {
    juryShare: number;
    announcedAt: string | null;
    juror: boolean;
    ballotComplete: boolean;
    criteria: Array<{ id: string; name: string; description: string; weight: number }>;
    finalists: Array<{ ideaId: string; title: string; myScores: Score[]; scores: Score[] | null }> | null;
    ranking: Array<{
      ideaId: string;
      rank: number;
      juryPart: number | null;
      communityPart: number;
      total: number;
      supportCount: number;
      award: string | null;
    }> | null;
  };
}
interface Problem {
  code: string;
  field?: string;
}

async function setDates(challengeId: string, phase: Parameters<typeof timelineIn>[0]): Promise<void> {
  const t = timelineIn(phase);
  await server.database.db.execute(sql`
    UPDATE challenges SET announcement_at = ${t.announcementAt}, contributions_open_at = ${t.contributionsOpenAt},
      contributions_close_at = ${t.contributionsCloseAt}, voting_close_at = ${t.votingCloseAt},
      synthesis_close_at = ${t.synthesisCloseAt}
    WHERE id = ${challengeId}`);
}

/** A contest open for contributions with three ideas of the participant; the first has 2 supports, the second 1. */
async function contest(w: WorkspaceFixture) {
  const { manager, participant, moderator } = w.people;
  const challengeId = await createChallenge(manager.client, w.workspaceId, {
    contestPrize: "Un stage de six mois",
  });
  const ideaIds = [];
  for (const title of ["Un coin lecture", "Des bancs à l'ombre", "Un jeu de piste"]) {
    ideaIds.push(await submitIdea(participant.client, w.workspaceId, challengeId, { title }));
  }
  const [a, b, c] = ideaIds as [string, string, string];
  const ideaPath = (id: string) => `/api/v1/workspaces/${w.workspaceId}/ideas/${id}/support`;
  expect((await moderator.client.request("PUT", ideaPath(a))).status).toBe(200);
  expect((await manager.client.request("PUT", ideaPath(a))).status).toBe(200);
  expect((await moderator.client.request("PUT", ideaPath(b))).status).toBe(200);
  const base = `/api/v1/workspaces/${w.workspaceId}/challenges/${challengeId}/contest`;
  return {
    challengeId,
    a,
    b,
    c,
    base,
    finalist: (id: string) => `${base}/finalists/${id}`,
    scores: (id: string) => `${base}/finalists/${id}/scores`,
  };
}

async function defineTwoCriteria(w: WorkspaceFixture, base: string, juryShare = 70) {
  const response = await w.people.manager.client.request<ContestBody>("PUT", base, {
    juryShare,
    criteria: [
      { name: "Impact", description: "Ce que l'idée change pour le marché", weight: 2 },
      { name: "Faisabilité", weight: 1 },
    ],
  });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  const [impact, feasibility] = response.body.contest.criteria as unknown as [{ id: string }, { id: string }];
  return { impact: impact.id, feasibility: feasibility.id };
}

describe("contest criteria", () => {
  it("saves criteria in order with their weights and the jury share, and replaces them as a whole", async () => {
    const w = await createWorkspaceFixture(server);
    const c = await contest(w);
    const { impact } = await defineTwoCriteria(w, c.base, 60);
    const read = await w.people.participant.client.get<ContestBody>(c.base);
    expect(read.status).toBe(200);
    expect(read.body.contest).toMatchObject({ juryShare: 60, juror: false, finalists: null, ranking: null });
    expect(read.body.contest.criteria.map((x) => [x.name, x.weight])).toEqual([
      ["Impact", 2],
      ["Faisabilité", 1],
    ]);

    const replaced = await w.people.manager.client.request<ContestBody>("PUT", c.base, {
      juryShare: 80,
      criteria: [
        { name: "Originalité", weight: 3 },
        { id: impact, name: "Impact local", weight: 1 },
      ],
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body.contest.criteria.map((x) => [x.name, x.weight])).toEqual([
      ["Originalité", 3],
      ["Impact local", 1],
    ]);
    expect(replaced.body.contest.criteria[1]?.id).toBe(impact);
  });

  it("names the field of a bad criterion and saves nothing", async () => {
    const w = await createWorkspaceFixture(server);
    const c = await contest(w);
    await defineTwoCriteria(w, c.base);
    const put = (body: unknown) => w.people.manager.client.request<Problem>("PUT", c.base, body);

    const twice = await put({
      juryShare: 50,
      criteria: [
        { name: "Coût", weight: 1 },
        { name: " coût ", weight: 2 },
      ],
    });
    expect(twice.status).toBe(400);
    expect(twice.body).toMatchObject({ code: "invalid-input", field: "criteria.1.name" });
    const weight = await put({ juryShare: 50, criteria: [{ name: "Coût", weight: 0 }] });
    expect(weight.status).toBe(400);
    expect(weight.body).toMatchObject({ code: "invalid-input", field: "criteria.0.weight" });
    const share = await put({ juryShare: 120, criteria: [] });
    expect(share.status).toBe(400);
    expect(share.body).toMatchObject({ code: "invalid-input", field: "juryShare" });
    const unknown = await put({
      juryShare: 50,
      criteria: [{ id: "00000000-0000-4000-8000-000000000000", name: "Coût", weight: 1 }],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ code: "invalid-input", field: "criteria.0.id" });

    const after = await w.people.manager.client.get<ContestBody>(c.base);
    expect(after.body.contest.juryShare).toBe(70);
    expect(after.body.contest.criteria.map((x) => x.name)).toEqual(["Impact", "Faisabilité"]);
  });

  it("refuses criteria on a challenge that is not a contest, and after the voting deadline", async () => {
    const w = await createWorkspaceFixture(server);
    const plain = await createChallenge(w.people.manager.client, w.workspaceId);
    const notContest = await w.people.manager.client.request<Problem>(
      "PUT",
      `/api/v1/workspaces/${w.workspaceId}/challenges/${plain}/contest`,
      { juryShare: 70, criteria: [{ name: "Impact", weight: 1 }] },
    );
    expect(notContest.status).toBe(409);
    expect(notContest.body).toMatchObject({ code: "conflict", field: "contestPrize" });

    const c = await contest(w);
    await setDates(c.challengeId, "voting");
    await defineTwoCriteria(w, c.base);
    await setDates(c.challengeId, "synthesis");
    const late = await w.people.manager.client.request<Problem>("PUT", c.base, {
      juryShare: 70,
      criteria: [{ name: "Impact", weight: 1 }],
    });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: "phase-closed" });
  });
});

describe("finalists and scores", () => {
  it("marks finalists only during voting or synthesis, idempotently, and only ideas of the challenge", async () => {
    const w = await createWorkspaceFixture(server);
    const c = await contest(w);
    const manager = w.people.manager.client;
    const early = await manager.request<Problem>("PUT", c.finalist(c.a), { finalist: true });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: "phase-closed" });

    await setDates(c.challengeId, "voting");
    expect((await manager.request("PUT", c.finalist(c.a), { finalist: true })).body).toEqual({
      finalist: true,
    });
    expect((await manager.request("PUT", c.finalist(c.a), { finalist: true })).status).toBe(200);
    const other = await createChallenge(manager, w.workspaceId, { contestPrize: "Autre" });
    const stranger = await submitIdea(w.people.participant.client, w.workspaceId, other);
    const elsewhere = await manager.request<Problem>("PUT", c.finalist(stranger), { finalist: true });
    expect(elsewhere.status).toBe(404);

    const read = await manager.get<ContestBody>(c.base);
    expect(read.body.contest.finalists?.map((f) => f.ideaId)).toEqual([c.a]);
    await manager.request("PUT", c.finalist(c.a), { finalist: false });
    expect((await manager.get<ContestBody>(c.base)).body.contest.finalists).toEqual([]);
  });

  it("scores finalists only, replaces a juror's score, and names the field of a bad score", async () => {
    const w = await createWorkspaceFixture(server);
    const c = await contest(w);
    const { impact, feasibility } = await defineTwoCriteria(w, c.base);
    await setDates(c.challengeId, "voting");
    const manager = w.people.manager.client;
    await manager.request("PUT", c.finalist(c.a), { finalist: true });

    const notFinalist = await manager.request<Problem>("PUT", c.scores(c.b), {
      scores: [{ criterionId: impact, score: 5 }],
    });
    expect(notFinalist.status).toBe(409);
    expect(notFinalist.body).toMatchObject({ code: "not-a-finalist", field: "ideaId" });

    const outOfRange = await manager.request<Problem>("PUT", c.scores(c.a), {
      scores: [
        { criterionId: impact, score: 5 },
        { criterionId: feasibility, score: 11 },
      ],
    });
    expect(outOfRange.status).toBe(400);
    expect(outOfRange.body).toMatchObject({ code: "invalid-input", field: "scores.1.score" });
    const unknown = await manager.request<Problem>("PUT", c.scores(c.a), {
      scores: [
        { criterionId: impact, score: 5 },
        { criterionId: "00000000-0000-4000-8000-000000000000", score: 3 },
      ],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ code: "invalid-input", field: "scores.1.criterionId" });
    const stored = await server.database.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM jury_scores WHERE idea_id = ${c.a}`,
    );
    expect(stored.rows[0]?.n).toBe(0);

    await manager.request("PUT", c.scores(c.a), {
      scores: [{ criterionId: impact, score: 7, comment: "Solide" }],
    });
    const replaced = await manager.request<ContestBody>("PUT", c.scores(c.a), {
      scores: [{ criterionId: impact, score: 9 }],
    });
    expect(replaced.status).toBe(200);
    const mine = replaced.body.contest.finalists?.[0]?.myScores;
    expect(mine?.map((s) => [s.criterionId, s.score, s.comment])).toEqual([[impact, 9, null]]);
  });

  it("closes scoring at the debrief", async () => {
    const w = await createWorkspaceFixture(server);
    const c = await contest(w);
    const { impact } = await defineTwoCriteria(w, c.base);
    await setDates(c.challengeId, "synthesis");
    await w.people.manager.client.request("PUT", c.finalist(c.a), { finalist: true });
    await setDates(c.challengeId, "debrief");
    const late = await w.people.owner.client.request<Problem>("PUT", c.scores(c.a), {
      scores: [{ criterionId: impact, score: 5 }],
    });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: "phase-closed" });
  });
});

describe("ranking and announcement", () => {
  it("combines the jury's weighted scores with support, shown to a juror once their ballot is complete", async () => {
    const w = await createWorkspaceFixture(server);
    const c = await contest(w);
    const { impact, feasibility } = await defineTwoCriteria(w, c.base, 70);
    await setDates(c.challengeId, "voting");
    const { manager, owner } = w.people;
    await manager.client.request("PUT", c.finalist(c.a), { finalist: true });
    await manager.client.request("PUT", c.finalist(c.b), { finalist: true });

    // The owner scores a: impact 8, feasibility 6; b: impact 10, feasibility 4.
    await owner.client.request("PUT", c.scores(c.a), {
      scores: [
        { criterionId: impact, score: 8 },
        { criterionId: feasibility, score: 6 },
      ],
    });
    const half = await owner.client.request<ContestBody>("PUT", c.scores(c.b), {
      scores: [{ criterionId: impact, score: 10 }],
    });
    expect(half.body.contest.ranking).toBeNull();
    const owners = await owner.client.request<ContestBody>("PUT", c.scores(c.b), {
      scores: [{ criterionId: feasibility, score: 4 }],
    });
    expect(owners.body.contest.ballotComplete).toBe(true);
    expect(owners.body.contest.ranking).not.toBeNull();

    // The manager has scored only a's impact (6): a's others' scores stay hidden until a is fully scored.
    const partial = await manager.client.request<ContestBody>("PUT", c.scores(c.a), {
      scores: [{ criterionId: impact, score: 6 }],
    });
    const aSeen = partial.body.contest.finalists?.find((f) => f.ideaId === c.a);
    expect(aSeen?.myScores).toHaveLength(1);
    expect(aSeen?.scores).toBeNull();
    expect(partial.body.contest.ranking).toBeNull();
    const full = await manager.client.request<ContestBody>("PUT", c.scores(c.a), {
      scores: [{ criterionId: feasibility, score: 10 }],
    });
    expect(full.body.contest.finalists?.find((f) => f.ideaId === c.a)?.scores).toHaveLength(4);
    expect(full.body.contest.finalists?.find((f) => f.ideaId === c.b)?.scores).toBeNull();

    // a: impact (8+6)/2 = 7, feasibility (6+10)/2 = 8 → 22/30; supports 2 of 2 → 0.7·22/30 + 0.3 = 0.81333
    // b: impact 10, feasibility 4 (the owner alone) → 24/30 = 0.8; supports 1 of 2 → 0.56 + 0.15 = 0.71
    const ranking = (await owner.client.get<ContestBody>(c.base)).body.contest.ranking;
    expect(ranking?.map((r) => r.ideaId)).toEqual([c.a, c.b]);
    expect(ranking?.[0]?.juryPart).toBeCloseTo(22 / 30, 6);
    expect(ranking?.[0]?.communityPart).toBe(1);
    expect(ranking?.[0]?.total).toBeCloseTo(0.7 * (22 / 30) + 0.3, 6);
    expect(ranking?.[1]?.juryPart).toBeCloseTo(0.8, 6);
    expect(ranking?.[1]?.communityPart).toBe(0.5);
    expect(ranking?.[1]?.total).toBeCloseTo(0.71, 6);
  });

  it("keeps the ranking from participants until winners are announced, then awards them and closes scoring", async () => {
    const w = await createWorkspaceFixture(server);
    const c = await contest(w);
    const { impact, feasibility } = await defineTwoCriteria(w, c.base);
    await setDates(c.challengeId, "voting");
    const { manager, participant } = w.people;
    await manager.client.request("PUT", c.finalist(c.a), { finalist: true });
    await manager.client.request("PUT", c.finalist(c.b), { finalist: true });
    for (const id of [c.a, c.b]) {
      await manager.client.request("PUT", c.scores(id), {
        scores: [
          { criterionId: impact, score: id === c.a ? 9 : 3 },
          { criterionId: feasibility, score: 5 },
        ],
      });
    }
    const early = await manager.client.post<Problem>(`${c.base}/announcement`, {
      winners: [{ ideaId: c.a, award: "Premier prix" }],
    });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: "phase-closed" });

    await setDates(c.challengeId, "synthesis");
    const before = await participant.client.get<ContestBody>(c.base);
    expect(before.body.contest).toMatchObject({ ranking: null, finalists: null, announcedAt: null });

    const notFinalist = await manager.client.post<Problem>(`${c.base}/announcement`, {
      winners: [
        { ideaId: c.a, award: "Premier prix" },
        { ideaId: c.c, award: "Second prix" },
      ],
    });
    expect(notFinalist.status).toBe(409);
    expect(notFinalist.body).toMatchObject({ code: "not-a-finalist", field: "winners.1.ideaId" });
    const unawarded = await participant.client.get<{ idea: { award: unknown } }>(
      `/api/v1/workspaces/${w.workspaceId}/ideas/${c.a}`,
    );
    expect(unawarded.body.idea.award).toBeNull();

    const announced = await manager.client.post<ContestBody>(`${c.base}/announcement`, {
      winners: [{ ideaId: c.a, award: "Premier prix" }],
    });
    expect(announced.status).toBe(200);
    const after = await participant.client.get<ContestBody>(c.base);
    expect(after.body.contest.announcedAt).not.toBeNull();
    expect(after.body.contest.finalists).toBeNull();
    expect(after.body.contest.ranking?.map((r) => [r.ideaId, r.rank, r.award])).toEqual([
      [c.a, 1, "Premier prix"],
      [c.b, 2, null],
    ]);
    const idea = await participant.client.get<{ idea: { award: { title: string } | null } }>(
      `/api/v1/workspaces/${w.workspaceId}/ideas/${c.a}`,
    );
    expect(idea.body.idea.award?.title).toBe("Premier prix");
    // The winner's author hears that their idea is selected, about the winning idea only.
    const told = await participant.client.get<{
      notifications: Array<{ kind: string; idea: { id: string } | null }>;
    }>(`/api/v1/workspaces/${w.workspaceId}/notifications`);
    expect(told.body.notifications.filter((n) => n.kind === "idea-selected").map((n) => n.idea?.id)).toEqual([
      c.a,
    ]);

    const rescore = await manager.client.request<Problem>("PUT", c.scores(c.b), {
      scores: [{ criterionId: impact, score: 10 }],
    });
    expect(rescore.status).toBe(409);
    expect(rescore.body).toMatchObject({ code: "phase-closed" });
    const again = await manager.client.post<Problem>(`${c.base}/announcement`, {
      winners: [{ ideaId: c.b, award: "Prix du public" }],
    });
    expect(again.status).toBe(409);
  });

  it("announces a score live to the workspace, so the jury's ranking follows", async () => {
    const w = await createWorkspaceFixture(server);
    const c = await contest(w);
    const { impact } = await defineTwoCriteria(w, c.base);
    await setDates(c.challengeId, "voting");
    await w.people.manager.client.request("PUT", c.finalist(c.a), { finalist: true });
    const live = await openLiveSocket(w.people.owner.client);
    try {
      live.send({ type: "subscribe", workspaceId: w.workspaceId });
      await live.waitFor((m) => m.type === "subscribed");
      await w.people.manager.client.request("PUT", c.scores(c.a), {
        scores: [{ criterionId: impact, score: 6 }],
      });
      const message = await live.waitFor((m) => m.type === "event" && m.event.type === "contest.scored");
      expect(message).toMatchObject({ event: { data: { challengeId: c.challengeId, ideaId: c.a } } });
    } finally {
      live.close();
    }
  });

  it("lets only owners and managers score", async () => {
    const w = await createWorkspaceFixture(server);
    const c = await contest(w);
    const { impact } = await defineTwoCriteria(w, c.base);
    await setDates(c.challengeId, "voting");
    await w.people.manager.client.request("PUT", c.finalist(c.a), { finalist: true });
    for (const role of ["moderator", "participant", "guest"] as const) {
      const response = await w.people[role].client.request<Problem>("PUT", c.scores(c.a), {
        scores: [{ criterionId: impact, score: 5 }],
      });
      expect(response.status).toBe(403);
      expect(response.body.code).toBe("forbidden");
    }
  });
});
