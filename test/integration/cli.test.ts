import { execFile } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { chmod, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { ApiClient, testPassword, uniqueEmail } from "../support/api-client.ts";
import { startCocrea } from "../support/cocrea-process.ts";
import { signUpConfirmed } from "../support/confirm-sign-up.ts";

const run = promisify(execFile);
const bin = join(import.meta.dirname, "../../bin/cocrea.js");
const dataDirs: string[] = [];

afterAll(async () => {
  for (const dir of dataDirs) await rm(dir, { recursive: true, force: true });
});

async function freshDataDir(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "cocrea-serve-"));
  await chmod(dir, 0o755);
  dataDirs.push(dir);
  return join(dir, "data");
}

describe("cocrea serve with the embedded PostgreSQL", () => {
  it("starts with the demo workspace, stops cleanly, and reuses its data on the next start", async () => {
    const data = await freshDataDir();
    const first = await startCocrea(["--data", data]);
    // A plain box after the start tells how to sign in to the demo (outside the JSON log lines).
    for (let tries = 0; tries < 50 && !first.output().includes("| Demo workspace created:"); tries += 1)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(first.output()).toContain("| sign in as demo@cocrea.local with the password cocrea-demo |");
    expect(first.logs.some((line) => line.startsWith("{") && line.includes("cocrea-demo"))).toBe(false);
    const demo = new ApiClient(first.url);
    const signIn = await demo.post("/api/v1/auth/sign-in", {
      email: "demo@cocrea.local",
      password: "cocrea-demo",
    });
    expect(signIn.status).toBe(200);
    const workspaces = await demo.get<{ workspaces: Array<{ id: string; name: string }> }>(
      "/api/v1/workspaces",
    );
    expect(workspaces.body.workspaces.length).toBe(1);
    const demoId = workspaces.body.workspaces[0]?.id;
    const challenges = await demo.get<{
      challenges: Array<{
        id: string;
        phase: string;
        ideaCount: number;
        medianFirstAnswerSeconds: number | null;
      }>;
    }>(`/api/v1/workspaces/${demoId}/challenges`);
    expect(challenges.body.challenges).toEqual([
      expect.objectContaining({
        phase: "contributions",
        ideaCount: 24,
        medianFirstAnswerSeconds: expect.any(Number),
      }),
    ]);
    // The demo challenge holds a conversation whose opinion map shows two camps and common ground.
    const demoChallenge = `/api/v1/workspaces/${demoId}/challenges/${
      (await demo.get<{ challenges: Array<{ id: string }> }>(`/api/v1/workspaces/${demoId}/challenges`)).body
        .challenges[0]?.id
    }`;
    await expect
      .poll(
        async () => {
          const { body } = await demo.get<{
            map: null | { groups: unknown[]; consensus: { agree: unknown[] } };
          }>(`${demoChallenge}/opinion-map`);
          return body.map && [body.map.groups.length, body.map.consensus.agree.length > 0];
        },
        { timeout: 15_000 },
      )
      .toEqual([2, true]);
    // The demo challenge's ideas are grouped in the background: a few groups of converging ideas.
    const synthesisPath = `/api/v1/workspaces/${demoId}/challenges/${challenges.body.challenges[0]?.id}/synthesis`;
    let groups: Array<{ label: string; size: number }> = [];
    for (let tries = 0; tries < 100 && groups.length === 0; tries++) {
      const synthesis = await demo.get<{ groups: Array<{ label: string; size: number }> }>(synthesisPath);
      expect(synthesis.status).toBe(200);
      groups = synthesis.body.groups;
      if (groups.length === 0) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(groups.length).toBeGreaterThanOrEqual(3);
    expect(groups.every((group) => group.size >= 2)).toBe(true);
    const email = uniqueEmail();
    await signUpConfirmed(
      new ApiClient(first.url),
      { email, password: testPassword, name: "Kept" },
      () => first.logs,
    );
    expect(await first.stop()).toBe(0);
    expect(existsSync(join(data, "postgres", "postmaster.pid"))).toBe(false);

    const second = await startCocrea(["--data", data]);
    const again = await new ApiClient(second.url).post("/api/v1/auth/sign-in", {
      email,
      password: testPassword,
    });
    expect(again.status).toBe(200);
    const demoAgain = new ApiClient(second.url);
    await demoAgain.post("/api/v1/auth/sign-in", { email: "demo@cocrea.local", password: "cocrea-demo" });
    expect(
      (await demoAgain.get<{ workspaces: unknown[] }>("/api/v1/workspaces")).body.workspaces.length,
    ).toBe(1);
    expect(await second.stop()).toBe(0);
    expect(second.output()).not.toContain(testPassword);
  });

  it("writes one structured log line per request without secrets, and reset links when no SMTP is set", async () => {
    const data = await freshDataDir();
    const server = await startCocrea(["--data", data, "--no-demo"]);
    const client = new ApiClient(server.url);
    const email = uniqueEmail();
    await signUpConfirmed(client, { email, password: testPassword, name: "Logged" }, () => server.logs);
    await client.get("/api/v1/workspaces");
    await client.post("/api/v1/auth/password-reset", { email });
    await server.stop();
    expect(server.output()).toMatch(/\/reset-password\?token=[\w-]{20,}/);
    const requests = server
      .output()
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as { msg: string; url?: string; status?: number })
      .filter((line) => line.msg === "request");
    expect(requests.map((r) => `${r.url} ${r.status}`)).toEqual([
      "/api/v1/session 200",
      "/api/v1/auth/sign-up 202",
      "/api/v1/auth/sign-up/confirm 200",
      "/api/v1/workspaces 200",
      "/api/v1/session 200",
      "/api/v1/auth/password-reset 202",
    ]);
    expect(server.output()).not.toContain(testPassword);
    expect(server.output()).not.toMatch(/cocrea_session=/);
  });
});

describe("cocrea migrate", () => {
  it("creates the schema in an empty external database", async () => {
    const admin = new pg.Client({ connectionString: inject("databaseUrl") });
    await admin.connect();
    const name = `migrate_${Date.now()}`;
    await admin.query(`CREATE DATABASE ${name}`);
    const url = inject("databaseUrl").replace(/\/[^/]+$/, `/${name}`);
    try {
      await run(process.execPath, [bin, "migrate"], {
        env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: "warn" },
      });
      const check = new pg.Client({ connectionString: url });
      await check.connect();
      const tables = await check.query(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1",
      );
      await check.end();
      expect(tables.rows.map((r: { tablename: string }) => r.tablename)).toEqual(
        expect.arrayContaining(["users", "sessions", "workspaces", "memberships", "invitations"]),
      );
    } finally {
      await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await admin.end();
    }
  });

  it("refuses a DATABASE_URL that is not PostgreSQL, saying which setting", async () => {
    const failure = await run(process.execPath, [bin, "migrate"], {
      env: { ...process.env, DATABASE_URL: "mysql://localhost/x" },
    }).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain("DATABASE_URL must start with postgres://");
  });
});

describe("cocrea --help", () => {
  it("lists the commands", async () => {
    const { stdout } = await run(process.execPath, [bin, "--help"]);
    expect(stdout).toContain("serve");
    expect(stdout).toContain("migrate");
  });
});
