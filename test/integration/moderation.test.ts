// Flags, the moderators' queue, blocked members and the moderation log.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createChallenge, submitIdea } from "../support/challenge-fixture.ts";
import { openLiveSocket } from "../support/live-socket.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { createWorkspaceFixture, type WorkspaceFixture } from "../support/workspace-fixture.ts";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const base = (w: WorkspaceFixture) => `/api/v1/workspaces/${w.workspaceId}`;

interface QueueBody {
  items: Array<{ subject: string; subjectId: string; flagCount: number; reasons: string[] }>;
}
interface LogBody {
  entries: Array<{
    act: string;
    actorId: string;
    subjectId: string | null;
    memberId: string | null;
    reason: string | null;
  }>;
}

async function count(
  table: "ideas" | "comments" | "reactions" | "supports",
  workspaceId: string,
): Promise<number> {
  const result = await server.database.db.execute<{ n: number }>(
    sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)} WHERE workspace_id = ${workspaceId}`,
  );
  return result.rows[0]?.n ?? -1;
}

/** Rows of the activity log (which points are computed from) about one idea or comment. */
async function activityOf(subjectId: string): Promise<number> {
  const result = await server.database.db.execute<{ n: number }>(
    sql`SELECT count(*)::int AS n FROM activity WHERE subject_id = ${subjectId}`,
  );
  return result.rows[0]?.n ?? -1;
}

describe("flags", () => {
  it("counts one flag per person and item, whoever reads the challenge, and queues the most flagged first", async () => {
    const w = await createWorkspaceFixture(server);
    const { manager, participant, moderator, guest } = w.people;
    const challengeId = await createChallenge(manager.client, w.workspaceId);
    const once = await submitIdea(participant.client, w.workspaceId, challengeId, { title: "Une fois" });
    const twice = await submitIdea(participant.client, w.workspaceId, challengeId, { title: "Deux fois" });
    const comment = await guest.client.post<{ comment: { id: string } }>(
      `${base(w)}/ideas/${once}/comments`,
      {
        body: "Un commentaire signalé",
      },
    );

    const first = await guest.client.post(`${base(w)}/ideas/${twice}/flag`, { reason: "Propos blessants" });
    expect(first.status).toBe(200);
    expect((await guest.client.post(`${base(w)}/ideas/${twice}/flag`, { reason: "Encore" })).status).toBe(
      200,
    );
    await participant.client.post(`${base(w)}/ideas/${twice}/flag`, {});
    await manager.client.post(`${base(w)}/ideas/${once}/flag`, {});
    await participant.client.post(`${base(w)}/comments/${comment.body.comment.id}/flag`, {
      reason: "Insulte",
    });
    await moderator.client.post(`${base(w)}/comments/${comment.body.comment.id}/flag`, {});
    await moderator.client.post(`${base(w)}/comments/${comment.body.comment.id}/flag`, {});

    expect((await participant.client.get(`${base(w)}/moderation/queue`)).status).toBe(403);
    const queue = await moderator.client.get<QueueBody>(`${base(w)}/moderation/queue`);
    expect(queue.body.items.map((i) => [i.subject, i.subjectId, i.flagCount])).toEqual([
      ["comment", comment.body.comment.id, 2],
      ["idea", twice, 2],
      ["idea", once, 1],
    ]);
    expect(queue.body.items[1]?.reasons).toEqual(["Propos blessants"]);

    const elsewhere = await createWorkspaceFixture(server);
    const intruder = await elsewhere.people.owner.client.post(`${base(w)}/ideas/${once}/flag`, {});
    expect(intruder.status).toBe(404);
  });

  it("resolves a flag by hiding the item or dismissing its flags, and logs both", async () => {
    const w = await createWorkspaceFixture(server);
    const { manager, participant, moderator, guest } = w.people;
    const challengeId = await createChallenge(manager.client, w.workspaceId);
    const fine = await submitIdea(participant.client, w.workspaceId, challengeId, { title: "Correcte" });
    const rude = await submitIdea(participant.client, w.workspaceId, challengeId, { title: "Grossière" });
    await guest.client.post(`${base(w)}/ideas/${fine}/flag`, {});
    await guest.client.post(`${base(w)}/ideas/${rude}/flag`, { reason: "Grossier" });

    expect((await moderator.client.delete(`${base(w)}/moderation/flags/${fine}`)).status).toBe(204);
    expect((await moderator.client.delete(`${base(w)}/moderation/flags/${fine}`)).status).toBe(404);
    const hidden = await moderator.client.request("PUT", `${base(w)}/ideas/${rude}/moderation`, {
      hidden: true,
      reason: "Propos grossiers.",
    });
    expect(hidden.status).toBe(200);
    expect((await moderator.client.get<QueueBody>(`${base(w)}/moderation/queue`)).body.items).toEqual([]);
    await moderator.client.request("PUT", `${base(w)}/ideas/${rude}/moderation`, { hidden: false });

    const log = await manager.client.get<LogBody>(`${base(w)}/moderation/log`);
    expect(log.body.entries.map((e) => [e.act, e.subjectId, e.reason, e.actorId])).toEqual([
      ["restore", rude, null, moderator.userId],
      ["hide", rude, "Propos grossiers.", moderator.userId],
      ["dismiss-flags", fine, null, moderator.userId],
    ]);
    expect((await guest.client.get(`${base(w)}/moderation/log`)).status).toBe(403);
  });
});

describe("blocking", () => {
  it("keeps a blocked member reading but refuses every contribution, storing nothing, until unblocked", async () => {
    const w = await createWorkspaceFixture(server);
    const { owner, manager, participant, moderator } = w.people;
    const challengeId = await createChallenge(manager.client, w.workspaceId);
    const ideaId = await submitIdea(manager.client, w.workspaceId, challengeId);
    const block = `${base(w)}/members/${participant.userId}/block`;

    expect((await moderator.client.request("PUT", block, { blocked: true })).body).toMatchObject({
      code: "invalid-input",
      field: "reason",
    });
    expect(
      (await moderator.client.request("PUT", block, { blocked: true, reason: "Insultes répétées" })).status,
    ).toBe(204);
    const members = await owner.client.get<{ members: Array<{ userId: string; blocked: boolean }> }>(
      `${base(w)}/members`,
    );
    expect(members.body.members.find((m) => m.userId === participant.userId)?.blocked).toBe(true);

    const before = await Promise.all(
      (["ideas", "comments", "reactions", "supports"] as const).map((t) => count(t, w.workspaceId)),
    );
    const attempts = [
      await participant.client.post(`${base(w)}/challenges/${challengeId}/ideas`, {
        title: "Refusée",
        body: "Une idée qui ne doit pas entrer.",
      }),
      await participant.client.post(`${base(w)}/ideas/${ideaId}/comments`, { body: "Refusé" }),
      await participant.client.post(`${base(w)}/ideas/${ideaId}/reactions`, { emotion: "love" }),
      await participant.client.request("PUT", `${base(w)}/ideas/${ideaId}/support`),
    ];
    for (const attempt of attempts) {
      expect(attempt.status).toBe(403);
      expect(attempt.body).toMatchObject({ code: "member-blocked" });
    }
    const after = await Promise.all(
      (["ideas", "comments", "reactions", "supports"] as const).map((t) => count(t, w.workspaceId)),
    );
    expect(after).toEqual(before);
    expect((await participant.client.get(`${base(w)}/ideas/${ideaId}`)).status).toBe(200);

    expect((await moderator.client.request("PUT", block, { blocked: false })).status).toBe(204);
    expect((await participant.client.request("PUT", `${base(w)}/ideas/${ideaId}/support`)).status).toBe(200);

    const log = await moderator.client.get<LogBody>(`${base(w)}/moderation/log`);
    expect(log.body.entries.map((e) => [e.act, e.memberId, e.reason])).toEqual([
      ["unblock", participant.userId, null],
      ["block", participant.userId, "Insultes répétées"],
    ]);
  });

  it("never blocks an owner, a manager, oneself, or a moderator when only a moderator", async () => {
    const w = await createWorkspaceFixture(server);
    const { owner, manager, moderator } = w.people;
    const block = (userId: string) => `${base(w)}/members/${userId}/block`;
    const body = { blocked: true, reason: "Essai" };
    for (const target of [owner.userId, manager.userId, moderator.userId]) {
      const response = await moderator.client.request("PUT", block(target), body);
      expect(response.body).toMatchObject({ code: "forbidden" });
    }
    expect((await manager.client.request("PUT", block(owner.userId), body)).status).toBe(403);
    expect((await owner.client.request("PUT", block(manager.userId), body)).status).toBe(403);
    expect((await manager.client.request("PUT", block(moderator.userId), body)).status).toBe(204);
  });
});

describe("held words", () => {
  it("holds an idea with a held word out of others' sight and unannounced until a moderator releases it", async () => {
    const w = await createWorkspaceFixture(server);
    const { manager, participant, moderator, guest } = w.people;
    const challengeId = await createChallenge(manager.client, w.workspaceId);
    const live = await openLiveSocket(guest.client);
    live.send({ type: "subscribe", workspaceId: w.workspaceId });
    await live.waitFor((m) => m.type === "subscribed");

    const ideaId = await submitIdea(participant.client, w.workspaceId, challengeId, {
      title: "Les CRÉTINS du parking",
      body: "Il faut des places vélo.",
    });
    const own = await participant.client.get<{ idea: { held: boolean } }>(`${base(w)}/ideas/${ideaId}`);
    expect(own.body.idea.held).toBe(true);
    expect((await guest.client.get(`${base(w)}/ideas/${ideaId}`)).status).toBe(404);
    const list = await guest.client.get<{ ideas: unknown[] }>(`${base(w)}/challenges/${challengeId}/ideas`);
    expect(list.body.ideas).toEqual([]);
    const queue = await moderator.client.get<QueueBody & { items: Array<{ held: boolean }> }>(
      `${base(w)}/moderation/queue`,
    );
    expect(queue.body.items).toEqual([
      expect.objectContaining({ subject: "idea", subjectId: ideaId, held: true }),
    ]);

    expect(await activityOf(ideaId)).toBe(0);
    const released = await moderator.client.request<{ idea: { held: boolean; hidden: unknown } }>(
      "PUT",
      `${base(w)}/ideas/${ideaId}/moderation`,
      { hidden: false },
    );
    expect(released.body.idea).toMatchObject({ held: false, hidden: null });
    const announced = await live.waitFor((m) => m.type === "event" && m.event.type === "idea.submitted");
    expect(announced).toMatchObject({ event: { data: { ideaId } } });
    live.close();
    expect((await guest.client.get(`${base(w)}/ideas/${ideaId}`)).status).toBe(200);
    expect(await activityOf(ideaId)).toBe(1);

    const log = await moderator.client.get<LogBody>(`${base(w)}/moderation/log`);
    expect(log.body.entries.map((e) => [e.act, e.subjectId])).toEqual([["release", ideaId]]);
  });

  it("holds a comment for its author and the moderators only, until hidden with a reason", async () => {
    const w = await createWorkspaceFixture(server);
    const { manager, participant, moderator, guest } = w.people;
    const challengeId = await createChallenge(manager.client, w.workspaceId);
    const ideaId = await submitIdea(manager.client, w.workspaceId, challengeId);
    const posted = await participant.client.post<{ comment: { id: string; held: boolean } }>(
      `${base(w)}/ideas/${ideaId}/comments`,
      { body: "Quel idiot a écrit ça ?" },
    );
    expect(posted.body.comment.held).toBe(true);
    type Thread = { idea: { commentCount: number }; comments: Array<{ id: string; held: boolean }> };
    const seen = await guest.client.get<Thread>(`${base(w)}/ideas/${ideaId}`);
    expect(seen.body.comments).toEqual([]);
    expect(seen.body.idea.commentCount).toBe(0);
    expect((await moderator.client.get<Thread>(`${base(w)}/ideas/${ideaId}`)).body.comments).toHaveLength(1);

    const commentId = posted.body.comment.id;
    await moderator.client.request("PUT", `${base(w)}/comments/${commentId}/moderation`, {
      hidden: true,
      reason: "Insulte.",
    });
    const mine = await participant.client.get<{
      comments: Array<{ held: boolean; hidden: { reason: string } }>;
    }>(`${base(w)}/ideas/${ideaId}`);
    expect(mine.body.comments[0]).toMatchObject({ held: false, hidden: { reason: "Insulte." } });
    expect((await moderator.client.get<QueueBody>(`${base(w)}/moderation/queue`)).body.items).toEqual([]);
    const log = await moderator.client.get<LogBody>(`${base(w)}/moderation/log`);
    expect(log.body.entries.map((e) => [e.act, e.subjectId, e.reason])).toEqual([
      ["hide", commentId, "Insulte."],
    ]);
  });
});

describe("moderation log", () => {
  type Page = {
    page: number;
    pageSize: number;
    total: number;
    entries: Array<{
      act: string;
      actorName: string | null;
      memberName: string | null;
      itemText: string | null;
      ideaId: string | null;
      reason: string | null;
    }>;
  };

  it("lists who did what to which item or member, newest first, by act and a page at a time", async () => {
    const w = await createWorkspaceFixture(server);
    const { manager, moderator, participant, guest } = w.people;
    const challengeId = await createChallenge(manager.client, w.workspaceId);
    const ideaId = await submitIdea(participant.client, w.workspaceId, challengeId, {
      title: "Idée brouillonne",
    });
    await moderator.client.request("PUT", `${base(w)}/ideas/${ideaId}/moderation`, {
      hidden: true,
      reason: "Hors sujet.",
    });
    const block = `${base(w)}/members/${participant.userId}/block`;
    for (let i = 0; i < 12; i++) {
      await moderator.client.request("PUT", block, { blocked: true, reason: `Motif ${i}` });
      await moderator.client.request("PUT", block, { blocked: false });
    }
    const log = `${base(w)}/moderation/log`;

    const first = await manager.client.get<Page>(log);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ page: 1, pageSize: 20, total: 25 });
    expect(first.body.entries).toHaveLength(20);
    expect(first.body.entries[0]).toMatchObject({
      act: "unblock",
      actorName: "A moderator",
      memberName: "A participant",
    });
    const last = await manager.client.get<Page>(`${log}?page=2`);
    expect(last.body.entries).toHaveLength(5);
    expect(last.body.entries.at(-1)).toMatchObject({
      act: "hide",
      actorName: "A moderator",
      itemText: "Idée brouillonne",
      ideaId,
      reason: "Hors sujet.",
    });

    const blocks = await moderator.client.get<Page>(`${log}?act=block`);
    expect(blocks.body.total).toBe(12);
    expect(blocks.body.entries.map((e) => e.reason).slice(0, 2)).toEqual(["Motif 11", "Motif 10"]);
    expect(blocks.body.entries.every((e) => e.act === "block")).toBe(true);

    expect((await manager.client.get(`${log}?act=shout`)).status).toBe(400);
    expect((await manager.client.get(`${log}?page=0`)).status).toBe(400);
    for (const reader of [participant, guest]) expect((await reader.client.get(log)).status).toBe(403);
  });
});
