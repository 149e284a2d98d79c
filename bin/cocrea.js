#!/usr/bin/env node
// The `cocrea` command: runs the compiled CLI of dist/ (built by `npm install`'s prepare step, or `npm run build`);
// when that build is missing or older than a file of src/, says so on one line and runs the sources through tsx.
import { existsSync, readdirSync, statSync } from "node:fs";

const src = new URL("../src/", import.meta.url);
const stamp = new URL("../dist/.built", import.meta.url);

/** Latest modification time (ms) of the files under `dir` that the build compiles or copies. */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name.endsWith(".test.ts") || entry.name.endsWith(".md")) continue;
    latest = Math.max(latest, statSync(`${entry.parentPath}/${entry.name}`).mtimeMs);
  }
  return latest;
}

const stale = !existsSync(stamp)
  ? "no compiled build in dist/"
  : newest(src) > statSync(stamp).mtimeMs
    ? "dist/ is older than src/"
    : undefined;
if (stale === undefined) {
  await import("../dist/cli/cocrea.js");
} else {
  process.stderr.write(
    `cocrea: ${stale}, running the TypeScript sources through tsx (slower; \`npm run build\`)\n`,
  );
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/cli/cocrea.ts");
}
