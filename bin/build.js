#!/usr/bin/env node
// Compiles src/ into dist/ (JavaScript and source maps, same tree), copies the files read at run time (migrations,
// lexicons, licences) and removes outputs whose source is gone; run by npm's prepare step and `npm run build`.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const src = join(root, "src");
const dist = join(root, "dist");
const started = new Date();

/** Every file under `dir`, as paths relative to it. */
function files(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

let tsc;
try {
  tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
} catch {
  console.warn(
    "cocrea build: typescript is not installed (a production install); the sources will run through tsx",
  );
  process.exit(0);
}
const compiled = spawnSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json")], {
  stdio: "inherit",
});
if (compiled.status !== 0) process.exit(compiled.status ?? 1);

// Files read at run time rather than imported: everything under src/ that is neither code nor documentation.
const sources = new Set(files(src));
for (const file of sources) {
  if (file.endsWith(".ts") || file.endsWith(".md")) continue;
  mkdirSync(dirname(join(dist, file)), { recursive: true });
  copyFileSync(join(src, file), join(dist, file));
}

// An output whose source was deleted or renamed would otherwise linger and could still be imported.
for (const file of files(dist)) {
  if (file === ".built") continue;
  const source = file.replace(/\.js(\.map)?$/, ".ts");
  if (!sources.has(source) && !sources.has(file)) rmSync(join(dist, file));
}

// The stamp carries the build's start time: a source saved during the build makes the build count as stale.
const stamp = join(dist, ".built");
writeFileSync(stamp, `${started.toISOString()}\n`);
utimesSync(stamp, started, started);
