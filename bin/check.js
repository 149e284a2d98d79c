#!/usr/bin/env node
// `npm run check`: type-check, lint and unit tests side by side rather than one after another (each of the first two
// keeps one core busy; the unit tests get a worker per core), each one's output printed whole when it ends.
import { spawn } from "node:child_process";
import { availableParallelism } from "node:os";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const steps = [
  ["typecheck", npm, ["run", "--silent", "typecheck"]],
  ["lint", npm, ["run", "--silent", "lint"]],
  ["unit tests", npm, ["run", "--silent", "test:unit", "--", `--maxWorkers=${availableParallelism()}`]],
];

const results = await Promise.all(
  steps.map(
    ([name, command, args]) =>
      new Promise((resolve) => {
        const chunks = [];
        const child = spawn(command, args, {
          env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? "1" },
        });
        child.stdout.on("data", (chunk) => chunks.push(chunk));
        child.stderr.on("data", (chunk) => chunks.push(chunk));
        child.on("close", (code) => {
          process.stdout.write(`\n── ${name}: ${code === 0 ? "ok" : `failed (exit ${code})`}\n`);
          process.stdout.write(Buffer.concat(chunks));
          resolve(code ?? 1);
        });
      }),
  ),
);
const failed = steps.filter((_, i) => results[i] !== 0).map(([name]) => name);
if (failed.length > 0) {
  console.error(`\ncheck failed: ${failed.join(", ")}`);
  process.exit(1);
}
