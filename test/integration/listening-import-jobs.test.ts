// Listening imports as jobs: posted to a web-only process, run by a worker-only one; an attempt that dies in the
// middle stores nothing and the next attempt imports the file once; a cancel reaches a queued import's job.
import { sql } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Database, openDatabase } from "../../src/db/open-database.ts";
import { readJob } from "../../src/db/stores/job-store.ts";
import type { Context } from "../../src/domain/context.ts";
import { jobHandlers } from "../../src/jobs/job-handlers.ts";
import { JobRunner } from "../../src/jobs/job-runner.ts";
import { stalledImports } from "../../src/jobs/periodic-tasks.ts";
import { backgroundWork, contextFactory } from "../../src/jobs/process-context.ts";
import { ApiClient, testPassword, uniqueEmail } from "../support/api-client.ts";
import { type CocreaProcess, startCocrea } from "../support/cocrea-process.ts";
import { signUpConfirmed } from "../support/confirm-sign-up.ts";
import { createProject, sampleCsv, upload, waitForImport } from "../support/listening-fixture.ts";

const logger = pino({ level: "silent" });
let database: Database;
let context: () => Context;
let web: CocreaProcess;
let owner: ApiClient;
let workspaceId: string;

beforeAll(async () => {
  database = await openDatabase({ databaseUrl: inject("databaseUrl"), dataDir: "", logger });
  context = contextFactory(
    { db: database.db, mailer: { send: async () => {} }, publicUrl: "" },
    backgroundWork(logger, database.db),
  );
  web = await startCocrea(["--no-demo", "--roles", "web"], { DATABASE_URL: inject("databaseUrl") });
  owner = new ApiClient(web.url);
  await signUpConfirmed(
    owner,
    { email: uniqueEmail(), password: testPassword, name: "Owner" },
    () => web.logs,
  );
  const created = await owner.post<{ workspace: { id: string } }>("/api/v1/workspaces", { name: "Veille" });
  workspaceId = created.body.workspace.id;
}, 180_000);
afterAll(async () => {
  await web?.stop();
  await database?.close();
});

async function mentionCount(projectPath: string): Promise<number> {
  const projectId = projectPath.split("/").pop() ?? "";
  const result = await database.db.execute<{ n: number }>(
    sql`SELECT count(*)::int AS n FROM mentions WHERE project_id = ${projectId}`,
  );
  return result.rows[0]?.n ?? -1;
}

/** Starts an import of `content` through the web process; returns the import's id and its job's id. */
async function startImport(projectPath: string, content: string) {
  const uploaded = await upload(owner, projectPath, content);
  const started = await owner.post<{ import: { id: string; status: string } }>(`${projectPath}/imports`, {
    uploadId: uploaded.body.uploadId,
    mapping: uploaded.body.mapping,
  });
  expect(started.status).toBe(202);
  const importId = started.body.import.id;
  const job = await database.db.execute<{ id: string; status: string }>(
    sql`SELECT id, status FROM jobs WHERE dedupe_key = ${`mention-import:${importId}`}`,
  );
  return { importId, jobs: job.rows };
}

