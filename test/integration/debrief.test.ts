import { parse } from "csv-parse/sync";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActionBody, DebriefBody } from "../../src/contracts/debrief.ts";
import { createChallenge, moveToPhase, submitIdea } from "../support/challenge-fixture.ts";
import { insertGroup } from "../support/group-fixture.ts";
import { openLiveSocket } from "../support/live-socket.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { createWorkspaceFixture, type WorkspaceFixture } from "../support/workspace-fixture.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const api = (w: WorkspaceFixture) => `/api/v1/workspaces/${w.workspaceId}`;
const challengeApi = (w: WorkspaceFixture, id: string) => `${api(w)}/challenges/${id}`;

const setDates = (challengeId: string, phase: Parameters<typeof moveToPhase>[2]) =>
  moveToPhase(server.database.db, challengeId, phase);

async function count(table: "actions" | "action_status_changes", challengeId: string): Promise<number> {
  const query =
    table === "actions"
      ? sql`SELECT count(*)::int AS n FROM actions WHERE challenge_id = ${challengeId}`
      : sql`SELECT count(*)::int AS n FROM action_status_changes h JOIN actions a ON a.id = h.action_id
            WHERE a.challenge_id = ${challengeId}`;
  const result = await server.database.db.execute<{ n: number }>(query);
  return result.rows[0]?.n ?? -1;
}

type Notifications = { notifications: Array<{ kind: string; challenge: { id: string } }> };

