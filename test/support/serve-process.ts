// Runs `cocrea serve` as a real process on a free port with a fresh embedded database, for end-to-end tests.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "./free-port.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));

export interface ServeProcess {
  /** Where the app answers, e.g. http://127.0.0.1:41234 (also its PUBLIC_URL, so links stay on this origin). */
  url: string;
  /** Every log line printed so far (JSON lines from pino). */
  logs: string[];
  /** Stops the server with SIGTERM, waits for it to exit, and deletes its data folder. */
  stop(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

/** Starts the server and resolves once it logs "Cocrea is running"; rejects if it exits or takes over `timeoutMs`. */
export async function startServeProcess(timeoutMs = 120_000): Promise<ServeProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const data = await mkdtemp(join(tmpdir(), "cocrea-e2e-"));
  const child = spawn(
    process.execPath,
    ["bin/cocrea.js", "serve", "--port", String(port), "--host", "127.0.0.1", "--data", data, "--no-demo"],
    {
      cwd: root,
      env: { ...process.env, PUBLIC_URL: url, AUTH_RATE_LIMIT: "1000", LOG_LEVEL: "info", SMTP_URL: "" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const logs: string[] = [];

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGTERM");
      reject(new Error(`cocrea serve did not start within ${timeoutMs} ms:\n${logs.slice(-20).join("\n")}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString("utf8").split("\n")) {
        if (!line) continue;
        logs.push(line);
        if (line.includes("Cocrea is running")) {
          clearTimeout(timer);
          resolve();
        }
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(
        new Error(`cocrea serve exited (${code ?? signal}) before starting:\n${logs.slice(-20).join("\n")}`),
      );
    });
  });

  return {
    url,
    logs,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const killer = setTimeout(() => child.kill("SIGKILL"), 30_000);
        await exited(child);
        clearTimeout(killer);
      }
      await rm(data, { recursive: true, force: true });
    },
  };
}
