// Per-person write limits with the real defaults: a script's burst is refused, a person's pace is not.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { takeWriteBudget } from "../../src/domain/write-limits/take-write-budget.ts";
import { defaultWriteLimits } from "../../src/domain/write-limits/write-limits.ts";
import { AppError } from "../../src/errors.ts";
import { ApiClient, testPassword, uniqueEmail } from "../support/api-client.ts";
import { createChallenge, submitIdea } from "../support/challenge-fixture.ts";
import { type CocreaProcess, startCocrea } from "../support/cocrea-process.ts";
import { signUpConfirmed } from "../support/confirm-sign-up.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { createWorkspaceFixture } from "../support/workspace-fixture.ts";

let server: TestServer;
beforeAll(async () => {
  // No WRITE_LIMITS: the defaults an instance runs with.
  server = await startTestServer();
});
afterAll(() => server.stop());

const { idea: ideaLimit, comment: commentLimit } = defaultWriteLimits;

async function countOf(table: "ideas" | "comments", column: string, value: string): Promise<number> {
  const result = await server.database.db.execute<{ n: number }>(
    sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)} WHERE ${sql.identifier(column)} = ${value}`,
  );
  return result.rows[0]?.n ?? -1;
}

describe("per-person write limits", () => {
  it("refuses a script's burst of ideas with 429, Retry-After and the limit, storing none of the refused", async () => {
    const w = await createWorkspaceFixture(server);
    const challengeId = await createChallenge(w.people.manager.client, w.workspaceId);
    const { client, userId } = w.people.participant;
    const ideas = `/api/v1/workspaces/${w.workspaceId}/challenges/${challengeId}/ideas`;
    const answers = await Promise.all(
      Array.from({ length: ideaLimit.burst + 10 }, (_, i) =>
        client.post(ideas, { title: `Idée ${i}`, body: "Écrite par un script.", category: "Animation" }),
      ),
    );
    const accepted = answers.filter((a) => a.status === 201);
    const refused = answers.filter((a) => a.status === 429);
    expect([accepted.length, refused.length]).toEqual([ideaLimit.burst, 10]);
    expect(await countOf("ideas", "author_id", userId)).toBe(ideaLimit.burst);
    const refusal = refused[0];
    const retryAfter = Number(refusal?.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(Math.ceil(3600 / ideaLimit.perHour));
    expect(refusal?.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(refusal?.body).toMatchObject({
      status: 429,
      code: "write-limit-reached",
      retryAfter,
      limit: { name: "idea", burst: ideaLimit.burst, perHour: ideaLimit.perHour },
    });
    expect(String(refusal?.body.detail)).toContain(
      `${ideaLimit.burst} at once, then ${ideaLimit.perHour} an hour`,
    );
    // Another person, and another kind of write, keep their own budgets.
    expect((await submitIdea(w.people.owner.client, w.workspaceId, challengeId)).length).toBeGreaterThan(0);
    const firstIdea = (accepted[0]?.body as { idea: { id: string } } | undefined)?.idea.id;
    const comment = await client.post(`/api/v1/workspaces/${w.workspaceId}/ideas/${firstIdea}/comments`, {
      body: "Un commentaire à un rythme humain.",
    });
    expect(comment.status).toBe(201);
  });

  it("refuses a flood of comments past the burst and keeps exactly the burst", async () => {
    const w = await createWorkspaceFixture(server);
    const challengeId = await createChallenge(w.people.manager.client, w.workspaceId);
    const ideaId = await submitIdea(w.people.manager.client, w.workspaceId, challengeId);
    const { client, userId } = w.people.participant;
    const answers = await Promise.all(
      Array.from({ length: commentLimit.burst + 20 }, (_, i) =>
        client.post(`/api/v1/workspaces/${w.workspaceId}/ideas/${ideaId}/comments`, { body: `Message ${i}` }),
      ),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(commentLimit.burst);
    expect(answers.filter((a) => a.status === 429)).toHaveLength(20);
    expect(await countOf("comments", "author_id", userId)).toBe(commentLimit.burst);
  });

  it("lets a person's pace through: a workshop's burst, then an idea a minute for two hours", async () => {
    const { userId } = await server.signedUp("Personne");
    const db = server.database.db;
    const start = Date.parse("2026-03-02T09:00:00Z");
    const at = (seconds: number) => ({
      now: new Date(start + seconds * 1000),
      writeLimits: defaultWriteLimits,
    });
    const take = (seconds: number) =>
      db.transaction((tx) => takeWriteBudget(tx, at(seconds), userId, "idea"));
    // Ten ideas in the first two minutes of a workshop, then one a minute.
    for (let i = 0; i < 10; i++) await take(i * 12);
    for (let minute = 3; minute < 120; minute++) await take(minute * 60);
    // The same person as a script: the burst is spent at once, and the next write waits for one token.
    const later = 4 * 3600;
    for (let i = 0; i < ideaLimit.burst; i++) await take(later);
    const refusal = await take(later).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).details).toMatchObject({ retryAfterSeconds: 3600 / ideaLimit.perHour });
    await take(later + 3600 / ideaLimit.perHour);
  });
});

describe("per-person write limits across server processes", () => {
  let processes: CocreaProcess[] = [];
  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop()));
  });

  it("share one budget: ideas sent through two processes count together", async () => {
    const env = { DATABASE_URL: inject("databaseUrl") };
    processes = await Promise.all([startCocrea(["--no-demo"], env), startCocrea(["--no-demo"], env)]);
    const [first, second] = processes as [CocreaProcess, CocreaProcess];
    const owner = new ApiClient(first.url);
    await signUpConfirmed(
      owner,
      { email: uniqueEmail(), password: testPassword, name: "Script" },
      () => first.logs,
    );
    const created = await owner.post<{ workspace: { id: string } }>("/api/v1/workspaces", {
      name: "Deux serveurs",
    });
    const workspaceId = created.body.workspace.id;
    const challengeId = await createChallenge(owner, workspaceId);
    // The same session through the second process.
    const elsewhere = new ApiClient(second.url);
    const token = await owner.csrf();
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        (i % 2 === 0 ? owner : elsewhere).request(
          "POST",
          `/api/v1/workspaces/${workspaceId}/challenges/${challengeId}/ideas`,
          { title: `Idée ${i}`, body: "Envoyée en rafale.", category: "Animation" },
          { cookie: owner.cookieHeader(), "x-csrf-token": token },
        ),
      ),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(ideaLimit.burst);
    expect(answers.filter((a) => a.status === 429)).toHaveLength(40 - ideaLimit.burst);
  }, 240_000);
});
