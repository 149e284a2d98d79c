// A manager's full control of a challenge over HTTP: phases closed and reopened, deadlines moved with a notice,
// pause, archive, duplicate, delete, timelines born closed, and the abilities each reader receives.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../support/api-client.ts";
import { briefOf, createChallenge, submitIdea, timelineIn } from "../support/challenge-fixture.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { createWorkspaceFixture, type WorkspaceFixture } from "../support/workspace-fixture.ts";

let server: TestServer;
let w: WorkspaceFixture;
beforeAll(async () => {
  server = await startTestServer();
  w = await createWorkspaceFixture(server, { name: "Contrôle" });
});
afterAll(() => server.stop());

const hour = 3_600_000;
const day = 24 * hour;

interface ChallengeBody {
  challenge: {
    id: string;
    title: string;
    status: string;
    phase: string;
    timeline: Record<string, string>;
    pausedAt: string | null;
    archivedAt: string | null;
    categories: string[];
    ideaCount: number;
    abilities: Record<string, boolean>;
  };
}
type Notices = { notifications: Array<{ kind: string; phase: string | null; challenge: { id: string } }> };

const base = () => `/api/v1/workspaces/${w.workspaceId}/challenges`;
const path = (id: string, tail = "") => `${base()}/${id}${tail}`;
const read = async (client: ApiClient, id: string) =>
  (await client.get<ChallengeBody>(path(id))).body.challenge;
const noticesOf = async (client: ApiClient, challengeId: string) =>
  (await client.get<Notices>(`/api/v1/workspaces/${w.workspaceId}/notifications`)).body.notifications.filter(
    (n) => n.challenge.id === challengeId,
  );
async function storedCount(table: "ideas" | "challenges" | "supports", challengeId: string): Promise<number> {
  const column = table === "challenges" ? sql`id` : table === "ideas" ? sql`challenge_id` : null;
  const query =
    column === null
      ? sql`SELECT count(*)::int AS n FROM supports s JOIN ideas i ON i.id = s.idea_id WHERE i.challenge_id = ${challengeId}`
      : sql`SELECT count(*)::int AS n FROM ${sql.raw(table)} WHERE ${column} = ${challengeId}`;
  const result = await server.database.db.execute<{ n: number }>(query);
  return result.rows[0]?.n ?? -1;
}
/** A published challenge in `phase`, with one idea of the participant (submitted while contributions were open). */
async function challengeWithIdea(phase: Parameters<typeof timelineIn>[0] = "contributions") {
  const manager = w.people.manager.client;
  const id = await createChallenge(manager, w.workspaceId);
  const ideaId = await submitIdea(w.people.participant.client, w.workspaceId, id);
  if (phase !== "contributions") {
    const t = timelineIn(phase);
    await server.database.db.execute(sql`
      UPDATE challenges SET announcement_at = ${t.announcementAt}, contributions_open_at = ${t.contributionsOpenAt},
        contributions_close_at = ${t.contributionsCloseAt}, voting_close_at = ${t.votingCloseAt},
        synthesis_close_at = ${t.synthesisCloseAt}, last_announced_phase = ${phase}
      WHERE id = ${id}`);
  }
  return { id, ideaId };
}

describe("timelines born closed", () => {
  it("refuses a timeline entirely in the past, naming the field, unless it records a past consultation", async () => {
    const manager = w.people.manager.client;
    const title = "Une consultation de 2019";
    const refused = await manager.post(base(), briefOf({ title, timeline: timelineIn("debrief") }));
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ code: "invalid-input", field: "timeline.synthesisCloseAt" });
    const list = await manager.get<{ challenges: Array<{ title: string }> }>(base());
    expect(list.body.challenges.map((c) => c.title)).not.toContain(title);

    const imported = await manager.post<ChallengeBody>(
      base(),
      briefOf({ title, timeline: timelineIn("debrief"), importsPastConsultation: true }),
    );
    expect(imported.status).toBe(201);
    expect(imported.body.challenge.phase).toBe("debrief");
  });

  it("refuses to publish a draft whose dates have all passed", async () => {
    const manager = w.people.manager.client;
    const id = await createChallenge(manager, w.workspaceId, {
      status: "draft",
      timeline: timelineIn("synthesis"),
    });
    await server.database.db.execute(
      sql`UPDATE challenges SET synthesis_close_at = now() - interval '1 hour' WHERE id = ${id}`,
    );
    const published = await manager.patch(path(id), { status: "published" });
    expect(published.status).toBe(400);
    expect(published.body).toMatchObject({ field: "timeline.synthesisCloseAt" });
    expect((await read(manager, id)).status).toBe("draft");
  });
});

