// A challenge's conversation: statements, one vote per participant and statement, phases, moderation, the live
// opinion map, and the Pol.is export and import (API and CLI).
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type PolisExport, readPolisExport } from "../../src/io/import/polis-export.ts";
import type { ApiClient } from "../support/api-client.ts";
import { createChallenge, timelineIn } from "../support/challenge-fixture.ts";
import { openLiveSocket } from "../support/live-socket.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { createWorkspaceFixture, type WorkspaceFixture } from "../support/workspace-fixture.ts";

const run = promisify(execFile);
const fixture = join(import.meta.dirname, "../fixtures/polis/15-per-hour-seattle");
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const base = (w: WorkspaceFixture, challengeId: string) =>
  `/api/v1/workspaces/${w.workspaceId}/challenges/${challengeId}`;

interface StatementBody {
  number: number;
  body: string;
  status: string;
  agrees: number;
  disagrees: number;
  passes: number;
  myVote: number | null;
}
interface MapBody {
  map: null | {
    voteCount: number;
    participants: { in: number; total: number };
    groups: Array<{ id: number; size: number; representative: Array<{ statement: { number: number } }> }>;
    consensus: { agree: Array<{ statement: { number: number } }> };
    me: { x: number; y: number; group: number | null } | null;
  };
}

async function conversation(w: WorkspaceFixture, overrides: Record<string, unknown> = {}): Promise<string> {
  return createChallenge(w.people.manager.client, w.workspaceId, { conversation: true, ...overrides });
}

async function propose(client: ApiClient, w: WorkspaceFixture, challengeId: string, body: string) {
  return client.post<{ statement: StatementBody }>(`${base(w, challengeId)}/statements`, { body });
}

async function votesIn(
  challengeId: string,
): Promise<Array<{ participant: number; statement: number; vote: number }>> {
  const result = await server.database.db.execute<{ participant: number; statement: number; vote: number }>(
    sql`SELECT participant, statement, vote FROM statement_votes WHERE challenge_id = ${challengeId}
        ORDER BY participant, statement`,
  );
  return result.rows;
}

async function setDates(challengeId: string, phase: Parameters<typeof timelineIn>[0]): Promise<void> {
  const t = timelineIn(phase);
  await server.database.db.execute(sql`
    UPDATE challenges SET announcement_at = ${t.announcementAt}, contributions_open_at = ${t.contributionsOpenAt},
      contributions_close_at = ${t.contributionsCloseAt}, voting_close_at = ${t.votingCloseAt},
      synthesis_close_at = ${t.synthesisCloseAt}
    WHERE id = ${challengeId}`);
}