describe("listening imports as jobs", () => {
  it("queues an import posted to a web-only process, and a worker-only process does it", async () => {
    const path = await createProject(owner, workspaceId);
    const { importId, jobs } = await startImport(path, sampleCsv);
    // The web-only process queues the job and runs nothing itself.
    expect(jobs).toEqual([{ id: expect.any(String), status: "queued" }]);
    const queued = await owner.get<{ import: { status: string } }>(`${path}/imports/${importId}`);
    expect(queued.body.import.status).toBe("queued");
    expect(await mentionCount(path)).toBe(0);

    let worker: CocreaProcess | undefined;
    try {
      worker = await startCocrea(["--no-demo", "--roles", "worker"], { DATABASE_URL: inject("databaseUrl") });
      const report = await waitForImport(owner, path, importId);
      expect(report).toMatchObject({ status: "done", taken: 5, done: 5, total: 5 });
      expect(await mentionCount(path)).toBe(5);
      const job = jobs[0] ? await readJob(database.db, jobs[0].id) : undefined;
      expect(job).toMatchObject({ kind: "import-mentions", status: "done", progress: { done: 5, total: 5 } });

      // The same file again, also through the worker: every row is a duplicate.
      const again = await startImport(path, sampleCsv);
      const second = await waitForImport(owner, path, again.importId);
      expect(second).toMatchObject({ status: "done", taken: 0 });
      expect(second.duplicates).toHaveLength(5);
      expect(await mentionCount(path)).toBe(5);
    } finally {
      await worker?.stop();
    }
  });

  it("stores nothing of an attempt that dies in the middle, and the next attempt imports every row once", async () => {
    const path = await createProject(owner, workspaceId);
    const rows = Array.from({ length: 1_200 }, (_, i) => `${i};Nantes, message numéro ${i}`);
    const { importId, jobs } = await startImport(path, `id;text\n${rows.join("\n")}`);
    const jobId = jobs[0]?.id ?? "";
    let attempts = 0;
    const runner = new JobRunner({
      db: database.db,
      url: database.url,
      context,
      logger,
      backoff: { baseMs: 0, maxMs: 0, jitter: 0 },
      progressEveryMs: 0,
      handlers: {
        "import-mentions": async (ctx, job, report) => {
          attempts++;
          if (job.id !== jobId) throw new Error("another test's import");
          // The first attempt dies after its first 500 rows were read: a worker stopping in the middle.
          const dying = new AbortController();
          const signal = attempts === 1 ? dying.signal : report.signal;
          return jobHandlers["import-mentions"](ctx, job as never, {
            signal,
            progress: async (done, total) => {
              await report.progress(done, total);
              if (attempts === 1 && done >= 500) dying.abort();
            },
          });
        },
      },
    });
    await runner.drain();
    expect(attempts).toBe(2);
    expect(await readJob(database.db, jobId)).toMatchObject({ status: "done", attempts: 2 });
    const report = await waitForImport(owner, path, importId);
    expect(report).toMatchObject({ status: "done", taken: 1_200, duplicates: [] });
    expect(await mentionCount(path)).toBe(1_200);
  });

  it("cancels the job of a queued import: nothing is stored and no worker runs it", async () => {
    const path = await createProject(owner, workspaceId);
    const { importId, jobs } = await startImport(path, sampleCsv);
    const cancelled = await owner.request("DELETE", `${path}/imports/${importId}`);
    expect(cancelled.status).toBe(204);
    expect(await readJob(database.db, jobs[0]?.id ?? "")).toMatchObject({ status: "cancelled" });
    const report = await waitForImport(owner, path, importId);
    expect(report.status).toBe("cancelled");
    expect(await mentionCount(path)).toBe(0);
  });

  it("ends as failed an import whose job died after its last attempt, and leaves a waiting one alone", async () => {
    const path = await createProject(owner, workspaceId);
    const stalled = await startImport(path, sampleCsv);
    const waiting = await startImport(path, sampleCsv);
    // Its worker was killed at each attempt: the stale-lease recovery made the job dead.
    await database.db.execute(sql`UPDATE jobs SET status = 'dead' WHERE id = ${stalled.jobs[0]?.id ?? ""}`);
    await database.db.execute(sql`
      UPDATE mention_imports SET status = 'running', created_at = now() - interval '2 minutes'
      WHERE id IN (${stalled.importId}, ${waiting.importId})`);
    await stalledImports.run(context(), logger);
    const ended = await owner.get<{ import: { status: string; error: string } }>(
      `${path}/imports/${stalled.importId}`,
    );
    expect(ended.body.import).toMatchObject({
      status: "failed",
      error: "the import stopped: its worker stopped each time it ran it",
    });
    const still = await owner.get<{ import: { status: string } }>(`${path}/imports/${waiting.importId}`);
    expect(still.body.import.status).toBe("running");
    expect(await mentionCount(path)).toBe(0);
    await owner.request("DELETE", `${path}/imports/${waiting.importId}`);
  });
});