describe("phase control", () => {
  it("closes contributions now: the voting opens, ideas are refused, and participants hear of it once", async () => {
    const { id } = await challengeWithIdea();
    const { manager, participant } = w.people;
    const closed = await manager.client.post<ChallengeBody>(path(id, "/phase/close"));
    expect(closed.status).toBe(200);
    expect(closed.body.challenge.phase).toBe("voting");
    expect(Date.parse(closed.body.challenge.timeline.contributionsCloseAt ?? "")).toBeLessThanOrEqual(
      Date.now(),
    );

    const late = await participant.client.post(path(id, "/ideas"), {
      title: "Trop tard",
      body: "Encore une.",
    });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: "phase-closed" });
    expect((await read(participant.client, id)).abilities).toMatchObject({ submit: false, support: true });
    expect(await noticesOf(participant.client, id)).toEqual([
      expect.objectContaining({ kind: "phase-changed", phase: "voting" }),
    ]);
  });

  it("refuses to close the debrief, which has no end", async () => {
    const { id } = await challengeWithIdea("debrief");
    const response = await w.people.manager.client.post(path(id, "/phase/close"));
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ code: "conflict" });
  });

  it("reopens contributions during the voting until a later date, later phases keeping their length", async () => {
    const { id } = await challengeWithIdea("voting");
    const { manager, participant } = w.people;
    const before = (await read(manager.client, id)).timeline;
    const until = new Date(Date.now() + 2 * day);
    const reopened = await manager.client.post<ChallengeBody>(path(id, "/phase/reopen"), {
      until: until.toISOString(),
    });
    expect(reopened.status).toBe(200);
    const after = reopened.body.challenge.timeline;
    expect(reopened.body.challenge.phase).toBe("contributions");
    expect(Date.parse(after.contributionsCloseAt ?? "")).toBe(until.getTime());
    const length = (t: Record<string, string>) =>
      Date.parse(t.votingCloseAt ?? "") - Date.parse(t.contributionsCloseAt ?? "");
    expect(length(after)).toBe(length(before));
    expect(after.contributionsOpenAt).toBe(before.contributionsOpenAt);

    const again = await participant.client.post(path(id, "/ideas"), {
      title: "Encore une idée",
      body: "Des bancs à l’ombre près des étals.",
      category: "Animation",
    });
    expect(again.status, JSON.stringify(again.body)).toBe(201);
    expect((await noticesOf(participant.client, id)).map((n) => n.kind)).toContain("timeline-changed");
  });

  it("refuses to reopen until a date already past, and in the contributions phase (nothing before it reopens)", async () => {
    const { id } = await challengeWithIdea("voting");
    const manager = w.people.manager.client;
    const past = await manager.post(path(id, "/phase/reopen"), {
      until: new Date(Date.now() - hour).toISOString(),
    });
    expect(past.status).toBe(400);
    expect(past.body).toMatchObject({ field: "until" });
    const { id: open } = await challengeWithIdea();
    const nothing = await manager.post(path(open, "/phase/reopen"), {
      until: new Date(Date.now() + day).toISOString(),
    });
    expect(nothing.status).toBe(409);
    expect((await read(manager, id)).phase).toBe("voting");
  });
});

