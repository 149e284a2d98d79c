// After a challenge: outcomes and the debrief, contest awards, notifications to followers and contributors, exports.
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ChallengeBody, type IdeaListBody, paths, setDates } from "../support/challenge-api.ts";
import { createChallenge, submitIdea } from "../support/challenge-fixture.ts";
import { openLiveSocket } from "../support/live-socket.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { createWorkspaceFixture } from "../support/workspace-fixture.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

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

    await setDates(server, id, "synthesis");
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

    await setDates(server, id, "debrief");
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
    await setDates(server, plain, "synthesis");
    const notContest = await manager.client.request("PUT", `${paths(w).idea(plainIdea)}/award`, {
      award: "Premier prix",
    });
    expect(notContest.body).toMatchObject({ code: "conflict", field: "award" });

    await setDates(server, contest, "synthesis");
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

    await setDates(server, id, "debrief");
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
