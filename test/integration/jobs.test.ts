// The jobs layer on a real PostgreSQL: SKIP LOCKED claims, retries and dead letters, stale leases, cancellation,
// progress on a live socket, and a job queued by a web-only process run by a worker-only one.
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { LiveMessage } from "../../src/contracts/live.ts";
import { type Database, openDatabase } from "../../src/db/open-database.ts";
import { cancelJob, claimJobs, enqueueJob, readJob } from "../../src/db/stores/job-store.ts";
import type { Context } from "../../src/domain/context.ts";
import type { JobHandler } from "../../src/jobs/job-handlers.ts";
import { type HandlerTable, JobRunner } from "../../src/jobs/job-runner.ts";
import { backgroundWork, contextFactory } from "../../src/jobs/process-context.ts";
import { ApiClient, testPassword, uniqueEmail } from "../support/api-client.ts";
import { briefOf, submitIdea } from "../support/challenge-fixture.ts";
import { startCocrea } from "../support/cocrea-process.ts";
import { signUpConfirmed } from "../support/confirm-sign-up.ts";
import { openLiveSocket } from "../support/live-socket.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { createWorkspaceFixture } from "../support/workspace-fixture.ts";

const logger = pino({ level: "silent" });
let database: Database;
let context: () => Context;

beforeAll(async () => {
  database = await openDatabase({ databaseUrl: inject("databaseUrl"), dataDir: "", logger });
  const background = backgroundWork(logger, database.db);
  context = contextFactory({ db: database.db, mailer: { send: async () => {} }, publicUrl: "" }, background);
  await database.db.execute(sql`CREATE TABLE IF NOT EXISTS job_test_marks (job_id uuid, mark text)`);
});
afterAll(() => database.close());

/** A kind no other runner of the run knows, so that only this test's runners take its jobs. */
const kindOf = (name: string) => `test-${name}-${randomUUID().slice(0, 8)}`;

function runner(handlers: HandlerTable, options: Partial<ConstructorParameters<typeof JobRunner>[0]> = {}) {
  return new JobRunner({
    db: database.db,
    url: database.url,
    context,
    logger,
    handlers,
    backoff: { baseMs: 0, maxMs: 0, jitter: 0 },
    ...options,
  });
}

const enqueue = (
  kind: string,
  extra: { maxAttempts?: number; workspaceId?: string; dedupeKey?: string } = {},
) => enqueueJob(database.db, { kind, workspaceId: extra.workspaceId ?? null, payload: { n: 1 }, ...extra });

