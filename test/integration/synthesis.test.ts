// A challenge's synthesis: background recomputation, stable identities across runs, and managers' operations.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SynthesisViewBody } from "../../src/contracts/synthesis.ts";
import { demoIdeas } from "../../src/domain/demo/demo-ideas.ts";
import type { ApiClient } from "../support/api-client.ts";
import { createChallenge, submitIdea } from "../support/challenge-fixture.ts";
import { openLiveSocket } from "../support/live-socket.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { createWorkspaceFixture, type WorkspaceFixture } from "../support/workspace-fixture.ts";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const synthesisPath = (w: WorkspaceFixture, challengeId: string, tail = "") =>
  `/api/v1/workspaces/${w.workspaceId}/challenges/${challengeId}/synthesis${tail}`;

async function read(client: ApiClient, w: WorkspaceFixture, challengeId: string): Promise<SynthesisViewBody> {
  const response = await client.get<SynthesisViewBody>(synthesisPath(w, challengeId));
  expect(response.status).toBe(200);
  return response.body;
}

/** Waits until a computation later than `after` is stored and none is pending. */
async function computed(
  client: ApiClient,
  w: WorkspaceFixture,
  challengeId: string,
  after: string | null = null,
): Promise<SynthesisViewBody> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const view = await read(client, w, challengeId);
    if (view.computedAt && (!after || view.computedAt > after) && !view.pending) return view;
    if (Date.now() > deadline) throw new Error(`no synthesis computed: ${JSON.stringify(view)}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/** A challenge with the twenty French ideas of the demo, on four themes, submitted by the participant. */
async function challengeWithIdeas(
  w: WorkspaceFixture,
  count = demoIdeas.length,
): Promise<{ challengeId: string; ideaIds: string[] }> {
  const challengeId = await createChallenge(w.people.manager.client, w.workspaceId, { categories: [] });
  const ideaIds: string[] = [];
  for (const idea of demoIdeas.slice(0, count))
    ideaIds.push(
      await submitIdea(w.people.participant.client, w.workspaceId, challengeId, {
        title: idea.title,
        body: idea.body,
        category: null,
      }),
    );
  return { challengeId, ideaIds };
}

const groupOf = (view: SynthesisViewBody, ideaId: string) =>
  view.groups.find((group) => group.ideas.some((idea) => idea.id === ideaId));

describe("synthesis recomputation", () => {
  it("makes no groups from too few ideas, and says so", async () => {
    const w = await createWorkspaceFixture(server);
    const { challengeId, ideaIds } = await challengeWithIdeas(w, 4);
    const view = await computed(w.people.manager.client, w, challengeId);
    expect(view.status).toBe("too-few-ideas");
    expect(view.minimumIdeas).toBe(6);
    expect(view.groups).toEqual([]);
    expect(view.ungrouped.map((idea) => idea.id).sort()).toEqual([...ideaIds].sort());
  });

  it("groups the ideas after they arrive, announces it live, and keeps ids, names and pins across a re-run", async () => {
    const w = await createWorkspaceFixture(server);
    const manager = w.people.manager.client;
    const socket = await openLiveSocket(manager);
    socket.send({ type: "subscribe", workspaceId: w.workspaceId });
    const { challengeId, ideaIds } = await challengeWithIdeas(w);
    const first = await computed(manager, w, challengeId);
    expect(first.status).toBe("grouped");
    expect(first.groups.length).toBeGreaterThanOrEqual(3);
    await socket.waitFor(
      (m) =>
        m.type === "event" &&
        m.event.type === "synthesis.updated" &&
        m.event.data.challengeId === challengeId,
      10_000,
    );
    socket.close();
    for (const group of first.groups) {
      expect(group.origin).toBe("computed");
      expect(group.label.length).toBeGreaterThan(0);
      expect(group.size).toBe(group.ideas.length);
      expect(group.keywords.length).toBeGreaterThan(0);
      expect(group.quoteIdeaIds.length).toBeGreaterThan(0);
    }
    // The bicycle ideas (the first, third and fifth of the demo) are together.
    const bikes = groupOf(first, ideaIds[0] as string);
    expect(bikes?.ideas.map((idea) => idea.id)).toEqual(expect.arrayContaining([ideaIds[2], ideaIds[4]]));
    if (!bikes) return;

    const renamed = await manager.patch<SynthesisViewBody>(
      synthesisPath(w, challengeId, `/groups/${bikes.id}`),
      {
        name: "Venir à vélo",
      },
    );
    expect(renamed.status).toBe(200);
    const quote = bikes.ideas[1]?.id as string;
    const pinned = await manager.request<SynthesisViewBody>(
      "PUT",
      synthesisPath(w, challengeId, `/groups/${bikes.id}/pins/${quote}`),
    );
    expect(pinned.status).toBe(200);
    expect(pinned.body.groups.find((g) => g.id === bikes.id)).toMatchObject({
      name: "Venir à vélo",
      pinnedIdeaIds: [quote],
    });
    const others = first.groups.filter((g) => g.id !== bikes.id).map((g) => g.id);

    const added = await submitIdea(w.people.participant.client, w.workspaceId, challengeId, {
      title: "Des arceaux à vélos devant la halle",
      body: "Il manque des arceaux à vélos pour garer son vélo le samedi au marché.",
      category: null,
    });
    const second = await computed(manager, w, challengeId, first.computedAt);
    const again = second.groups.find((g) => g.id === bikes.id);
    expect(again).toMatchObject({ name: "Venir à vélo", pinnedIdeaIds: [quote] });
    expect(again?.ideas.map((idea) => idea.id)).toEqual(expect.arrayContaining([ideaIds[0], added]));
    // The other groups keep their ids too.
    for (const id of others) expect(second.groups.map((g) => g.id)).toContain(id);
  });

  it("takes a hidden idea out of its group, and puts it back when restored", async () => {
    const w = await createWorkspaceFixture(server);
    const manager = w.people.manager.client;
    const { challengeId, ideaIds } = await challengeWithIdeas(w);
    const first = await computed(manager, w, challengeId);
    const hidden = ideaIds[0] as string;
    expect(groupOf(first, hidden)).toBeDefined();
    const hide = await w.people.moderator.client.request(
      "PUT",
      `/api/v1/workspaces/${w.workspaceId}/ideas/${hidden}/moderation`,
      {
        hidden: true,
        reason: "Hors sujet",
      },
    );
    expect(hide.status).toBe(200);
    const second = await computed(manager, w, challengeId, first.computedAt);
    expect(groupOf(second, hidden)).toBeUndefined();
    expect(second.ungrouped.map((idea) => idea.id)).not.toContain(hidden);
    await w.people.moderator.client.request(
      "PUT",
      `/api/v1/workspaces/${w.workspaceId}/ideas/${hidden}/moderation`,
      {
        hidden: false,
      },
    );
    const third = await computed(manager, w, challengeId, second.computedAt);
    expect([...third.groups.flatMap((g) => g.ideas), ...third.ungrouped].map((i) => i.id)).toContain(hidden);
  });

  it("recalculates on a manager's request", async () => {
    const w = await createWorkspaceFixture(server);
    const manager = w.people.manager.client;
    const { challengeId } = await challengeWithIdeas(w, 6);
    const first = await computed(manager, w, challengeId);
    const response = await manager.post(synthesisPath(w, challengeId, "/recompute"), {});
    expect(response.status).toBe(202);
    const second = await computed(manager, w, challengeId, first.computedAt);
    expect(String(second.computedAt) > String(first.computedAt)).toBe(true);
  });
});

describe("managers' operations", () => {
  it("create, move, split, merge, pin and retire; the analysis leaves managers' placements alone", async () => {
    const w = await createWorkspaceFixture(server);
    const manager = w.people.manager.client;
    const path = (tail: string) => synthesisPath(w, challengeId, tail);
    const { challengeId, ideaIds } = await challengeWithIdeas(w);
    const first = await computed(manager, w, challengeId);
    const [a, b, c, d, e] = ideaIds as [string, string, string, string, string];

    // Create a group by hand.
    const created = await manager.post<SynthesisViewBody>(path("/groups"), {
      name: " Mobilités ",
      ideaIds: [a, b],
    });
    expect(created.status).toBe(201);
    const manual = created.body.groups.find((g) => g.origin === "manual");
    expect(manual).toMatchObject({ name: "Mobilités", label: "Mobilités", size: 2 });
    expect(manual?.ideas.every((idea) => idea.placedByManager)).toBe(true);
    const manualId = manual?.id as string;

    // Move an idea into it, and another out of every group.
    const moved = await manager.request<SynthesisViewBody>("PUT", path(`/ideas/${c}/group`), {
      groupId: manualId,
    });
    expect(moved.status).toBe(200);
    expect(groupOf(moved.body, c)?.id).toBe(manualId);
    const out = await manager.request<SynthesisViewBody>("PUT", path(`/ideas/${d}/group`), { groupId: null });
    expect(out.body.ungrouped.find((idea) => idea.id === d)).toMatchObject({ placedByManager: true });

    // Pin a quote of the group, then split it off with another idea: the pin moves with it.
    await manager.request("PUT", path(`/groups/${manualId}/pins/${c}`));
    const split = await manager.post<SynthesisViewBody>(path(`/groups/${manualId}/split`), {
      name: "Bus",
      ideaIds: [c],
    });
    expect(split.status).toBe(201);
    const bus = groupOf(split.body, c);
    expect(bus).toMatchObject({ name: "Bus", origin: "manual", size: 1, pinnedIdeaIds: [c] });
    expect(split.body.groups.find((g) => g.id === manualId)).toMatchObject({ size: 2, pinnedIdeaIds: [] });

    // Merge the split group back: the target keeps its id, the other is retired.
    const merged = await manager.post<SynthesisViewBody>(path(`/groups/${manualId}/merge`), {
      groupIds: [bus?.id],
    });
    expect(merged.status).toBe(200);
    expect(merged.body.groups.map((g) => g.id)).not.toContain(bus?.id);
    expect(merged.body.groups.find((g) => g.id === manualId)).toMatchObject({ size: 3, pinnedIdeaIds: [c] });

    // Rename to empty: back to the label.
    const cleared = await manager.patch<SynthesisViewBody>(path(`/groups/${manualId}`), { name: "  " });
    expect(cleared.body.groups.find((g) => g.id === manualId)).toMatchObject({
      name: null,
      label: "Mobilités",
    });

    // A re-run leaves the manual group and the manager's placements as they are.
    await manager.post(path("/recompute"), {});
    const rerun = await computed(manager, w, challengeId, first.computedAt);
    expect(groupOf(rerun, a)?.id).toBe(manualId);
    expect(groupOf(rerun, c)?.id).toBe(manualId);
    expect(groupOf(rerun, d)).toBeUndefined();
    expect(rerun.ungrouped.map((idea) => idea.id)).toContain(d);

    // Merging a computed group into the manual one moves its ideas for good.
    const computedGroup = rerun.groups.find(
      (g) => g.origin === "computed" && !g.ideas.some((i) => i.id === e),
    );
    if (computedGroup) {
      const all = await manager.post<SynthesisViewBody>(path(`/groups/${manualId}/merge`), {
        groupIds: [computedGroup.id],
      });
      expect(all.body.groups.map((g) => g.id)).not.toContain(computedGroup.id);
      for (const idea of computedGroup.ideas) expect(groupOf(all.body, idea.id)?.id).toBe(manualId);
    }

    // Retire the manual group: its ideas go back to the analysis.
    const retired = await manager.delete<SynthesisViewBody>(path(`/groups/${manualId}`));
    expect(retired.status).toBe(200);
    expect(retired.body.groups.map((g) => g.id)).not.toContain(manualId);
    expect(retired.body.ungrouped.map((idea) => idea.id)).toContain(a);
  });

  it("retires a computed group that loses all its ideas, keeping it in the database for history", async () => {
    const w = await createWorkspaceFixture(server);
    const manager = w.people.manager.client;
    const { challengeId } = await challengeWithIdeas(w);
    const view = await computed(manager, w, challengeId);
    const group = view.groups.find((g) => g.origin === "computed");
    if (!group) throw new Error("expected a computed group");
    let last: SynthesisViewBody = view;
    for (const idea of group.ideas) {
      const moved = await manager.request<SynthesisViewBody>(
        "PUT",
        synthesisPath(w, challengeId, `/ideas/${idea.id}/group`),
        { groupId: null },
      );
      expect(moved.status).toBe(200);
      last = moved.body;
    }
    expect(last.groups.map((g) => g.id)).not.toContain(group.id);
    const rows = await server.database.db.execute<{ retired: boolean }>(
      sql`SELECT retired_at IS NOT NULL AS retired FROM idea_groups WHERE id = ${group.id}`,
    );
    expect(rows.rows).toEqual([{ retired: true }]);
  });

  it("refuses bad input naming the field, and saves nothing of it", async () => {
    const w = await createWorkspaceFixture(server);
    const manager = w.people.manager.client;
    const path = (tail: string) => synthesisPath(w, challengeId, tail);
    const { challengeId, ideaIds } = await challengeWithIdeas(w);
    const view = await computed(manager, w, challengeId);
    const computedGroup = view.groups[0];
    const otherGroup = view.groups[1];
    if (!computedGroup || !otherGroup) throw new Error("expected computed groups");
    const unknown = "00000000-0000-4000-8000-000000000000";
    const foreignIdea = await submitIdea(
      w.people.participant.client,
      w.workspaceId,
      await createChallenge(manager, w.workspaceId),
    );

    const cases: Array<[string, string, unknown, number, string, string]> = [
      ["POST", "/groups", { name: "  ", ideaIds: [] }, 400, "invalid-input", "name"],
      [
        "POST",
        "/groups",
        { name: "Ailleurs", ideaIds: [ideaIds[0], foreignIdea] },
        400,
        "invalid-input",
        "ideaIds",
      ],
      ["POST", "/groups", { ideaIds: [] }, 400, "invalid-input", "name"],
      [
        "POST",
        `/groups/${computedGroup.id}/merge`,
        { groupIds: [otherGroup.id, unknown] },
        400,
        "invalid-input",
        "groupIds",
      ],
      [
        "POST",
        `/groups/${computedGroup.id}/merge`,
        { groupIds: [computedGroup.id] },
        400,
        "invalid-input",
        "groupIds",
      ],
      [
        "POST",
        `/groups/${computedGroup.id}/split`,
        { name: "Part", ideaIds: [otherGroup.ideas[0]?.id] },
        400,
        "invalid-input",
        "ideaIds",
      ],
      ["PUT", `/ideas/${ideaIds[0]}/group`, { groupId: unknown }, 400, "invalid-input", "groupId"],
      [
        "PUT",
        `/groups/${computedGroup.id}/pins/${otherGroup.ideas[0]?.id}`,
        undefined,
        400,
        "invalid-input",
        "ideaId",
      ],
      ["DELETE", `/groups/${computedGroup.id}`, undefined, 409, "conflict", "groupId"],
      ["PATCH", `/groups/${unknown}`, { name: "X" }, 404, "not-found", ""],
      ["PUT", `/ideas/${foreignIdea}/group`, { groupId: null }, 404, "not-found", ""],
    ];
    for (const [method, tail, body, status, code, field] of cases) {
      const response = await manager.request(method, path(tail), body);
      expect(response.status, `${method} ${tail}`).toBe(status);
      expect(response.body).toMatchObject({ code });
      if (field) expect(JSON.stringify(response.body), `${method} ${tail}`).toContain(`"${field}`);
    }
    const after = await read(manager, w, challengeId);
    expect(after.groups).toEqual(view.groups);
    expect(after.ungrouped).toEqual(view.ungrouped);
  });
});
