#!/usr/bin/env node
// Starts `cocrea serve` on an existing data folder, waits for its first answer, stops it cleanly and prints the
// milliseconds from the start of the process to that answer. Usage: serve-ready.js DATA_DIR PORT [--tsx]
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const [data, port = "3917", mode] = process.argv.slice(2);
if (!data) {
  console.error("usage: serve-ready.js DATA_DIR PORT [--tsx]");
  process.exit(2);
}
const root = fileURLToPath(new URL("..", import.meta.url));
// --tsx runs the same command from the TypeScript sources, as bin/cocrea.js did before dist/ existed.
const entry = mode === "--tsx" ? ["bin/run-ts.js", "src/cli/cocrea.ts"] : ["bin/cocrea.js"];
const started = performance.now();
const child = spawn(
  process.execPath,
  [...entry, "serve", "--port", port, "--host", "127.0.0.1", "--data", data],
  {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: "warn", COCREA_DEMO: "false" },
    stdio: ["ignore", "ignore", "inherit"],
  },
);
const exited = new Promise((resolve) => child.once("exit", resolve));

let answered;
while (answered === undefined) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/v1/session`);
    if (response.ok) answered = performance.now() - started;
  } catch {
    if (child.exitCode !== null) throw new Error(`cocrea serve exited with ${child.exitCode}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
child.kill("SIGTERM");
await exited;
console.log(Math.round(answered));
