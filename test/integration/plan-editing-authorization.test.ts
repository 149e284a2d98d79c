// The authorization matrix of the plan editing socket: after sign-out, after a removal and after a block, on the
// process where it happened and on another (the live channel's are in live-authorization.test.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { editingPath, openPlanEditor, type PlanEditor, rawEditingSocket } from "../support/plan-editor.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { createWorkspaceFixture, type WorkspaceFixture } from "../support/workspace-fixture.ts";

let server: TestServer;
let other: TestServer;
let w: WorkspaceFixture;
beforeAll(async () => {
  server = await startTestServer();
  other = await startTestServer();
  w = await createWorkspaceFixture(server);
});
afterAll(async () => {
  await server.stop();
  await other.stop();
});

async function newPlan(): Promise<string> {
  const created = await w.people.owner.client.post<{ plan: { id: string } }>(
    `/api/v1/workspaces/${w.workspaceId}/plans`,
    { title: "Plan de mobilité", language: "fr" },
  );
  expect(created.status).toBe(201);
  return created.body.plan.id;
}

/**
 * The close code of the editor's first closed connection. Bounded at 10 s (a generous bound, not a measure of
 * speed): the periodic session check every 30 s must not be what closes it.
 */
function closeCode(editor: PlanEditor): Promise<number | string> {
  return Promise.race([
    new Promise<number>((resolve) =>
      editor.provider.once("connection-close", (event) => resolve(event?.code ?? 0)),
    ),
    new Promise<string>((resolve) => setTimeout(() => resolve("still open after 10 s"), 10_000)),
  ]);
}

describe("the plan editing socket after the session ends", () => {
  it("closes at once on sign-out, on this process and on another, and refuses a new handshake", async () => {
    const planId = await newPlan();
    const person = await w.addMember("manager");
    const here = await openPlanEditor(person.client, w.workspaceId, planId);
    const there = await openPlanEditor(person.client, w.workspaceId, planId, { baseUrl: other.url });
    const closes = [closeCode(here), closeCode(there)];
    expect((await person.client.post("/api/v1/auth/sign-out")).status).toBe(204);
    expect(await Promise.all(closes)).toEqual([4401, 4401]);
    here.close();
    there.close();
    const again = await rawEditingSocket(
      server.url,
      editingPath(w.workspaceId, planId),
      person.client.cookieHeader(),
    );
    expect(again.status).toBe(401);
  });
});

describe("the plan editing socket after the membership changes", () => {
  it("closes a removed member's socket from another process, and refuses their new handshake", async () => {
    const planId = await newPlan();
    const person = await w.addMember("manager");
    const editor = await openPlanEditor(person.client, w.workspaceId, planId, { baseUrl: other.url });
    const closed = closeCode(editor);
    const removed = await w.people.owner.client.delete(
      `/api/v1/workspaces/${w.workspaceId}/members/${person.userId}`,
    );
    expect(removed.status).toBeLessThan(300);
    expect(await closed).toBe(4403);
    editor.close();
    const again = await rawEditingSocket(
      other.url,
      editingPath(w.workspaceId, planId),
      person.client.cookieHeader(),
    );
    // As over HTTP: a workspace one is no member of is not found.
    expect(again.status).toBe(404);
  });

  it("keeps a blocked member's socket open and writable, as over HTTP (a block takes the public's voice only)", async () => {
    const planId = await newPlan();
    const person = await w.addMember("guest");
    const block = `/api/v1/workspaces/${w.workspaceId}/members/${person.userId}/block`;
    const blocked = await w.people.owner.client.request("PUT", block, { blocked: true, reason: "Insultes" });
    expect(blocked.status).toBe(204);
    const read = await person.client.get(`/api/v1/workspaces/${w.workspaceId}/plans/${planId}`);
    expect(read.status).toBe(200);
    const editor = await openPlanEditor(person.client, w.workspaceId, planId);
    const owner = await openPlanEditor(w.people.owner.client, w.workspaceId, planId);
    editor.doc.getMap("probe").set("blocked", "still writes");
    await owner.until((doc) => doc.getMap("probe").get("blocked") === "still writes");
    editor.close();
    owner.close();
  });
});