describe("moving deadlines", () => {
  it("shortens the voting and tells the participants; refuses an order that breaks and a date past", async () => {
    const { id } = await challengeWithIdea("voting");
    const { manager, participant } = w.people;
    const before = (await read(manager.client, id)).timeline;
    const to = new Date(Date.now() + hour);
    const moved = await manager.client.post<ChallengeBody>(path(id, "/deadline-moves"), {
      deadline: "votingCloseAt",
      to: to.toISOString(),
    });
    expect(moved.status).toBe(200);
    expect(Date.parse(moved.body.challenge.timeline.votingCloseAt ?? "")).toBe(to.getTime());
    expect((await noticesOf(participant.client, id)).map((n) => n.kind)).toEqual(["timeline-changed"]);

    const crossing = await manager.client.post(path(id, "/deadline-moves"), {
      deadline: "votingCloseAt",
      to: new Date(Date.parse(before.synthesisCloseAt ?? "") + day).toISOString(),
    });
    expect(crossing.status).toBe(400);
    expect(crossing.body).toMatchObject({ code: "invalid-input", field: "to" });
    expect(String((crossing.body as { detail?: string }).detail ?? JSON.stringify(crossing.body))).toContain(
      "synthesisCloseAt",
    );
    const passed = await manager.client.post(path(id, "/deadline-moves"), {
      deadline: "contributionsCloseAt",
      to: new Date(Date.now() + hour).toISOString(),
    });
    expect(passed.status).toBe(409);
    expect(Date.parse((await read(manager.client, id)).timeline.votingCloseAt ?? "")).toBe(to.getTime());
  });

  it("tells the participants when a deadline is extended", async () => {
    const { id } = await challengeWithIdea();
    const { manager, participant } = w.people;
    const until = new Date(Date.now() + 2.5 * day).toISOString();
    const extended = await manager.client.post(path(id, "/deadline-extensions"), {
      deadline: "contributionsCloseAt",
      until,
    });
    expect(extended.status).toBe(200);
    expect((await noticesOf(participant.client, id)).map((n) => n.kind)).toEqual(["timeline-changed"]);
  });
});

describe("pause", () => {
  it("refuses every contribution while paused, shows the pause to readers, and takes them again once resumed", async () => {
    const { id, ideaId } = await challengeWithIdea();
    const { manager, participant, moderator } = w.people;
    const paused = await manager.client.put<ChallengeBody>(path(id, "/pause"), { paused: true });
    expect(paused.status).toBe(200);
    const seen = await read(participant.client, id);
    expect(seen.pausedAt).not.toBeNull();
    expect(seen.abilities).toMatchObject({ submit: false, support: false, comment: false, react: false });

    const idea = await participant.client.post(path(id, "/ideas"), { title: "En pause", body: "Refusée." });
    expect(idea.status).toBe(409);
    expect(idea.body).toMatchObject({ code: "challenge-paused" });
    const ideaPath = `/api/v1/workspaces/${w.workspaceId}/ideas/${ideaId}`;
    const support = await moderator.client.put(`${ideaPath}/support`, { supported: true });
    expect(support.status).toBe(409);
    expect(support.body).toMatchObject({ code: "challenge-paused" });
    const comment = await moderator.client.post(`${ideaPath}/comments`, { body: "Pendant la pause" });
    expect(comment.body).toMatchObject({ code: "challenge-paused" });
    expect(await storedCount("ideas", id)).toBe(1);
    expect(await storedCount("supports", id)).toBe(0);

    const resumed = await manager.client.put<ChallengeBody>(path(id, "/pause"), { paused: false });
    expect(resumed.body.challenge.pausedAt).toBeNull();
    expect((await moderator.client.put(`${ideaPath}/support`, { supported: true })).status).toBe(200);
  });
});

describe("archive", () => {
  it("takes an archived challenge out of the lists, keeps it readable and read-only, and brings it back", async () => {
    const { id } = await challengeWithIdea();
    const { manager, participant } = w.people;
    const archived = await manager.client.put<ChallengeBody>(path(id, "/archive"), { archived: true });
    expect(archived.status).toBe(200);
    const ids = async (client: ApiClient, query = "") =>
      (await client.get<{ challenges: Array<{ id: string }> }>(`${base()}${query}`)).body.challenges.map(
        (c) => c.id,
      );
    expect(await ids(participant.client)).not.toContain(id);
    expect(await ids(manager.client)).not.toContain(id);
    expect(await ids(manager.client, "?archived=true")).toContain(id);
    expect(await ids(participant.client, "?archived=true")).not.toContain(id);
    expect((await read(participant.client, id)).archivedAt).not.toBeNull();

    const idea = await participant.client.post(path(id, "/ideas"), { title: "Archivé", body: "Refusée." });
    expect(idea.body).toMatchObject({ code: "challenge-archived" });
    const paused = await manager.client.put(path(id, "/pause"), { paused: true });
    expect(paused.body).toMatchObject({ code: "challenge-archived" });
    const edited = await manager.client.patch(path(id), { title: "Nouveau titre" });
    expect(edited.body).toMatchObject({ code: "challenge-archived" });

    await manager.client.put(path(id, "/archive"), { archived: false });
    expect(await ids(participant.client)).toContain(id);
  });
});

