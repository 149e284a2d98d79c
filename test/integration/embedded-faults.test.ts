// Faults of the embedded PostgreSQL under `cocrea serve`: a postmaster killed under the server, a server killed
// outright, a second server on the same folder, and the stop that follows. Real processes, one data folder.
import { execFileSync, spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient, testPassword, uniqueEmail } from "../support/api-client.ts";
import { type CocreaProcess, startCocrea } from "../support/cocrea-process.ts";
import { signUpConfirmed } from "../support/confirm-sign-up.ts";

// These faults are the embedded server's own; the run on Debian's PostgreSQL has nothing more to show.
const onEmbedded = process.env.COCREA_TEST_DB !== "debian";

let data: string;
const running: CocreaProcess[] = [];
beforeAll(async () => {
  data = await mkdtemp(join(tmpdir(), "cocrea-faults-"));
});
afterAll(async () => {
  for (const server of running) await server.stop();
  await rm(data, { recursive: true, force: true });
});

async function serve(): Promise<CocreaProcess> {
  const server = await startCocrea(["--data", data, "--no-demo"], { SMTP_URL: "" });
  running.push(server);
  return server;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function postmasterPid(): Promise<number> {
  const text = await readFile(join(data, "postgres", "postmaster.pid"), "utf8");
  return Number.parseInt(text.split("\n")[0] ?? "", 10);
}

/** The shell watchdog a server started beside its postmaster. */
function watchdogOf(serverPid: number): number | undefined {
  const lines = execFileSync("ps", ["-o", "pid=,args=", "--ppid", String(serverPid)], { encoding: "utf8" });
  const line = lines.split("\n").find((entry) => entry.includes("cocrea-watchdog"));
  return line ? Number.parseInt(line.trim(), 10) : undefined;
}

/** Polls `check` every 200 ms until it holds; fails after `ms` (a generous bound, not a measure of speed). */
async function eventually(check: () => Promise<boolean> | boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (
      await Promise.resolve()
        .then(check)
        .catch(() => false)
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what} did not happen within ${ms} ms`);
}

async function ready(url: string): Promise<boolean> {
  const response = await fetch(`${url}/api/v1/health`);
  return response.status === 200;
}

async function signUp(server: CocreaProcess): Promise<{ email: string; client: ApiClient }> {
  const client = new ApiClient(server.url);
  const email = uniqueEmail();
  await signUpConfirmed(client, { email, password: testPassword, name: "Ada" }, () => server.logs);
  return { email, client };
}

async function signsIn(url: string, email: string): Promise<boolean> {
  const response = await new ApiClient(url).post("/api/v1/auth/sign-in", { email, password: testPassword });
  return response.status === 200;
}

/** Log lines at error level or above (pino: 50 error, 60 fatal). */
function errorLines(lines: string[]): string[] {
  return lines.filter((line) => /"level":(5|6)0/.test(line));
}

describe.runIf(onEmbedded)("the embedded PostgreSQL under faults", () => {
  it("restarts a postmaster killed under the running server; readiness says so; a stop is quick and clean", async () => {
    const server = await serve();
    expect(await ready(server.url)).toBe(true);
    const before = await signUp(server);
    const killed = await postmasterPid();
    process.kill(killed, "SIGKILL");
    await eventually(async () => !(await ready(server.url)), 10_000, "readiness turning false");
    await eventually(() => ready(server.url), 30_000, "readiness after the restart");
    expect(await postmasterPid()).not.toBe(killed);
    expect(server.output()).toContain("the embedded PostgreSQL stopped unexpectedly; restarting it");
    expect(await signsIn(server.url, before.email)).toBe(true);
    await signUp(server);

    const stopAt = server.logs.length;
    const started = Date.now();
    expect(await server.stop()).toBe(0);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(errorLines(server.logs.slice(stopAt))).toEqual([]);
    const left = await postmasterPid().catch(() => undefined);
    expect(left === undefined || !isAlive(left)).toBe(true);
  });

  it("refuses a second server on the same folder, naming the cause and the remedy", async () => {
    const first = await serve();
    await expect(serve()).rejects.toThrow(
      /is in use by another Cocrea process \(pid \d+\): stop that process first/,
    );
    expect(await first.stop()).toBe(0);
  });

  it("after kill -9 of the server, its watchdog stops the PostgreSQL it leaves", async () => {
    const server = await serve();
    const postmaster = await postmasterPid();
    process.kill(server.pid ?? 0, "SIGKILL");
    await eventually(() => !isAlive(postmaster), 15_000, "the orphan postmaster's stop");
  });

  it("a start finds the postmaster of a server killed with its watchdog, stops it and goes on", async () => {
    const server = await serve();
    const { email } = await signUp(server);
    const postmaster = await postmasterPid();
    const watchdog = watchdogOf(server.pid ?? 0);
    expect(watchdog).toBeDefined();
    process.kill(watchdog ?? 0, "SIGKILL");
    process.kill(server.pid ?? 0, "SIGKILL");
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(isAlive(postmaster)).toBe(true);

    const next = await serve();
    expect(next.output()).toContain(
      "stopping the embedded PostgreSQL left running by a Cocrea process that ended",
    );
    expect(isAlive(postmaster)).toBe(false);
    expect(await signsIn(next.url, email)).toBe(true);
    expect(await next.stop()).toBe(0);
  });
});

describe.runIf(onEmbedded)("npm run cocrea -- serve", () => {
  it("stops with its PostgreSQL when npm is sent SIGTERM (npm does not pass it on)", async () => {
    const child = spawn(
      "npm",
      ["run", "cocrea", "--", "serve", "--port", "0", "--host", "127.0.0.1", "--data", data],
      {
        env: { ...process.env, LOG_LEVEL: "info", SMTP_URL: "", COCREA_DEMO: "false" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
    });
    await eventually(() => output.includes("Cocrea is running"), 120_000, "the start");
    const serverPid = Number(/"pid":(\d+)/.exec(output)?.[1]);
    const postmaster = await postmasterPid();
    child.kill("SIGTERM");
    await eventually(
      () => !isAlive(serverPid) && !isAlive(postmaster),
      10_000,
      "the stop of server and database",
    );
  });
});
