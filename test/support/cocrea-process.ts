// Runs `cocrea serve` as a real child process on a free loopback port and waits until it listens.
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { freePort } from "./free-port.ts";

const bin = fileURLToPath(new URL("../../bin/cocrea.js", import.meta.url));

export interface CocreaProcess {
  /** Where the app answers, e.g. http://127.0.0.1:41234; also its PUBLIC_URL, so links stay on this origin. */
  url: string;
  /** The process id of `cocrea serve`. */
  pid: number | undefined;
  /** Every line printed so far (pino's JSON lines). */
  readonly logs: string[];
  /** Everything printed so far, as one text. */
  output(): string;
  /** Sends SIGTERM (SIGKILL after 30 s) and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Starts `cocrea serve` with extra arguments and environment; rejects with its last lines if it fails to start. */
export async function startCocrea(
  args: string[] = [],
  env: Record<string, string> = {},
  timeoutMs = 120_000,
): Promise<CocreaProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(
    process.execPath,
    [bin, "serve", "--port", String(port), "--host", "127.0.0.1", ...args],
    {
      env: { ...process.env, LOG_LEVEL: "info", PUBLIC_URL: url, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const logs: string[] = [];
  let pending = "";
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGTERM");
      reject(new Error(`cocrea serve did not start in ${timeoutMs} ms:\n${logs.slice(-20).join("\n")}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      const lines = (pending + chunk.toString("utf8")).split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) {
        if (line) logs.push(line);
        if (line.includes("Cocrea is running")) {
          clearTimeout(timer);
          resolve();
        }
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`cocrea serve exited with ${code} before starting:\n${logs.slice(-20).join("\n")}`));
    });
  });
  return {
    url,
    pid: child.pid,
    logs,
    output: () => [...logs, pending].join("\n"),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill("SIGTERM");
      const killer = setTimeout(() => child.kill("SIGKILL"), 30_000);
      const code = await exited;
      clearTimeout(killer);
      return code;
    },
  };
}