describe("actions of the debrief", () => {
  it("refuses an invalid action naming the field, and saves nothing of it", async () => {
    const w = await createWorkspaceFixture(server);
    const { manager, participant } = w.people;
    const id = await createChallenge(manager.client, w.workspaceId);
    const otherChallenge = await createChallenge(manager.client, w.workspaceId);
    const ideaId = await submitIdea(participant.client, w.workspaceId, otherChallenge);
    const foreignGroup = await insertGroup(server.database.db, {
      workspaceId: w.workspaceId,
      challengeId: otherChallenge,
      ideaIds: [ideaId],
    });
    const actions = `${challengeApi(w, id)}/actions`;
    const valid = { title: "Bancs près de la fontaine", owner: "Service voirie" };
    const refusals: Array<[Record<string, unknown>, string]> = [
      [{ ...valid, status: "not-retained" }, "reason"],
      [{ ...valid, status: "not-retained", reason: "   " }, "reason"],
      [{ ...valid, dueDate: "2027-02-30" }, "dueDate"],
      [{ ...valid, dueDate: "30/06/2027" }, "dueDate"],
      [{ ...valid, owner: "  " }, "owner"],
      [{ ...valid, title: "" }, "title"],
      [{ ...valid, groupId: foreignGroup }, "groupId"],
      [{ ...valid, status: "abandoned" }, "status"],
    ];
    for (const [body, field] of refusals) {
      const response = await manager.client.post(actions, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
      expect(response.body).toMatchObject({ code: "invalid-input", field });
    }
    expect(await count("actions", id)).toBe(0);
    expect(await count("action_status_changes", id)).toBe(0);

    const created = await manager.client.post<{ action: ActionBody }>(actions, {
      ...valid,
      dueDate: "2027-06-30",
    });
    expect(created.status).toBe(201);
    const path = `${api(w)}/actions/${created.body.action.id}`;
    const badEdit = await manager.client.patch(path, { title: "Nouveau titre", dueDate: "2027-13-01" });
    expect(badEdit.body).toMatchObject({ code: "invalid-input", field: "dueDate" });
    const badMove = await manager.client.request("PUT", `${path}/status`, { status: "not-retained" });
    expect(badMove.body).toMatchObject({ code: "invalid-input", field: "reason" });
    const debrief = await manager.client.get<{ debrief: DebriefBody }>(`${challengeApi(w, id)}/debrief`);
    expect(debrief.body.debrief.actions).toEqual([
      expect.objectContaining({ title: valid.title, status: "planned", dueDate: "2027-06-30" }),
    ]);
    expect(await count("action_status_changes", id)).toBe(1);
  });

  it("keeps every move of an action in its history, and deletes an action entered by mistake", async () => {
    const w = await createWorkspaceFixture(server);
    const { manager } = w.people;
    const id = await createChallenge(manager.client, w.workspaceId);
    const created = await manager.client.post<{ action: ActionBody }>(`${challengeApi(w, id)}/actions`, {
      title: "Un coin lecture",
      owner: "Médiathèque",
    });
    const path = `${api(w)}/actions/${created.body.action.id}`;
    const live = await openLiveSocket(w.people.participant.client);
    live.send({ type: "subscribe", workspaceId: w.workspaceId });
    await live.waitFor((m) => m.type === "subscribed");
    await manager.client.request("PUT", `${path}/status`, { status: "in-progress" });
    // Members' open pages hear of the move.
    const moved = await live.waitFor((m) => m.type === "event" && m.event.type === "action.moved");
    expect(moved).toMatchObject({ event: { data: { challengeId: id, status: "in-progress" } } });
    live.close();
    await manager.client.request("PUT", `${path}/status`, { status: "in-progress" });
    await manager.client.request("PUT", `${path}/status`, {
      status: "not-retained",
      reason: "Pas de budget",
    });
    const last = await manager.client.request<{ action: ActionBody }>("PUT", `${path}/status`, {
      status: "done",
      reason: "ignored for done",
    });
    expect(last.body.action).toMatchObject({ status: "done", reason: null });
    expect(last.body.action.history.map((m) => [m.from, m.to, m.reason])).toEqual([
      [null, "planned", null],
      ["planned", "in-progress", null],
      ["in-progress", "not-retained", "Pas de budget"],
      ["not-retained", "done", null],
    ]);
    const renamed = await manager.client.patch<{ action: ActionBody }>(path, { owner: "Service culture" });
    expect(renamed.body.action).toMatchObject({ owner: "Service culture", status: "done" });
    expect((await manager.client.delete(path)).status).toBe(204);
    expect(await count("actions", id)).toBe(0);
    expect(await count("action_status_changes", id)).toBe(0);
    expect((await manager.client.delete(path)).status).toBe(404);
  });
});

describe("notifications of the debrief", () => {
  it("tells the contributors of every grouped idea once at publication, then the group's authors as actions move", async () => {
    const w = await createWorkspaceFixture(server);
    const { manager, participant, moderator, guest } = w.people;
    const outsider = await w.addMember("participant");
    const id = await createChallenge(manager.client, w.workspaceId);
    const first = await submitIdea(participant.client, w.workspaceId, id, { title: "Des bancs" });
    const second = await submitIdea(participant.client, w.workspaceId, id, { title: "Plus de bancs" });
    const third = await submitIdea(moderator.client, w.workspaceId, id, { title: "Des bancs à l'ombre" });
    await submitIdea(outsider.client, w.workspaceId, id, { title: "Un parking" });
    const db = server.database.db;
    const benches = await insertGroup(db, {
      workspaceId: w.workspaceId,
      challengeId: id,
      ideaIds: [first, second, third],
      name: "S'asseoir au marché",
    });
    const action = await manager.client.post<{ action: ActionBody }>(`${challengeApi(w, id)}/actions`, {
      title: "Dix bancs",
      owner: "Service voirie",
      groupId: benches,
    });
    const status = `${api(w)}/actions/${action.body.action.id}/status`;
    const kinds = async (who: typeof participant) =>
      (await who.client.get<Notifications>(`${api(w)}/notifications`)).body.notifications.map((n) => n.kind);

    // Before publication, moving an action tells nobody.
    await manager.client.request("PUT", status, { status: "in-progress" });
    expect(await kinds(participant)).toEqual([]);

    await setDates(id, "debrief");
    await manager.client.request("PUT", `${challengeApi(w, id)}/debrief`, { text: "Merci.", publish: true });
    // Two ideas in the group, one notification.
    expect(await kinds(participant)).toEqual(["debrief-published"]);
    expect(await kinds(moderator)).toEqual(["debrief-published"]);

    await manager.client.request("PUT", status, { status: "done" });
    expect(await kinds(participant)).toEqual(["action-updated", "debrief-published"]);
    expect(await kinds(moderator)).toEqual(["action-updated", "debrief-published"]);
    // The author of an idea outside the group hears of the debrief but not of this action; nor does the manager.
    expect(await kinds(outsider)).toEqual(["debrief-published"]);
    expect(await kinds(manager)).toEqual([]);
    expect(await kinds(guest)).toEqual([]);
    // The same status again is no move.
    await manager.client.request("PUT", status, { status: "done" });
    expect(await kinds(participant)).toHaveLength(2);

    const wide = await manager.client.post<{ action: ActionBody }>(`${challengeApi(w, id)}/actions`, {
      title: "Un bilan à la rentrée",
      owner: "Mairie",
    });
    await manager.client.request("PUT", `${api(w)}/actions/${wide.body.action.id}/status`, {
      status: "done",
    });
    expect(await kinds(outsider)).toEqual(["action-updated", "debrief-published"]);
  });
});

describe("you said, we did", () => {
  it("shows a public challenge's debrief to anyone once published, with groups, actions and progress", async () => {
    const w = await createWorkspaceFixture(server);
    const { manager, participant } = w.people;
    const id = await createChallenge(manager.client, w.workspaceId, { audience: "public" });
    const ideas = [
      await submitIdea(participant.client, w.workspaceId, id, { title: "Des bancs" }),
      await submitIdea(participant.client, w.workspaceId, id, { title: "Un coin ombragé" }),
    ];
    const hidden = await submitIdea(participant.client, w.workspaceId, id, { title: "Idée masquée" });
    await manager.client.request("PUT", `${api(w)}/ideas/${hidden}/moderation`, {
      hidden: true,
      reason: "Hors sujet",
    });
    const db = server.database.db;
    const group = await insertGroup(db, {
      workspaceId: w.workspaceId,
      challengeId: id,
      ideaIds: [...ideas, hidden],
    });
    const retired = await insertGroup(db, {
      workspaceId: w.workspaceId,
      challengeId: id,
      ideaIds: [],
      label: "fusionné",
      retired: true,
    });
    // A group merged away is out of the debrief: it takes neither a debrief nor actions.
    const toRetired = await manager.client.request("PUT", `${api(w)}/groups/${retired}/debrief`, {
      heard: "Non",
    });
    expect(toRetired.status).toBe(404);
    const actionOfRetired = await manager.client.post(`${challengeApi(w, id)}/actions`, {
      title: "Perdue",
      owner: "Personne",
      groupId: retired,
    });
    expect(actionOfRetired.body).toMatchObject({ code: "invalid-input", field: "groupId" });
    expect(
      (
        await manager.client.request("PUT", `${api(w)}/groups/${group}/debrief`, {
          heard: "Vous voulez vous asseoir.",
          willDo: "Nous installons des bancs.",
        })
      ).status,
    ).toBe(204);
    const action = await manager.client.post<{ action: ActionBody }>(`${challengeApi(w, id)}/actions`, {
      title: "Dix bancs",
      owner: "Service voirie",
      groupId: group,
      dueDate: "2027-05-01",
    });
    await manager.client.post(`${challengeApi(w, id)}/actions`, {
      title: "Une fontaine",
      owner: "Service des eaux",
      status: "not-retained",
      reason: "Le réseau ne le permet pas.",
    });

    const anyone = server.client();
    const publicPath = `/api/v1/public/challenges/${id}/debrief`;
    expect((await anyone.get(publicPath)).status).toBe(404);
    const preview = await manager.client.get<{ debrief: DebriefBody }>(`${challengeApi(w, id)}/debrief`);
    expect(preview.body.debrief).toMatchObject({ published: false, progress: { done: 0, total: 2 } });
    expect(preview.body.debrief.groups).toHaveLength(1);
    const early = await participant.client.get<{ debrief: DebriefBody }>(`${challengeApi(w, id)}/debrief`);
    expect(early.body.debrief).toMatchObject({ published: false, debrief: null, groups: [], actions: [] });

    await setDates(id, "debrief");
    await manager.client.request("PUT", `${challengeApi(w, id)}/debrief`, {
      text: "Merci à tous.",
      publish: true,
    });
    await manager.client.request("PUT", `${api(w)}/actions/${action.body.action.id}/status`, {
      status: "done",
    });

    const seen = await anyone.get<{ debrief: DebriefBody }>(publicPath);
    expect(seen.status).toBe(200);
    const debrief = seen.body.debrief;
    expect(debrief).toMatchObject({
      published: true,
      debrief: { text: "Merci à tous." },
      progress: { done: 1, total: 2 },
    });
    expect(debrief.groups).toEqual([
      expect.objectContaining({
        id: group,
        name: "marché vivant",
        size: 2,
        heard: "Vous voulez vous asseoir.",
        willDo: "Nous installons des bancs.",
      }),
    ]);
    expect(debrief.groups[0]?.ideaTitles.sort()).toEqual(["Des bancs", "Un coin ombragé"]);
    expect(debrief.groups[0]?.actions[0]).toMatchObject({
      title: "Dix bancs",
      status: "done",
      dueDate: "2027-05-01",
    });
    expect(debrief.groups[0]?.actions[0]?.history.map((m) => m.to)).toEqual(["planned", "done"]);
    expect(debrief.actions).toEqual([
      expect.objectContaining({ status: "not-retained", reason: "Le réseau ne le permet pas." }),
    ]);
    const member = await participant.client.get<{ debrief: DebriefBody }>(`${challengeApi(w, id)}/debrief`);
    expect(member.body.debrief.progress).toEqual({ done: 1, inProgress: 0, total: 2 });
  });

  it("keeps a members-only challenge's debrief from strangers", async () => {
    const w = await createWorkspaceFixture(server);
    const stranger = await createWorkspaceFixture(server, { name: "Ailleurs" });
    const { manager } = w.people;
    const id = await createChallenge(manager.client, w.workspaceId);
    await setDates(id, "debrief");
    await manager.client.request("PUT", `${challengeApi(w, id)}/debrief`, {
      text: "Entre nous.",
      publish: true,
    });
    expect((await server.client().get(`/api/v1/public/challenges/${id}/debrief`)).status).toBe(404);
    expect((await stranger.people.owner.client.get(`/api/v1/public/challenges/${id}/debrief`)).status).toBe(
      404,
    );
    expect((await stranger.people.owner.client.get(`${challengeApi(w, id)}/debrief`)).status).toBe(404);
    expect((await server.client().get(`/api/v1/public/challenges/${id}/export/ideas.csv`)).status).toBe(404);
    const seen = await w.people.guest.client.get<{ debrief: DebriefBody }>(`${challengeApi(w, id)}/debrief`);
    expect(seen.body.debrief).toMatchObject({ published: true, debrief: { text: "Entre nous." } });
  });

  it("streams a change of the published debrief to a visitor of the public page", async () => {
    const w = await createWorkspaceFixture(server);
    const { manager } = w.people;
    const id = await createChallenge(manager.client, w.workspaceId, { audience: "public" });
    const live = `${server.url}/api/v1/public/challenges/${id}/debrief/live`;
    expect((await fetch(live)).status).toBe(404);
    await setDates(id, "debrief");
    await manager.client.request("PUT", `${challengeApi(w, id)}/debrief`, { text: "Merci.", publish: true });
    const action = await manager.client.post<{ action: ActionBody }>(`${challengeApi(w, id)}/actions`, {
      title: "Dix bancs",
      owner: "Service voirie",
    });
    const controller = new AbortController();
    const response = await fetch(live, { signal: controller.signal });
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let received = decoder.decode((await reader.read()).value);
    expect(received).toContain(": connected");
    await manager.client.request("PUT", `${api(w)}/actions/${action.body.action.id}/status`, {
      status: "done",
    });
    while (!received.includes("action.moved")) received += decoder.decode((await reader.read()).value);
    expect(received).toContain("event: debrief");
    controller.abort();
  });
});

describe("open data", () => {
  it("pseudonymizes participants the same way in every dataset, without names, e-mails or hidden posts", async () => {
    const w = await createWorkspaceFixture(server, { allowAnonymous: true });
    const { manager, participant, moderator, guest } = w.people;
    const id = await createChallenge(manager.client, w.workspaceId, { audience: "public" });
    const kept = await submitIdea(participant.client, w.workspaceId, id, { title: "Des bancs" });
    const withdrawn = await submitIdea(participant.client, w.workspaceId, id, { title: "Idée reprise" });
    const hidden = await submitIdea(moderator.client, w.workspaceId, id, { title: "Idée masquée" });
    await participant.client.delete(`${api(w)}/ideas/${withdrawn}`);
    await manager.client.request("PUT", `${api(w)}/ideas/${hidden}/moderation`, {
      hidden: true,
      reason: "Insulte",
    });
    await moderator.client.post(`${api(w)}/ideas/${kept}/comments`, { body: "Oui, à l'ombre !" });
    const hiddenComment = await guest.client.post<{ comment: { id: string } }>(
      `${api(w)}/ideas/${kept}/comments`,
      {
        body: "Commentaire masqué",
      },
    );
    await manager.client.request("PUT", `${api(w)}/comments/${hiddenComment.body.comment.id}/moderation`, {
      hidden: true,
      reason: "Hors sujet",
    });
    await moderator.client.request("PUT", `${api(w)}/ideas/${kept}/support`);
    await moderator.client.post(`${api(w)}/ideas/${kept}/reactions`, { emotion: "love" });
    await participant.client.request("PUT", `${api(w)}/ideas/${hidden}/support`).catch(() => undefined);
    const group = await insertGroup(server.database.db, {
      workspaceId: w.workspaceId,
      challengeId: id,
      ideaIds: [kept],
    });
    await manager.client.post(`${challengeApi(w, id)}/actions`, {
      title: "Dix bancs",
      owner: "Service voirie",
      groupId: group,
    });

    const download = async (dataset: string) => {
      const json = await manager.client.get<Record<string, Array<Record<string, unknown>>>>(
        `${challengeApi(w, id)}/export/${dataset}.json`,
      );
      expect(json.status).toBe(200);
      const csv = await manager.client.get<string>(`${challengeApi(w, id)}/export/${dataset}.csv`);
      expect(csv.headers.get("content-type")).toContain("text/csv");
      expect(csv.headers.get("content-disposition")).toContain(`${dataset}-${id}.csv`);
      return { rows: json.body[dataset] ?? [], csv: csv.body, text: JSON.stringify(json.body) + csv.body };
    };
    const ideas = await download("ideas");
    const comments = await download("comments");
    const reactions = await download("reactions");
    const supports = await download("supports");
    const actions = await download("actions");

    expect(ideas.rows.map((r) => [r.id, r.status, r.title])).toEqual([
      [kept, "published", "Des bancs"],
      [withdrawn, "withdrawn", null],
    ]);
    expect(ideas.rows[0]).toMatchObject({
      supports: 1,
      comments: 1,
      love: 1,
      group_id: group,
      group: "marché vivant",
    });
    expect(comments.rows.map((r) => r.body)).toEqual(["Oui, à l'ombre !"]);
    const author = ideas.rows[0]?.participant as string;
    const commenter = comments.rows[0]?.participant as string;
    expect(author).toMatch(/^participant-\d+$/);
    expect(commenter).toMatch(/^participant-\d+$/);
    expect(commenter).not.toBe(author);
    expect(reactions.rows).toEqual([
      expect.objectContaining({ idea_id: kept, participant: commenter, emotion: "love" }),
    ]);
    expect(supports.rows).toEqual([expect.objectContaining({ idea_id: kept, participant: commenter })]);
    expect(actions.rows).toEqual([
      expect.objectContaining({ title: "Dix bancs", status: "planned", group: "marché vivant" }),
    ]);
    expect(parse(ideas.csv.replace(/^\uFEFF/, ""), { columns: true })).toHaveLength(2);

    for (const dataset of [ideas, comments, reactions, supports, actions]) {
      for (const person of Object.values(w.people)) {
        expect(dataset.text).not.toContain(person.email);
        expect(dataset.text).not.toContain(person.userId);
      }
      for (const name of ["Owner", "A manager", "A moderator", "A participant", "A guest"]) {
        expect(dataset.text).not.toContain(name);
      }
      for (const secret of ["Idée masquée", "Commentaire masqué", "Idée reprise", hidden]) {
        expect(dataset.text).not.toContain(secret);
      }
    }
    // The numbering does not move between downloads.
    expect((await download("ideas")).rows[0]?.participant).toBe(author);

    // The public downloads once the debrief is published.
    const publicIdeas = `/api/v1/public/challenges/${id}/export/ideas.json`;
    expect((await server.client().get(publicIdeas)).status).toBe(404);
    await setDates(id, "debrief");
    await manager.client.request("PUT", `${challengeApi(w, id)}/debrief`, { text: "Merci.", publish: true });
    const opened = await server.client().get<{ ideas: Array<Record<string, unknown>> }>(publicIdeas);
    expect(opened.status).toBe(200);
    expect(opened.body.ideas).toEqual(ideas.rows);
    expect((await server.client().get(`/api/v1/public/challenges/${id}/export/votes.csv`)).status).toBe(400);
  });

  it("keeps the managers' complete ideas export as it was", async () => {
    const w = await createWorkspaceFixture(server);
    const { manager, participant } = w.people;
    const id = await createChallenge(manager.client, w.workspaceId);
    await submitIdea(participant.client, w.workspaceId, id, { title: "Des bancs" });
    const csv = await manager.client.get<string>(`${challengeApi(w, id)}/export?format=csv`);
    expect(csv.headers.get("content-disposition")).toContain(`ideas-${id}.csv`);
    const rows = parse(csv.body.replace(/^\uFEFF/, ""), { columns: true }) as Array<Record<string, string>>;
    expect(rows).toEqual([expect.objectContaining({ title: "Des bancs", author: "A participant" })]);
    const json = await manager.client.get<{ challenge: { id: string }; ideas: unknown[] }>(
      `${challengeApi(w, id)}/export?format=json`,
    );
    expect(json.body).toMatchObject({
      challenge: { id },
      ideas: [expect.objectContaining({ title: "Des bancs" })],
    });
  });
});