/** A promise and its resolver, to hold a handler until the test lets it go. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

describe("job queue", () => {
  it("lets a second runner take the other jobs while one holds a job (SKIP LOCKED), running each once", async () => {
    const kind = kindOf("claim");
    const ids = [];
    for (let i = 0; i < 6; i++) ids.push(await enqueue(kind));
    const runs: Array<{ job: string; worker: string }> = [];
    const held = gate();
    const started = gate();
    let first = true;
    const handler =
      (worker: string): JobHandler<string> =>
      async (_ctx, job) => {
        runs.push({ job: job.id, worker });
        if (worker === "a" && first) {
          first = false;
          started.open();
          await held.opened;
        }
        return { by: worker };
      };
    const a = runner({ [kind]: handler("a") }, { workerId: "runner-a" });
    const b = runner({ [kind]: handler("b") }, { workerId: "runner-b" });
    const draining = a.drain();
    await started.opened;
    // Runner a is inside its first job, its row locked and marked running: b drains everything else.
    const drainedByB = await b.drain();
    held.open();
    const drainedByA = await draining;

    expect(drainedByA + drainedByB).toBe(6);
    expect(drainedByB).toBe(5);
    expect(new Set(runs.map((run) => run.job))).toEqual(new Set(ids));
    expect(runs).toHaveLength(6);
    for (const id of ids) {
      const job = await readJob(database.db, id);
      expect(job).toMatchObject({ status: "done", attempts: 1 });
    }
  });

  it("folds a request into the waiting job with the same dedupe key, and waits for a running one to end", async () => {
    const kind = kindOf("dedupe");
    const key = `dedupe:${randomUUID()}`;
    const first = await enqueue(kind, { dedupeKey: key });
    expect(await enqueue(kind, { dedupeKey: key })).toBe(first);
    const [claimed] = await claimJobs(database.db, "runner-x", [kind]);
    expect(claimed?.id).toBe(first);
    // While it runs, a new request is a new job, which no one takes until the running one ends.
    const second = await enqueue(kind, { dedupeKey: key });
    expect(second).not.toBe(first);
    expect(await claimJobs(database.db, "runner-y", [kind])).toEqual([]);
  });

  it("retries a failing job, then puts it in the dead letters after its last attempt", async () => {
    const kind = kindOf("dead");
    const id = await enqueue(kind, { maxAttempts: 3 });
    let calls = 0;
    const ran = await runner({
      [kind]: async () => {
        calls++;
        throw new Error(`refused at call ${calls}`);
      },
    }).drain();
    expect(ran).toBe(3);
    expect(await readJob(database.db, id)).toMatchObject({
      status: "dead",
      attempts: 3,
      error: "refused at call 3",
    });
  });

  it("runs a job again after a failure and records the result of the attempt that succeeds", async () => {
    const kind = kindOf("retry");
    const id = await enqueue(kind);
    let calls = 0;
    await runner({
      [kind]: async () => {
        calls++;
        if (calls === 1) throw new Error("the first attempt fails");
        return { calls };
      },
    }).drain();
    expect(await readJob(database.db, id)).toMatchObject({
      status: "done",
      attempts: 2,
      result: { calls: 2 },
    });
  });

  it("waits for the backoff before a retry", async () => {
    const kind = kindOf("backoff");
    const id = await enqueue(kind);
    const slow = runner(
      {
        [kind]: async () => {
          throw new Error("down");
        },
      },
      { backoff: { baseMs: 600_000, maxMs: 600_000, jitter: 0 } },
    );
    expect(await slow.drain()).toBe(1);
    const job = await readJob(database.db, id);
    expect(job).toMatchObject({ status: "failed", attempts: 1, error: "down" });
    expect(job!.runAt.getTime()).toBeGreaterThan(Date.now() + 300_000);
    expect(await slow.drain()).toBe(0);
  });

  it("sends a job with a payload its kind's schema refuses to the dead letters at once", async () => {
    const id = await enqueueJob(database.db, {
      kind: "recompute-synthesis",
      workspaceId: null,
      payload: { challengeId: 42 },
      maxAttempts: 5,
    });
    await runner({ "recompute-synthesis": async () => null }).drain();
    const job = await readJob(database.db, id);
    expect(job).toMatchObject({ status: "dead", attempts: 1 });
    expect(job?.error).toContain("/challengeId");
  });

  it("takes again a job whose worker died (its lease expired), and dead letters it when no attempt is left", async () => {
    const kind = kindOf("stale");
    const again = await enqueue(kind, { maxAttempts: 3 });
    const last = await enqueue(kind, { maxAttempts: 1 });
    expect(await claimJobs(database.db, "died", [kind], 2)).toHaveLength(2);
    await database.db.execute(
      sql`UPDATE jobs SET locked_at = now() - interval '2 minutes' WHERE id IN (${again}, ${last})`,
    );
    const ran: string[] = [];
    await runner(
      {
        [kind]: async (_ctx, job) => {
          ran.push(job.id);
          return null;
        },
      },
      { leaseMs: 60_000 },
    ).drain();
    expect(ran).toEqual([again]);
    expect(await readJob(database.db, again)).toMatchObject({ status: "done", attempts: 2 });
    expect(await readJob(database.db, last)).toMatchObject({ status: "dead", attempts: 1 });
  });

  it("cancels a waiting job before it runs", async () => {
    const kind = kindOf("cancel-waiting");
    const id = await enqueue(kind);
    expect(await cancelJob(database.db, id)).toBe("cancelled");
    let ran = false;
    await runner({
      [kind]: async () => {
        ran = true;
        return null;
      },
    }).drain();
    expect(ran).toBe(false);
    expect(await readJob(database.db, id)).toMatchObject({ status: "cancelled", attempts: 0 });
  });

  it("aborts a running job's signal when it is cancelled, and its writes are discarded", async () => {
    const kind = kindOf("cancel-running");
    const id = await enqueue(kind);
    const started = gate();
    const handler: JobHandler<string> = async (ctx, job, report) => {
      started.open();
      await new Promise((resolve) => report.signal.addEventListener("abort", resolve, { once: true }));
      // Its one transaction checks the signal before committing, so the cancelled run leaves nothing behind.
      await ctx.db.transaction(async (tx) => {
        await tx.execute(sql`INSERT INTO job_test_marks (job_id, mark) VALUES (${job.id}, 'written')`);
        report.signal.throwIfAborted();
      });
      return "finished";
    };
    const running = runner({ [kind]: handler }, { leaseMs: 300 }).drain();
    await started.opened;
    expect(await cancelJob(database.db, id)).toBe("running");
    await running;
    expect(await readJob(database.db, id)).toMatchObject({ status: "cancelled", result: null });
    const marks = await database.db.execute(sql`SELECT * FROM job_test_marks WHERE job_id = ${id}`);
    expect(marks.rows).toEqual([]);
  });
});

describe("job progress", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it("tells the job's workspace of its progress and its end on the live channel", async () => {
    const w = await createWorkspaceFixture(server);
    const live = await openLiveSocket(w.people.manager.client);
    live.send({ type: "subscribe", workspaceId: w.workspaceId });
    await live.waitFor((m) => m.type === "subscribed");
    const kind = kindOf("progress");
    const id = await enqueue(kind, { workspaceId: w.workspaceId });
    await runner(
      {
        [kind]: async (_ctx, _job, report) => {
          await report.progress(1, 2, "first half");
          await report.progress(2, 2);
          return null;
        },
      },
      { progressEveryMs: 0 },
    ).drain();

    const progressed = (done: number) => (m: LiveMessage) =>
      m.type === "event" &&
      m.event.type === "job.progressed" &&
      m.event.data.jobId === id &&
      m.event.data.done === done;
    expect(await live.waitFor(progressed(1))).toMatchObject({
      event: { workspaceId: w.workspaceId, data: { kind, done: 1, total: 2, message: "first half" } },
    });
    await live.waitFor(progressed(2));
    expect(
      await live.waitFor(
        (m) => m.type === "event" && m.event.type === "job.finished" && m.event.data.jobId === id,
      ),
    ).toMatchObject({ event: { data: { status: "done", kind } } });
    expect(await readJob(database.db, id)).toMatchObject({ progress: { done: 2, total: 2 } });
    live.close();
  });
});

describe("roles", () => {
  it("runs a job queued through a web-only process on a worker-only process", async () => {
    const env = { DATABASE_URL: inject("databaseUrl") };
    const web = await startCocrea(["--no-demo", "--roles", "web"], env);
    let worker: Awaited<ReturnType<typeof startCocrea>> | undefined;
    try {
      const owner = new ApiClient(web.url);
      await signUpConfirmed(
        owner,
        { email: uniqueEmail(), password: testPassword, name: "Owner" },
        () => web.logs,
      );
      const created = await owner.post<{ workspace: { id: string } }>("/api/v1/workspaces", {
        name: "Roles",
      });
      const workspaceId = created.body.workspace.id;
      const challenge = await owner.post<{ challenge: { id: string } }>(
        `/api/v1/workspaces/${workspaceId}/challenges`,
        briefOf(),
      );
      const challengeId = challenge.body.challenge.id;
      await submitIdea(owner, workspaceId, challengeId);
      const queued = await database.db.execute<{ id: string; status: string }>(
        sql`SELECT id, status FROM jobs WHERE workspace_id = ${workspaceId} AND kind = 'recompute-synthesis'`,
      );
      // The web-only process queues the recomputation and runs no job itself.
      expect(queued.rows).toEqual([{ id: expect.any(String), status: "queued" }]);

      worker = await startCocrea(["--no-demo", "--roles", "worker"], env);
      expect(worker.output()).not.toContain("Cocrea is running at");
      const id = queued.rows[0]!.id;
      for (let i = 0; ; i++) {
        const job = await readJob(database.db, id);
        if (job?.status === "done") break;
        if (i > 300) throw new Error(`the worker did not run the job: ${JSON.stringify(job)}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const view = await owner.get<{ computedAt: string | null; pending: boolean }>(
        `/api/v1/workspaces/${workspaceId}/challenges/${challengeId}/synthesis`,
      );
      expect(view.body).toMatchObject({ computedAt: expect.any(String), pending: false });
    } finally {
      await Promise.all([web.stop(), worker?.stop()]);
    }
  });
});
