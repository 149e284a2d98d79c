// Runs `cocrea serve` as a real child process and waits until it listens.
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { freePort } from "./free-port.ts";

const bin = fileURLToPath(new URL("../../bin/cocrea.js", import.meta.url));

export interface CocreaProcess {
  url: string;
  /** Everything the process printed so far (JSON log lines). */
  output(): string;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Starts `cocrea serve` with extra arguments and environment; rejects with its output if it exits early. */
export async function startCocrea(
  args: string[] = [],
  env: Record<string, string> = {},
): Promise<CocreaProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [bin, "serve", "--port", String(port), ...args], {
    env: { ...process.env, LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on("data", (chunk) => {
    output += String(chunk);
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`cocrea serve did not start in 60 s:\n${output}`)),
      60_000,
    );
    const check = () => {
      if (output.includes("Cocrea is running")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`cocrea serve exited with ${code}:\n${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return child.exitCode;
      child.kill("SIGTERM");
      return exited;
    },
  };
}
