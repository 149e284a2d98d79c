// `npm run bench [-- section...]`: runs benchmark sections and rewrites their parts of BENCHMARKS.md.
import { readFile, writeFile } from "node:fs/promises";
import { cpus, totalmem } from "node:os";

/** A benchmark section: a title and a function producing its Markdown body. */
export interface BenchSection {
  title: string;
  run(): Promise<string>;
}

const sections: Record<string, () => Promise<{ section: BenchSection }>> = {
  opinions: () => import("./opinions.bench.ts"),
  sentiment: () => import("./sentiment.bench.ts"),
  supports: () => import("./supports.bench.ts"),
  cluster: () => import("./cluster.bench.ts"),
  "opinion-map-live": () => import("./opinion-map-live.bench.ts"),
  synthesis: () => import("./synthesis.bench.ts"),
  "start-up": () => import("./start-up.bench.ts"),
  listening: () => import("./listening.bench.ts"),
  "listening-topics": () => import("./listening-topics.bench.ts"),
};

const file = new URL("../BENCHMARKS.md", import.meta.url);
const wanted = process.argv.slice(2);
const names = wanted.length > 0 ? wanted : Object.keys(sections);

let current = "";
try {
  current = await readFile(file, "utf8");
} catch {
  current = "";
}

for (const name of names) {
  const load = sections[name];
  if (!load) {
    console.error(`unknown bench section "${name}"; known: ${Object.keys(sections).join(", ")}`);
    process.exit(2);
  }
  const { section } = await load();
  console.error(`bench: ${name}…`);
  const body = await section.run();
  current = replaceSection(current, name, `## ${section.title}\n\n${machineLine()}\n\n${body.trim()}\n`);
  await writeFile(file, withHeader(current), "utf8");
}

function machineLine(): string {
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  const memory = Math.round(totalmem() / 2 ** 30);
  const date = new Date().toISOString().slice(0, 10);
  return `Measured ${date} on ${cpus().length} × ${cpu}, ${memory} GiB, Node ${process.version}.`;
}

function replaceSection(text: string, name: string, body: string): string {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const block = `${start}\n${body}${end}`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from >= 0 && to > from) return text.slice(0, from) + block + text.slice(to + end.length);
  return `${text.trimEnd()}\n\n${block}\n`;
}

function withHeader(text: string): string {
  const header =
    "# Benchmarks\n\nWritten by `npm run bench`; each section says when and on what machine it was measured.\n";
  return text.startsWith("# Benchmarks") ? text : `${header}\n${text.trimStart()}`;
}