describe("duplicate", () => {
  it("copies brief and settings into a draft whose timeline is shifted to the new announcement, without ideas", async () => {
    const { id } = await challengeWithIdea();
    const { manager, participant } = w.people;
    const source = await read(manager.client, id);
    const announcementAt = new Date(Date.now() + 30 * day);
    const copy = await manager.client.post<ChallengeBody>(path(id, "/duplicates"), {
      announcementAt: announcementAt.toISOString(),
      title: "Réinventons le marché, saison 2",
    });
    expect(copy.status).toBe(201);
    const c = copy.body.challenge;
    expect(c).toMatchObject({ status: "draft", title: "Réinventons le marché, saison 2", ideaCount: 0 });
    expect(c.categories).toEqual(source.categories);
    const span = (t: Record<string, string>) =>
      Date.parse(t.synthesisCloseAt ?? "") - Date.parse(t.announcementAt ?? "");
    expect(Date.parse(c.timeline.announcementAt ?? "")).toBe(announcementAt.getTime());
    expect(span(c.timeline)).toBe(span(source.timeline));
    expect(await storedCount("ideas", c.id)).toBe(0);
    expect((await participant.client.get(path(c.id))).status).toBe(404);
  });
});

describe("delete", () => {
  it("deletes nothing on a wrong title, then the challenge and its ideas once the title is typed", async () => {
    const { id } = await challengeWithIdea();
    const manager = w.people.manager.client;
    const wrong = await manager.request("DELETE", path(id), { confirmTitle: "Un autre défi" });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ code: "invalid-input", field: "confirmTitle" });
    expect(await storedCount("ideas", id)).toBe(1);

    const title = (await read(manager, id)).title;
    const done = await manager.request("DELETE", path(id), { confirmTitle: ` ${title} ` });
    expect(done.status).toBe(204);
    expect(await storedCount("challenges", id)).toBe(0);
    expect(await storedCount("ideas", id)).toBe(0);
    expect((await manager.get(path(id))).status).toBe(404);
  });
});

describe("abilities", () => {
  it("tells each role what it may do on the challenge and its ideas, as the server will decide", async () => {
    const { id, ideaId } = await challengeWithIdea();
    const { manager, participant, guest } = w.people;
    expect((await read(manager.client, id)).abilities).toMatchObject({
      manage: true,
      moderate: true,
      submit: true,
    });
    expect((await read(participant.client, id)).abilities).toMatchObject({
      manage: false,
      moderate: false,
      submit: true,
      support: true,
      comment: true,
    });
    expect((await read(guest.client, id)).abilities).toMatchObject({
      manage: false,
      submit: false,
      comment: true,
    });

    type Ideas = { ideas: Array<{ id: string; abilities: Record<string, boolean> }> };
    const mine = (await participant.client.get<Ideas>(path(id, "/ideas"))).body.ideas.find(
      (i) => i.id === ideaId,
    );
    expect(mine?.abilities).toMatchObject({ edit: true, withdraw: true, flag: false, setOutcome: false });
    const managers = (await manager.client.get<Ideas>(path(id, "/ideas"))).body.ideas.find(
      (i) => i.id === ideaId,
    );
    expect(managers?.abilities).toMatchObject({ edit: false, moderate: true, flag: true });
    const refusedEdit = await manager.client.patch(`/api/v1/workspaces/${w.workspaceId}/ideas/${ideaId}`, {
      title: "Réécrite",
    });
    expect(refusedEdit.status).toBeGreaterThanOrEqual(400);
  });
});
