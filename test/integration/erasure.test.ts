// Erasure: a person erases their account, an owner erases a member's data; contributions kept or removed by policy.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testPassword } from "../support/api-client.ts";
import { actedScene, openDataOf, type Scene } from "../support/data-rights-fixture.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { createWorkspaceFixture, type WorkspaceFixture } from "../support/workspace-fixture.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

type Thread = {
  idea: { supportCount: number; author: { id: string; name: string }; reactions: Record<string, number> };
  comments: Array<{ id: string; parentId: string | null; author: { id: string; name: string } }>;
};

async function workspaceWithPolicy(policy: "keep" | "person-chooses" | "remove"): Promise<WorkspaceFixture> {
  const w = await createWorkspaceFixture(server, { name: `Politique ${policy}` });
  if (policy !== "keep") {
    const set = await w.people.owner.client.put(`/api/v1/workspaces/${w.workspaceId}/erasure-policy`, {
      policy,
    });
    expect(set.status).toBe(200);
  }
  return w;
}

/** How many rows of the database still reference the user, over every column that references users(id). */
async function rowsReferencing(userId: string): Promise<number> {
  const columns = await server.database.db.execute<{ t: string; c: string }>(sql`
    SELECT cl.relname AS t, a.attname AS c FROM pg_constraint k
    JOIN pg_class cl ON cl.oid = k.conrelid JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
    WHERE k.contype = 'f' AND k.confrelid = 'users'::regclass`);
  let total = 0;
  for (const { t, c } of columns.rows) {
    const found = await server.database.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM ${sql.identifier(t)} WHERE ${sql.identifier(c)} = ${userId}`,
    );
    total += found.rows[0]?.n ?? 0;
  }
  return total;
}

const thread = (w: WorkspaceFixture, ideaId: string) =>
  w.people.owner.client.get<Thread>(`/api/v1/workspaces/${w.workspaceId}/ideas/${ideaId}`);

describe("erasing one's account", () => {
  let w: WorkspaceFixture;
  let scene: Scene;
  beforeAll(async () => {
    w = await workspaceWithPolicy("keep");
    scene = await actedScene(w);
  });

  it("refuses a wrong password and changes nothing", async () => {
    const refused = await scene.erased.client.post("/api/v1/me/erasure", { password: "not the password" });
    expect(refused.status).toBe(401);
    expect(refused.body).toMatchObject({ code: "invalid-credentials", field: "password" });
    expect((await scene.erased.client.get("/api/v1/me/data")).status).toBe(200);
  });

  it("keeps contributions under a deleted participant by default, ends sessions and refuses sign-in", async () => {
    const distinct = "Gwenaël Le Floch";
    expect((await scene.erased.client.patch("/api/v1/me", { name: distinct })).status).toBe(200);
    const exportPath = `/api/v1/workspaces/${w.workspaceId}/challenges/${scene.challengeId}/export`;
    expect((await w.people.owner.client.get<string>(exportPath)).body).toContain(distinct);
    const before = await openDataOf(w.people.owner.client, w.workspaceId, scene.challengeId);
    const other = server.client();
    expect(
      (await other.post("/api/v1/auth/sign-in", { email: scene.erased.email, password: testPassword }))
        .status,
    ).toBe(200);
    const erased = await scene.erased.client.post<{
      erasures: Array<{ workspaceId: string; contributions: string }>;
    }>("/api/v1/me/erasure", { password: testPassword, contributions: "remove" });
    expect(erased.status, JSON.stringify(erased.body)).toBe(200);
    // The policy is "keep": asking for removal does not remove.
    expect(erased.body.erasures).toEqual([{ workspaceId: w.workspaceId, contributions: "kept" }]);
    expect((await scene.erased.client.get("/api/v1/me/data")).status).toBe(401);
    expect((await other.get("/api/v1/me/data")).status).toBe(401);
    const signIn = await server
      .client()
      .post("/api/v1/auth/sign-in", { email: scene.erased.email, password: testPassword });
    expect(signIn.status).toBe(401);
    expect(await rowsReferencing(scene.erased.userId)).toBe(0);

    const mine = await thread(w, scene.erasedIdea);
    expect(mine.status).toBe(200);
    expect(mine.body.idea.author.name).toBe("Participant supprimé");
    expect(mine.body.idea.supportCount).toBe(1);
    const theirs = await thread(w, scene.firstIdea);
    expect(theirs.body.idea.supportCount).toBe(2);
    expect(theirs.body.idea.reactions.love).toBe(1);
    const kept = theirs.body.comments.find((c) => c.id === scene.erasedComment);
    expect(kept?.author.name).toBe("Participant supprimé");
    expect(kept?.author.id).toBe(mine.body.idea.author.id);

    // The managers' export and the member list name the deleted participant, never the person.
    const exported = (await w.people.owner.client.get<string>(exportPath)).body;
    expect(exported).not.toContain(distinct);
    expect(exported).toContain("Participant supprimé");
    const members = await w.people.owner.client.get(`/api/v1/workspaces/${w.workspaceId}/members`);
    expect(JSON.stringify(members.body)).not.toContain(distinct);
    expect(JSON.stringify(members.body)).not.toContain(scene.erased.email);
    // Nobody's pseudonym moves, the deleted participant keeps the erased person's.
    const after = await openDataOf(w.people.owner.client, w.workspaceId, scene.challengeId);
    expect(after).toEqual(before);
    const found = await server.database.db.execute(
      sql`SELECT 1 FROM users WHERE lower(email) = lower(${scene.erased.email}) OR name = 'A participant' AND id = ${scene.erased.userId}`,
    );
    expect(found.rows).toHaveLength(0);
  });
});

describe("erasing an anonymous identity", () => {
  it("needs no password, which it never had, and ends its session", async () => {
    const visitor = server.client();
    const created = await visitor.post<{ user: { id: string } }>("/api/v1/auth/anonymous", { locale: "fr" });
    expect(created.status).toBe(201);
    const erased = await visitor.post("/api/v1/me/erasure", {});
    expect(erased.status, JSON.stringify(erased.body)).toBe(200);
    expect((await visitor.get("/api/v1/me/data")).status).toBe(401);
    expect(await rowsReferencing(created.body.user.id)).toBe(0);
    const left = await server.database.db.execute(
      sql`SELECT 1 FROM users WHERE id = ${created.body.user.id}`,
    );
    expect(left.rows).toHaveLength(0);
  });
});

describe("erasing one's account with removal where the policy lets the person choose", () => {
  it("removes ideas, comments, supports, reactions and votes with coherent counts, and shifts no pseudonym", async () => {
    const w = await workspaceWithPolicy("person-chooses");
    const scene = await actedScene(w);
    const before = await openDataOf(w.people.owner.client, w.workspaceId, scene.challengeId);
    const erased = await scene.erased.client.post<{ erasures: unknown[] }>("/api/v1/me/erasure", {
      password: testPassword,
      contributions: "remove",
    });
    expect(erased.status, JSON.stringify(erased.body)).toBe(200);
    expect(erased.body.erasures).toEqual([{ workspaceId: w.workspaceId, contributions: "removed" }]);

    expect((await thread(w, scene.erasedIdea)).status).toBe(404);
    const theirs = await thread(w, scene.firstIdea);
    expect(theirs.body.idea.supportCount).toBe(1);
    expect(theirs.body.idea.reactions.love).toBe(0);
    expect(theirs.body.comments.map((c) => c.id)).toEqual([scene.replyOfSecond]);
    // The reply of someone else stays, moved up to where the removed comment was.
    expect(theirs.body.comments[0]?.parentId).toBeNull();
    const statements = await w.people.owner.client.get<{ statements: unknown[] }>(
      `/api/v1/workspaces/${w.workspaceId}/challenges/${scene.challengeId}/statements`,
    );
    expect(statements.body.statements).toEqual([]);
    const votes = await server.database.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM statement_votes WHERE challenge_id = ${scene.challengeId}`,
    );
    expect(votes.rows[0]?.n).toBe(0);

    const after = await openDataOf(w.people.owner.client, w.workspaceId, scene.challengeId);
    const firstName = before.ideas.get(scene.firstIdea);
    const secondName = before.comments.get(scene.replyOfSecond);
    expect(firstName).toBe("participant-1");
    expect(secondName).toBe("participant-3");
    expect(after.ideas).toEqual(new Map([[scene.firstIdea, firstName]]));
    expect(after.comments).toEqual(new Map([[scene.replyOfSecond, secondName]]));
    expect(after.supports).toEqual([`${scene.firstIdea} ${secondName}`]);
    expect(await rowsReferencing(scene.erased.userId)).toBe(0);
  });
});

