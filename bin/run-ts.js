#!/usr/bin/env node
// Runs a TypeScript entry point of the repository (benchmarks, scripts) through tsx.
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { register } from "tsx/esm/api";

register();
const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error("usage: run-ts.js FILE.ts [args...]");
  process.exit(2);
}
process.argv = [process.argv[0] ?? "node", entry, ...rest];
await import(pathToFileURL(resolve(entry)).href);
