// BENCHMARKS.md: each benchmark owns a section between `<!-- bench:name -->` markers, rewritten on each run.
import { readFile, writeFile } from "node:fs/promises";
import { cpus, totalmem } from "node:os";

const file = new URL("../BENCHMARKS.md", import.meta.url);

/** Replaces (or appends) the section `name` of BENCHMARKS.md with a title, the machine and date, and `body`. */
export async function writeBenchSection(name: string, title: string, body: string): Promise<void> {
  let current = "";
  try {
    current = await readFile(file, "utf8");
  } catch {
    current = "";
  }
  current = replaceSection(current, name, `## ${title}\n\n${machineLine()}\n\n${body.trim()}\n`);
  await writeFile(file, withHeader(current), "utf8");
}

/** The machine and the date of a measurement. */
export function machineLine(): string {
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