describe("an owner erasing a member's data on request", () => {
  it("removes the member's contributions under the remove policy; the account and other workspaces keep theirs", async () => {
    const w = await workspaceWithPolicy("remove");
    const elsewhere = await workspaceWithPolicy("keep");
    const scene = await actedScene(w);
    const invitation = await elsewhere.invite("participant");
    expect((await scene.erased.client.post(`/api/v1/invitations/${invitation.token}/accept`)).status).toBe(
      200,
    );
    const far = await actedSceneIdea(elsewhere, scene.erased.client);

    const erased = await w.people.owner.client.post<{ erasure: unknown }>(
      `/api/v1/workspaces/${w.workspaceId}/members/${scene.erased.userId}/erasure`,
      { contributions: "keep" },
    );
    expect(erased.status, JSON.stringify(erased.body)).toBe(200);
    expect(erased.body.erasure).toEqual({ workspaceId: w.workspaceId, contributions: "removed" });
    expect((await thread(w, scene.erasedIdea)).status).toBe(404);
    expect((await thread(w, scene.firstIdea)).body.idea.supportCount).toBe(1);
    const members = await w.people.owner.client.get<{ members: Array<{ userId: string }> }>(
      `/api/v1/workspaces/${w.workspaceId}/members`,
    );
    expect(members.body.members.map((m) => m.userId)).not.toContain(scene.erased.userId);
    expect((await scene.erased.client.get(`/api/v1/workspaces/${w.workspaceId}`)).status).toBe(404);
    // The account lives on, and what another workspace holds is untouched.
    expect((await scene.erased.client.get("/api/v1/me/data")).status).toBe(200);
    expect((await thread(elsewhere, far)).body.idea.author.id).toBe(scene.erased.userId);
  });

  it("keeps the member's contributions under a deleted participant under the keep policy", async () => {
    const w = await workspaceWithPolicy("keep");
    const scene = await actedScene(w);
    const erased = await w.people.owner.client.post(
      `/api/v1/workspaces/${w.workspaceId}/members/${scene.erased.userId}/erasure`,
      {},
    );
    expect(erased.status).toBe(200);
    const mine = await thread(w, scene.erasedIdea);
    expect(mine.body.idea.author.name).toBe("Participant supprimé");
    expect(mine.body.idea.author.id).not.toBe(scene.erased.userId);
  });

  it("is refused to the owner of another workspace, to a manager, and for the last owner", async () => {
    const w = await workspaceWithPolicy("keep");
    const other = await workspaceWithPolicy("keep");
    const target = w.people.participant;
    const path = `/api/v1/workspaces/${w.workspaceId}/members/${target.userId}/erasure`;
    expect((await other.people.owner.client.post(path, {})).status).toBe(404);
    const foreign = await other.people.owner.client.post(
      `/api/v1/workspaces/${other.workspaceId}/members/${target.userId}/erasure`,
      {},
    );
    expect(foreign.status).toBe(404);
    expect((await w.people.manager.client.post(path, {})).status).toBe(403);
    const still = await w.people.owner.client.get<{ members: Array<{ userId: string }> }>(
      `/api/v1/workspaces/${w.workspaceId}/members`,
    );
    expect(still.body.members.map((m) => m.userId)).toContain(target.userId);
    const lastOwner = await w.people.owner.client.post("/api/v1/me/erasure", { password: testPassword });
    expect(lastOwner.status).toBe(409);
    expect(lastOwner.body).toMatchObject({ code: "last-owner" });
  });
});

/** An idea of `author` in a new challenge of `w`. */
async function actedSceneIdea(w: WorkspaceFixture, author: WorkspaceFixture["people"]["owner"]["client"]) {
  const { createChallenge, submitIdea } = await import("../support/challenge-fixture.ts");
  const challengeId = await createChallenge(w.people.owner.client, w.workspaceId);
  return submitIdea(author, w.workspaceId, challengeId);
}
