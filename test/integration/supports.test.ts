// Supports under load: the batcher that groups concurrent requests into one transaction, and exact counts over HTTP.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SupportBatcher } from "../../src/domain/challenges/support-batcher.ts";
import type { MemberActor } from "../../src/domain/context.ts";
import type { Role } from "../../src/domain/permissions.ts";
import { AppError } from "../../src/errors.ts";
import { ApiClient } from "../support/api-client.ts";
import { createChallenge, submitIdea, timelineIn } from "../support/challenge-fixture.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { createWorkspaceFixture, type Person, type WorkspaceFixture } from "../support/workspace-fixture.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const base = (w: WorkspaceFixture) => `/api/v1/workspaces/${w.workspaceId}`;

function actor(w: WorkspaceFixture, person: Person, role: Role): MemberActor {
  return { userId: person.userId, anonymous: false, workspaceId: w.workspaceId, role };
}

async function moveToPhase(challengeId: string, phase: Parameters<typeof timelineIn>[0]): Promise<void> {
  const t = timelineIn(phase);
  await server.database.db.execute(sql`
    UPDATE challenges SET announcement_at = ${t.announcementAt}, contributions_open_at = ${t.contributionsOpenAt},
      contributions_close_at = ${t.contributionsCloseAt}, voting_close_at = ${t.votingCloseAt},
      synthesis_close_at = ${t.synthesisCloseAt}
    WHERE id = ${challengeId}`);
}

async function stored(ideaId: string) {
  const result = await server.database.db.execute<{
    rows: number;
    kept: number;
    received: number;
    withdrawn: number;
  }>(sql`
    SELECT (SELECT count(*)::int FROM supports WHERE idea_id = ${ideaId}) AS rows,
           (SELECT support_count FROM ideas WHERE id = ${ideaId}) AS kept,
           (SELECT count(*)::int FROM activity WHERE subject_id = ${ideaId} AND kind = 'support-received') AS received,
           (SELECT count(*)::int FROM activity WHERE subject_id = ${ideaId} AND kind = 'support-withdrawn') AS withdrawn`);
  return result.rows[0];
}

function codeOf(settled: PromiseSettledResult<unknown>): string | undefined {
  if (settled.status !== "rejected") return undefined;
  return settled.reason instanceof AppError ? settled.reason.code : "not-an-app-error";
}