/** Polls the map until `ready` holds (the recomputation runs in the background after a vote). */
async function mapWhen(client: ApiClient, path: string, ready: (body: MapBody) => boolean): Promise<MapBody> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const response = await client.get<MapBody>(path);
    if (ready(response.body)) return response.body;
    if (Date.now() > deadline) throw new Error(`map never ready: ${JSON.stringify(response.body)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function importFixture(w: WorkspaceFixture, challengeId: string) {
  return w.people.manager.client.post<{
    imported: { statements: number; participants: number; votes: number };
  }>(`${base(w, challengeId)}/conversation/import`, {
    comments: await readFile(join(fixture, "comments.csv"), "utf8"),
    votes: await readFile(join(fixture, "votes.csv"), "utf8"),
  });
}

/** Each participant's latest vote per statement, as "participant:statement" → vote. */
function latestVotes(data: PolisExport): Map<string, number> {
  const latest = new Map<string, { time: number; vote: number }>();
  const v = data.votes;
  for (let i = 0; i < v.length; i++) {
    const key = `${v.participants[v.participant[i] as number]}:${v.comments[v.comment[i] as number]}`;
    const seen = latest.get(key);
    if (!seen || (v.time[i] as number) >= seen.time)
      latest.set(key, { time: v.time[i] as number, vote: v.value[i] as number });
  }
  return new Map([...latest].map(([key, { vote }]) => [key, vote]));
}

describe("votes", () => {
  it("keeps one vote per participant and statement, a changed vote replacing the old one", async () => {
    const w = await createWorkspaceFixture(server);
    const challengeId = await conversation(w);
    const proposed = await propose(
      w.people.participant.client,
      w,
      challengeId,
      "Le marché devrait ouvrir le dimanche.",
    );
    expect(proposed.status).toBe(201);
    expect(proposed.body.statement).toMatchObject({ number: 0, status: "shown" });
    const path = `${base(w, challengeId)}/statements/0/vote`;
    const { participant, moderator } = w.people;
    const concurrent = await Promise.all(
      Array.from({ length: 10 }, () => participant.client.put(path, { vote: 1 })),
    );
    expect(
      concurrent.map((r) => r.status),
      JSON.stringify(concurrent[0]?.body),
    ).toEqual(Array(10).fill(200));
    expect((await moderator.client.put(path, { vote: 1 })).status).toBe(200);
    expect(await votesIn(challengeId)).toHaveLength(2);
    expect((await participant.client.put(path, { vote: -1 })).status).toBe(200);
    const stored = await votesIn(challengeId);
    expect(stored.map((v) => v.vote).sort()).toEqual([-1, 1]);
    const list = await participant.client.get<{ statements: StatementBody[] }>(
      `${base(w, challengeId)}/statements`,
    );
    expect(list.body.statements[0]).toMatchObject({ agrees: 1, disagrees: 1, passes: 0, myVote: -1 });
    const bad = await participant.client.put(path, { vote: 2 });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: "invalid-input", field: "vote" });
  });

  it("refuses votes outside the contributions and voting phases, storing nothing", async () => {
    const w = await createWorkspaceFixture(server);
    const challengeId = await conversation(w);
    await propose(w.people.manager.client, w, challengeId, "Il faut plus de bancs.");
    await setDates(challengeId, "voting");
    expect(
      (await w.people.participant.client.put(`${base(w, challengeId)}/statements/0/vote`, { vote: 0 }))
        .status,
    ).toBe(200);
    await setDates(challengeId, "synthesis");
    const late = await w.people.moderator.client.put(`${base(w, challengeId)}/statements/0/vote`, {
      vote: 1,
    });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: "phase-closed" });
    const changed = await w.people.participant.client.put(`${base(w, challengeId)}/statements/0/vote`, {
      vote: 1,
    });
    expect(changed.status).toBe(409);
    expect(await votesIn(challengeId)).toEqual([{ participant: 0, statement: 0, vote: 0 }]);
    const proposedLate = await propose(w.people.participant.client, w, challengeId, "Trop tard ?");
    expect(proposedLate.status).toBe(409);
  });

  it("refuses blocked members and challenges without a conversation", async () => {
    const w = await createWorkspaceFixture(server);
    const challengeId = await conversation(w);
    await propose(w.people.manager.client, w, challengeId, "Des toilettes publiques au marché.");
    const blocked = await w.people.moderator.client.put(
      `/api/v1/workspaces/${w.workspaceId}/members/${w.people.participant.userId}/block`,
      { blocked: true, reason: "Insultes répétées" },
    );
    expect(blocked.status).toBe(204);
    const vote = await w.people.participant.client.put(`${base(w, challengeId)}/statements/0/vote`, {
      vote: 1,
    });
    expect(vote.body).toMatchObject({ code: "member-blocked" });
    expect(await votesIn(challengeId)).toEqual([]);
    const plain = await createChallenge(w.people.manager.client, w.workspaceId);
    const off = await w.people.moderator.client.get(`${base(w, plain)}/statements/next`);
    expect(off.status).toBe(409);
    expect(off.body).toMatchObject({ code: "conversation-off" });
  });
});

describe("statements and moderation", () => {
  it("turns the conversation and its moderation on in the brief", async () => {
    const w = await createWorkspaceFixture(server);
    const challengeId = await createChallenge(w.people.manager.client, w.workspaceId);
    const before = await w.people.participant.client.get<{ challenge: Record<string, unknown> }>(
      base(w, challengeId),
    );
    expect(before.body.challenge).toMatchObject({ conversation: false, statementModeration: false });
    const updated = await w.people.manager.client.patch<{ challenge: Record<string, unknown> }>(
      base(w, challengeId),
      {
        conversation: true,
        statementModeration: true,
      },
    );
    expect(updated.body.challenge).toMatchObject({ conversation: true, statementModeration: true });
    const proposed = await propose(w.people.participant.client, w, challengeId, "Un marché de nuit l'été.");
    expect(proposed.body.statement).toMatchObject({ status: "pending", mine: true });
  });

  it("hides pending and rejected statements from votes, the next statement and other participants", async () => {
    const w = await createWorkspaceFixture(server);
    const challengeId = await conversation(w, { statementModeration: true });
    const { participant, moderator, guest } = w.people;
    const pending = await propose(participant.client, w, challengeId, "  Un   marché bio le mercredi.  ");
    expect(pending.body.statement).toMatchObject({
      number: 0,
      status: "pending",
      body: "Un marché bio le mercredi.",
    });
    const tooLong = await propose(participant.client, w, challengeId, "x".repeat(281));
    expect(tooLong.body).toMatchObject({ code: "invalid-input", field: "body" });
    const others = await guest.client.get<{ statements: StatementBody[] }>(
      `${base(w, challengeId)}/statements`,
    );
    expect(others.body.statements).toEqual([]);
    const own = await participant.client.get<{ statements: StatementBody[] }>(
      `${base(w, challengeId)}/statements`,
    );
    expect(own.body.statements.map((s) => s.status)).toEqual(["pending"]);
    const next = await moderator.client.get<{ statement: unknown; remaining: number }>(
      `${base(w, challengeId)}/statements/next`,
    );
    expect(next.body).toMatchObject({ statement: null, remaining: 0 });
    const early = await moderator.client.put(`${base(w, challengeId)}/statements/0/vote`, { vote: 1 });
    expect(early.status).toBe(404);

    const moderation = `${base(w, challengeId)}/statements/0/moderation`;
    expect((await participant.client.put(moderation, { status: "shown" })).status).toBe(403);
    const accepted = await moderator.client.put<{ statement: StatementBody }>(moderation, {
      status: "shown",
    });
    expect(accepted.body.statement.status).toBe("shown");
    const nextNow = await guest.client.get<{ statement: StatementBody | null }>(
      `${base(w, challengeId)}/statements/next`,
    );
    expect(nextNow.body.statement?.number).toBe(0);
    const noReason = await moderator.client.put(moderation, { status: "rejected" });
    expect(noReason.body).toMatchObject({ code: "invalid-input", field: "reason" });
    await moderator.client.put(moderation, { status: "rejected", reason: "Hors sujet" });
    expect(
      (await guest.client.get<{ statements: unknown[] }>(`${base(w, challengeId)}/statements`)).body
        .statements,
    ).toEqual([]);
    const refused = await moderator.client.put(`${base(w, challengeId)}/statements/0/vote`, { vote: 1 });
    expect(refused.status).toBe(404);
    const mine = await participant.client.get<{
      statements: Array<{ status: string; moderationReason: string }>;
    }>(`${base(w, challengeId)}/statements`);
    expect(mine.body.statements[0]).toMatchObject({ status: "rejected", moderationReason: "Hors sujet" });
    const log = await moderator.client.get<{
      entries: Array<{ act: string; subject: string; itemText: string | null }>;
    }>(`/api/v1/workspaces/${w.workspaceId}/moderation/log`);
    const statementActs = log.body.entries.filter((e) => e.subject === "statement");
    expect(statementActs.map((e) => e.act)).toEqual(["hide", "release"]);
    // The log names the statement acted on.
    expect(statementActs.map((e) => e.itemText)).toEqual([
      "Un marché bio le mercredi.",
      "Un marché bio le mercredi.",
    ]);
    // A moderator's own statement needs no review.
    const byModerator = await propose(moderator.client, w, challengeId, "Des paniers à prix libre.");
    expect(byModerator.body.statement).toMatchObject({ number: 1, status: "shown" });
  });

  it("holds a participant's statement with a held word for review, even without statement moderation", async () => {
    const w = await createWorkspaceFixture(server);
    const challengeId = await conversation(w);
    const { participant, moderator, guest } = w.people;
    const plain = await propose(participant.client, w, challengeId, "Un marché le dimanche aussi.");
    expect(plain.body.statement.status).toBe("shown");
    const insult = await propose(participant.client, w, challengeId, "Le maire est un abruti.");
    expect(insult.body.statement.status).toBe("pending");
    const seen = await guest.client.get<{ statements: StatementBody[] }>(
      `${base(w, challengeId)}/statements`,
    );
    expect(seen.body.statements.map((s) => s.body)).toEqual(["Un marché le dimanche aussi."]);
    // A moderator's own words are not held.
    const own = await propose(moderator.client, w, challengeId, "Ce débat n'est pas débile.");
    expect(own.body.statement.status).toBe("shown");
  });

  it("never offers a statement already voted on", async () => {
    const w = await createWorkspaceFixture(server);
    const challengeId = await conversation(w);
    for (const body of ["Premier avis.", "Deuxième avis.", "Troisième avis."]) {
      await propose(w.people.manager.client, w, challengeId, body);
    }
    const seen: number[] = [];
    for (let i = 0; i < 3; i++) {
      const next = await w.people.participant.client.get<{ statement: StatementBody; remaining: number }>(
        `${base(w, challengeId)}/statements/next`,
      );
      expect(next.body.remaining).toBe(3 - i);
      seen.push(next.body.statement.number);
      await w.people.participant.client.put(
        `${base(w, challengeId)}/statements/${next.body.statement.number}/vote`,
        {
          vote: 0,
        },
      );
    }
    expect(seen.sort()).toEqual([0, 1, 2]);
    const done = await w.people.participant.client.get(`${base(w, challengeId)}/statements/next`);
    expect(done.body).toMatchObject({ statement: null, remaining: 0, total: 3 });
  });
});

describe("opinion map", () => {
  it("is recomputed after votes, announced live, and places the viewer", async () => {
    const w = await createWorkspaceFixture(server);
    const challengeId = await conversation(w);
    const mapPath = `${base(w, challengeId)}/opinion-map`;
    expect((await w.people.participant.client.get<MapBody>(mapPath)).body.map).toBeNull();
    expect((await importFixture(w, challengeId)).status).toBe(201);
    const first = await mapWhen(w.people.participant.client, mapPath, (b) => b.map !== null);
    expect(first.map?.groups.length).toBeGreaterThanOrEqual(2);
    expect(first.map?.groups.reduce((n, g) => n + g.size, 0)).toBe(first.map?.participants.in);
    expect(first.map?.me).toBeNull();

    const live = await openLiveSocket(w.people.participant.client);
    live.send({ type: "subscribe", workspaceId: w.workspaceId });
    await live.waitFor((m) => m.type === "subscribed");
    const before = first.map?.voteCount ?? 0;
    const { participant } = w.people;
    for (let n = 0; n < 10; n++) {
      await participant.client.put(`${base(w, challengeId)}/statements/${n}/vote`, {
        vote: n % 2 === 0 ? 1 : -1,
      });
    }
    const event = await live.waitFor(
      (m) =>
        m.type === "event" &&
        m.event.type === "opinions.updated" &&
        Number(m.event.data.voteCount) >= before + 10,
    );
    expect(event.type).toBe("event");
    live.close();
    const after = await participant.client.get<MapBody>(mapPath);
    expect(after.body.map?.voteCount).toBe(before + 10);
    expect(after.body.map?.me).toMatchObject({ x: expect.any(Number), y: expect.any(Number) });
    expect(after.body.map?.me?.group).not.toBeNull();
  });
});

describe("Pol.is export and import", () => {
  it("round-trips an export: same statements, moderation and latest votes", async () => {
    const w = await createWorkspaceFixture(server);
    const challengeId = await conversation(w);
    const imported = await importFixture(w, challengeId);
    expect(imported.status).toBe(201);
    const original = await readPolisExport(fixture);
    expect(imported.body.imported).toEqual({
      statements: original.comments.length,
      participants: original.votes.participants.length,
      votes: latestVotes(original).size,
    });
    const again = await importFixture(w, challengeId);
    expect(again.body).toMatchObject({ code: "conflict" });

    const folder = await mkdtemp(join(tmpdir(), "cocrea-roundtrip-"));
    try {
      for (const file of ["comments.csv", "votes.csv"]) {
        const response = await fetch(`${server.url}${base(w, challengeId)}/conversation/export/${file}`, {
          headers: { cookie: w.people.manager.client.cookieHeader() },
        });
        expect(response.status).toBe(200);
        expect(response.headers.get("content-type")).toContain("text/csv");
        await writeFile(join(folder, file), await response.text(), "utf8");
      }
      const exported = await readPolisExport(folder);
      const byId = (data: PolisExport) =>
        new Map(data.comments.map((c) => [c.id, { body: c.body, out: data.excluded.includes(c.id) }]));
      expect(byId(exported)).toEqual(byId(original));
      expect(latestVotes(exported)).toEqual(latestVotes(original));
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it("refuses a bad file naming its line, and stores nothing", async () => {
    const w = await createWorkspaceFixture(server);
    const challengeId = await conversation(w);
    const votes = "timestamp,datetime,comment-id,voter-id,vote\n1,x,0,0,1\n2,x,0,1,7\n";
    const comments =
      "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n1,x,0,0,1,0,1,Oui\n";
    const response = await w.people.manager.client.post(`${base(w, challengeId)}/conversation/import`, {
      comments,
      votes,
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: "invalid-input", field: "votes" });
    expect(String(response.body.detail)).toContain("votes.csv:3:5");
    const unknown = await w.people.manager.client.post(`${base(w, challengeId)}/conversation/import`, {
      comments,
      votes: "timestamp,datetime,comment-id,voter-id,vote\n1,x,9,0,1\n",
    });
    expect(String(unknown.body.detail)).toContain("votes.csv:2:3");
    const list = await w.people.manager.client.get<{ statements: unknown[] }>(
      `${base(w, challengeId)}/statements`,
    );
    expect(list.body.statements).toEqual([]);
  });

  it("imports from the command line into a challenge, then computes its map", async () => {
    const w = await createWorkspaceFixture(server);
    const challengeId = await conversation(w);
    const { stdout } = await run(
      process.execPath,
      [join(import.meta.dirname, "../../bin/cocrea.js"), "opinions", fixture, "--challenge", challengeId],
      { env: { ...process.env, DATABASE_URL: inject("databaseUrl"), LOG_LEVEL: "warn" } },
    );
    const original = await readPolisExport(fixture);
    expect(JSON.parse(stdout)).toMatchObject({
      challenge: challengeId,
      imported: { statements: original.comments.length, participants: original.votes.participants.length },
    });
    const map = await w.people.guest.client.get<MapBody>(`${base(w, challengeId)}/opinion-map`);
    expect(map.body.map?.voteCount).toBe(latestVotes(original).size - excludedVotes(original));
    const wrong = await run(
      process.execPath,
      [join(import.meta.dirname, "../../bin/cocrea.js"), "opinions", fixture, "--challenge", "nope"],
      { env: { ...process.env, DATABASE_URL: inject("databaseUrl") } },
    ).catch((error: { stderr: string; code: number }) => error);
    expect((wrong as { code: number }).code).not.toBe(0);
    expect((wrong as { stderr: string }).stderr).toContain("No challenge nope");
  });
});

/** Latest votes on statements Pol.is leaves out of its math (not counted in the map). */
function excludedVotes(data: PolisExport): number {
  const out = new Set(data.excluded);
  return [...latestVotes(data).keys()].filter((key) => out.has(key.split(":")[1] as string)).length;
}