describe("support batches", () => {
  it("answers each request of a batch with its own result, refusing one without failing the others", async () => {
    const w = await createWorkspaceFixture(server);
    const { owner, manager, moderator, participant, guest } = w.people;
    const open = await createChallenge(manager.client, w.workspaceId);
    const openIdea = await submitIdea(participant.client, w.workspaceId, open);
    const hiddenIdea = await submitIdea(participant.client, w.workspaceId, open, { title: "Cachée" });
    await server.database.db.execute(
      sql`UPDATE ideas SET hidden_at = now(), hidden_reason = 'Hors sujet' WHERE id = ${hiddenIdea}`,
    );
    const closed = await createChallenge(manager.client, w.workspaceId);
    const closedIdea = await submitIdea(participant.client, w.workspaceId, closed);
    await moveToPhase(closed, "synthesis");

    const batcher = new SupportBatcher(server.database.db, { concurrency: 1 });
    const now = () => new Date();
    // The first request finds no transaction under way and runs alone; the ones submitted while it runs wait and
    // share the second transaction, except the contrary request of a pair already in it, which takes a third.
    const first = batcher.submit(actor(w, manager, "manager"), openIdea, true, now());
    const together = [
      batcher.submit(actor(w, moderator, "moderator"), openIdea, true, now()),
      batcher.submit(actor(w, participant, "participant"), closedIdea, true, now()),
      batcher.submit(actor(w, guest, "guest"), hiddenIdea, true, now()),
      batcher.submit(actor(w, owner, "owner"), hiddenIdea, true, now()),
      batcher.submit(actor(w, manager, "manager"), openIdea, true, now()),
      batcher.submit(actor(w, moderator, "moderator"), openIdea, true, now()),
      batcher.submit(actor(w, participant, "participant"), openIdea, true, now()),
      batcher.submit(actor(w, participant, "participant"), openIdea, false, now()),
    ];
    expect(await first).toEqual({ supported: true, supportCount: 1 });
    const settled = await Promise.allSettled(together);
    expect(settled.map(codeOf)).toEqual([
      undefined,
      "phase-closed",
      "not-found",
      "conflict",
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    const values = settled.map((s) => (s.status === "fulfilled" ? s.value : undefined));
    expect(values[0]).toEqual({ supported: true, supportCount: 3 });
    expect(values[4]).toEqual({ supported: true, supportCount: 3 });
    expect(values[5]).toEqual({ supported: true, supportCount: 3 });
    expect(values[6]).toEqual({ supported: true, supportCount: 3 });
    expect(values[7]).toEqual({ supported: false, supportCount: 2 });
    expect(batcher.stats).toEqual({ batches: 3, requests: 9 });

    // The author's own support earned nothing; the two others count once each.
    expect(await stored(openIdea)).toEqual({ rows: 2, kept: 2, received: 2, withdrawn: 0 });
    expect(await stored(closedIdea)).toEqual({ rows: 0, kept: 0, received: 0, withdrawn: 0 });
    expect(await stored(hiddenIdea)).toEqual({ rows: 0, kept: 0, received: 0, withdrawn: 0 });
  });

  it("retries each request of a failed batch on its own", async () => {
    const w = await createWorkspaceFixture(server);
    const { manager, moderator, participant } = w.people;
    const id = await createChallenge(manager.client, w.workspaceId);
    const ideaId = await submitIdea(participant.client, w.workspaceId, id);
    const failures: number[] = [];
    const batcher = new SupportBatcher(server.database.db, {
      concurrency: 1,
      onBatchFailure: (_error, requests) => failures.push(requests),
    });
    const first = batcher.submit(actor(w, manager, "manager"), ideaId, true, new Date());
    // A malformed id (the API's schema would refuse it) makes the batch's statement fail as a whole.
    const broken = batcher.submit(actor(w, moderator, "moderator"), "not-an-id", true, new Date());
    const sound = batcher.submit(actor(w, moderator, "moderator"), ideaId, true, new Date());
    expect(await first).toEqual({ supported: true, supportCount: 1 });
    await expect(broken).rejects.toThrow();
    expect(await sound).toEqual({ supported: true, supportCount: 2 });
    expect(failures).toEqual([2]);
    expect(await stored(ideaId)).toEqual({ rows: 2, kept: 2, received: 2, withdrawn: 0 });
  });

  it("runs two batches at once on different ideas, a request about an idea under way waiting for its batch", async () => {
    const w = await createWorkspaceFixture(server);
    const { manager, moderator, participant } = w.people;
    const id = await createChallenge(manager.client, w.workspaceId);
    const one = await submitIdea(participant.client, w.workspaceId, id, { title: "Une" });
    const two = await submitIdea(participant.client, w.workspaceId, id, { title: "Deux" });
    const batcher = new SupportBatcher(server.database.db, { concurrency: 2 });
    const answers = await Promise.all([
      batcher.submit(actor(w, manager, "manager"), one, true, new Date()),
      batcher.submit(actor(w, moderator, "moderator"), one, true, new Date()),
      batcher.submit(actor(w, manager, "manager"), two, true, new Date()),
    ]);
    // First batch: idea one (manager); second, at once: idea two; the moderator's support of idea one waits.
    expect(answers).toEqual([
      { supported: true, supportCount: 1 },
      { supported: true, supportCount: 2 },
      { supported: true, supportCount: 1 },
    ]);
    expect(batcher.stats).toEqual({ batches: 3, requests: 3 });
    expect(await stored(one)).toEqual({ rows: 2, kept: 2, received: 2, withdrawn: 0 });
  });
});

describe("supports over HTTP", () => {
  it("keeps counts exact after 200 concurrent supports and withdrawals from 50 members, one of them blocked", async () => {
    const w = await createWorkspaceFixture(server);
    const { manager, moderator } = w.people;
    const id = await createChallenge(manager.client, w.workspaceId, { timeline: timelineIn("voting") });
    await moveToPhase(id, "contributions");
    const ideas = [
      await submitIdea(manager.client, w.workspaceId, id, { title: "Bancs" }),
      await submitIdea(manager.client, w.workspaceId, id, { title: "Fontaine" }),
      await submitIdea(manager.client, w.workspaceId, id, { title: "Kiosque" }),
    ] as const;
    await moveToPhase(id, "voting");
    const members: Person[] = [];
    for (let i = 0; i < 50; i += 10) {
      members.push(...(await Promise.all(Array.from({ length: 10 }, () => w.addMember("participant")))));
    }
    const support = (ideaId: string) => `${base(w)}/ideas/${ideaId}/support`;
    const idea = (i: number, offset: number) => ideas[(i + offset) % 3] as string;

    // Everyone first supports the idea they will take their support back from.
    const before = await Promise.all(members.map((m, i) => m.client.request("PUT", support(idea(i, 1)))));
    expect(before.every((r) => r.status === 200)).toBe(true);
    const blocked = members[0] as Person;
    const block = await moderator.client.request("PUT", `${base(w)}/members/${blocked.userId}/block`, {
      blocked: true,
      reason: "Messages injurieux",
    });
    expect(block.status).toBe(204);

    const asked = members.flatMap((m, i) => [
      { i, supported: true, ideaId: idea(i, 0), send: () => m.client.request("PUT", support(idea(i, 0))) },
      {
        i,
        supported: false,
        ideaId: idea(i, 1),
        send: () => m.client.request("DELETE", support(idea(i, 1))),
      },
      { i, supported: true, ideaId: idea(i, 2), send: () => m.client.request("PUT", support(idea(i, 2))) },
      { i, supported: true, ideaId: idea(i, 0), send: () => m.client.request("PUT", support(idea(i, 0))) },
    ]);
    expect(asked).toHaveLength(200);
    const answers = await Promise.all(asked.map((a) => a.send()));
    answers.forEach((answer, n) => {
      const { i, supported } = asked[n] as (typeof asked)[number];
      if (i === 0) expect(answer.body).toMatchObject({ code: "member-blocked" });
      else
        expect({
          status: answer.status,
          supported: (answer.body as { supported: boolean }).supported,
        }).toEqual({
          status: 200,
          supported,
        });
    });

    // Members 1..49 end up supporting ideas i and i+2 (mod 3); member 0 kept only the support given before.
    const expected = [0, 1, 2].map(
      (k) =>
        Array.from({ length: 49 }, (_, n) => n + 1).filter((i) => i % 3 === k || (i + 2) % 3 === k).length +
        (k === 1 ? 1 : 0),
    );
    const list = await manager.client.get<{ ideas: Array<{ id: string; supportCount: number }> }>(
      `${base(w)}/challenges/${id}/ideas`,
    );
    for (const [k, ideaId] of ideas.entries()) {
      expect(list.body.ideas.find((i) => i.id === ideaId)?.supportCount).toBe(expected[k]);
      const row = await stored(ideaId);
      expect(row?.rows).toBe(expected[k]);
      expect(row?.kept).toBe(expected[k]);
      // Points come from the activity log: what was received minus what was taken back is what is held.
      expect((row?.received ?? 0) - (row?.withdrawn ?? 0)).toBe(expected[k]);
    }
  });
});

describe("the access gate of supports", () => {
  it("refuses on another server at once a blocked member, a removed member and a closed session", async () => {
    const other = await startTestServer();
    try {
      const w = await createWorkspaceFixture(server);
      const { owner, manager, moderator } = w.people;
      const id = await createChallenge(manager.client, w.workspaceId);
      const ideaId = await submitIdea(manager.client, w.workspaceId, id);
      const support = `${base(w)}/ideas/${ideaId}/support`;
      // The same browser session, its requests served by the second server.
      const elsewhere = async (person: Person, method: string) =>
        new ApiClient(other.url).request(method, support, undefined, {
          cookie: person.client.cookieHeader(),
          "x-csrf-token": await person.client.csrf(),
        });
      const [blocked, removed, signedOut] = [
        await w.addMember("participant"),
        await w.addMember("participant"),
        await w.addMember("participant"),
      ] as [Person, Person, Person];
      for (const person of [blocked, removed, signedOut]) {
        expect((await elsewhere(person, "PUT")).body).toMatchObject({ supported: true });
      }

      const block = await moderator.client.request("PUT", `${base(w)}/members/${blocked.userId}/block`, {
        blocked: true,
        reason: "Messages injurieux",
      });
      expect(block.status).toBe(204);
      const cookieOfSignedOut = signedOut.client.cookieHeader();
      const csrfOfSignedOut = await signedOut.client.csrf();
      expect((await owner.client.delete(`${base(w)}/members/${removed.userId}`)).status).toBe(204);
      expect((await signedOut.client.post("/api/v1/auth/sign-out")).status).toBe(204);

      expect((await elsewhere(blocked, "DELETE")).body).toMatchObject({ code: "member-blocked" });
      expect((await elsewhere(removed, "DELETE")).body).toMatchObject({ code: "not-found" });
      const afterSignOut = await new ApiClient(other.url).request("DELETE", support, undefined, {
        cookie: cookieOfSignedOut,
        "x-csrf-token": csrfOfSignedOut,
      });
      expect(afterSignOut.body).toMatchObject({ code: "not-signed-in" });
      expect(await stored(ideaId)).toMatchObject({ rows: 3, kept: 3 });
    } finally {
      await other.stop();
    }
  });
});
