// `cocrea audit FILE --text COL --brand NAME=QUERY`: the image and presence audit, offline; `cocrea audit compare A B`.
import { createWriteStream } from "node:fs";
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename } from "node:path";
import type { Command } from "commander";
import type { AuditLanguage } from "../../analysis/listening/analyze-mentions.ts";
import type { AuditItem } from "../../analysis/listening/audit-result.ts";
import { type ComparableAudit, compareAudits } from "../../analysis/listening/compare-audits.ts";
import { AuditBuilder, AuditFrameError } from "../../analysis/listening/run-audit.ts";
import { AppError, fileError } from "../../errors.ts";
import { auditHtml } from "../../io/export/audit-html.ts";
import { fileSource } from "../../io/import/mentions/byte-source.ts";
import { isRejection, type MentionMapping, type MentionRejection } from "../../io/import/mentions/mention.ts";
import { readMentions } from "../../io/import/mentions/read-mentions.ts";
import { writeJsonOutput } from "../output.ts";
import { ProgressBar } from "../progress.ts";

interface AuditFlags {
  text?: string;
  id?: string;
  date?: string;
  author?: string;
  source?: string;
  reach?: string;
  engagement?: string;
  language?: string;
  brand?: string;
  competitor: string[];
  lang: string;
  k?: string;
  seed: string;
  json?: string;
  html?: string;
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** Registers `cocrea audit` and its `compare` form. */
export function register(program: Command): void {
  program
    .command("audit")
    .description(
      "image and presence audit of mentions (CSV, TSV, JSON, JSONL): share of voice, sentiment, emotions, topics, dimensions, spikes; or `audit compare A.json B.json`",
    )
    .argument("<file>", "the mentions file, or `compare`")
    .argument("[results...]", "with `compare`: two audit results (JSON)")
    .option("--text <column>", "column holding the text")
    .option("--id <column>", "column holding each mention's id (default: the 0-based row index)")
    .option("--date <column>", "column holding the date")
    .option("--author <column>", "column holding the author")
    .option("--source <column>", "column holding the channel or source")
    .option("--reach <column>", "column holding the reach (audience)")
    .option("--engagement <column>", "column holding the engagement")
    .option("--language <column>", "column holding each mention's language (for lang: in queries)")
    .option("--brand <name=query>", 'the audited name and its query, e.g. Nantes="nantes OR #nantes -fc"')
    .option("--competitor <name=query>", "a competitor of the panel (repeatable)", collect, [])
    .option("--lang <language>", "auto, fr, en or de", "auto")
    .option("--k <topics>", 'number of topics, or "auto"')
    .option("--seed <n>", "random seed of the topics", "1")
    .option("--json <file>", 'write the JSON result to this file ("-" for stdout)')
    .option("--html <file>", "write a readable report to this HTML file")
    .action(async (file: string, results: string[], flags: AuditFlags) => {
      if (file === "compare") await runCompare(results, flags.json);
      else await runAudit(file, results, flags);
    });
}

async function runCompare(files: string[], json: string | undefined): Promise<void> {
  if (files.length !== 2) {
    throw new AppError("invalid-input", "audit compare needs two audit results: A.json B.json", {
      field: "results",
    });
  }
  const [a, b] = await Promise.all(files.map(readAuditResult));
  await writeJsonOutput(compareAudits(a as ComparableAudit, b as ComparableAudit), json);
}

async function readAuditResult(file: string): Promise<ComparableAudit> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new AppError("invalid-file", `cannot read ${file}: no such file`, { where: file });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message);
    if (!position) throw fileError("invalid-file", "not valid JSON", basename(file));
    const before = text.slice(0, Number(position[1]));
    const line = before.split("\n").length;
    throw fileError(
      "invalid-file",
      "not valid JSON",
      basename(file),
      line,
      before.length - before.lastIndexOf("\n"),
    );
  }
  const audit = value as Partial<ComparableAudit>;
  for (const key of ["brands", "topics", "dimensions", "spikes"] as const) {
    if (!Array.isArray(audit[key])) {
      throw new AppError("invalid-file", `not an audit result: "${key}" is missing`, {
        where: file,
        field: key,
      });
    }
  }
  return { ...(audit as ComparableAudit), stats: audit.stats ?? { documents: 0 } };
}

function panelEntry(value: string, flag: string): { name: string; query: string } {
  const at = value.indexOf("=");
  const name = at < 0 ? "" : value.slice(0, at).trim();
  if (at < 0 || name === "") {
    throw new AppError("invalid-input", `${flag} must be NAME=QUERY (got "${value}")`, {
      field: flag.slice(2),
    });
  }
  return { name, query: value.slice(at + 1) };
}

async function runAudit(file: string, extra: string[], flags: AuditFlags): Promise<void> {
  const started = performance.now();
  if (extra.length > 0)
    throw new AppError("invalid-input", `unexpected argument "${extra[0]}"`, { field: "file" });
  if (!flags.text) throw new AppError("invalid-input", "--text <column> is required", { field: "text" });
  if (!flags.brand)
    throw new AppError("invalid-input", "--brand <name=query> is required", { field: "brand" });
  const lang = flags.lang as AuditLanguage;
  if (!["auto", "fr", "en", "de"].includes(lang)) {
    throw new AppError("invalid-input", `--lang must be auto, fr, en or de (got "${flags.lang}")`, {
      field: "lang",
    });
  }
  const k = flags.k === undefined || flags.k === "auto" ? flags.k : Number(flags.k);
  if (typeof k === "number" && (!Number.isInteger(k) || k < 1)) {
    throw new AppError("invalid-input", `--k must be "auto" or a whole number ≥ 1 (got "${flags.k}")`, {
      field: "k",
    });
  }
  const brand = panelEntry(flags.brand, "--brand");
  const competitors = flags.competitor.map((value) => panelEntry(value, "--competitor"));
  let builder: AuditBuilder;
  try {
    builder = new AuditBuilder({
      brand,
      competitors,
      language: lang,
      seed: Number(flags.seed) || 1,
      ...(k === undefined ? {} : { k: k as number | "auto" }),
    });
  } catch (error) {
    if (error instanceof AuditFrameError) {
      const entry = error.field === "brand" ? brand : competitors[error.index];
      throw new AppError("invalid-input", `cannot read the query: ${error.message}`, {
        where: `--${error.field} ${entry?.name ?? ""}:1:${error.column}`,
        field: error.field,
      });
    }
    throw error;
  }
  const mapping: MentionMapping = { text: flags.text };
  for (const field of ["id", "date", "author", "source", "reach", "engagement", "language"] as const) {
    if (flags[field] !== undefined) mapping[field] = flags[field];
  }
  const source = await fileSource(file);
  const progress = new ProgressBar("auditing  ");
  const rejected: MentionRejection[] = [];
  let rejectedCount = 0;
  let ordinal = 0;
  const inputRowOf: number[] = [];
  for await (const record of readMentions(source, {
    mapping,
    onBytes: (done, total) => progress.update(done, total),
  })) {
    if (isRejection(record)) {
      rejectedCount += 1;
      if (rejected.length < 100) rejected.push(record);
      continue;
    }
    const m = record.mention;
    const kept = builder.add({
      id: m.id ?? String(ordinal),
      text: m.text,
      date: m.date,
      author: m.author,
      source: m.source,
      reach: m.reach,
      engagement: m.engagement,
      language: m.language,
    });
    if (kept) inputRowOf.push(ordinal);
    ordinal += 1;
  }
  progress.done();
  const { result, item, rows, representativeRows } = builder.finish();
  const quotes = await readQuotes(
    source,
    mapping,
    representativeRows.map((row) => inputRowOf[row] as number),
  );
  fillQuotes(result.topics, representativeRows, inputRowOf, quotes);
  result.stats.seconds = Math.round(performance.now() - started) / 1000;
  const output = {
    ...result,
    stats: {
      ...result.stats,
      rejected: rejectedCount,
      rejections: rejected.map((r) => ({ ...r, where: `${source.name}:${r.line}` })),
    },
  };
  if (flags.html) await writeFile(flags.html, auditHtml(result, `Audit: ${result.panel[0] ?? ""}`), "utf8");
  await writeAudit(output, rows, item, flags.json);
}

/** The topics' quotes, from the rows the clustering chose as representatives (in topic order). */
function fillQuotes(
  topics: Array<{ representatives: string[]; quotes: string[] }>,
  representativeRows: number[],
  inputRowOf: number[],
  quotes: Map<number, string>,
): void {
  let at = 0;
  for (const topic of topics) {
    const rows = representativeRows.slice(at, at + topic.representatives.length);
    at += topic.representatives.length;
    topic.quotes = rows
      .map((row) => quotes.get(inputRowOf[row] as number))
      .filter((quote): quote is string => quote !== undefined);
  }
}

/** Reads the file again for the few representative texts, so no text was held during the audit. */
async function readQuotes(
  source: Awaited<ReturnType<typeof fileSource>>,
  mapping: MentionMapping,
  ordinals: number[],
): Promise<Map<number, string>> {
  const wanted = new Set(ordinals);
  const quotes = new Map<number, string>();
  if (wanted.size === 0) return quotes;
  let ordinal = 0;
  for await (const record of readMentions(source, { mapping })) {
    if (isRejection(record)) continue;
    if (wanted.has(ordinal)) quotes.set(ordinal, record.mention.text);
    ordinal += 1;
    if (quotes.size === wanted.size) break;
  }
  return quotes;
}

/** Writes the result with its items streamed one per line, through a temporary file renamed at the end. */
async function writeAudit(
  result: object,
  rows: number,
  item: (row: number) => AuditItem,
  target: string | undefined,
): Promise<void> {
  const toStdout = target === undefined || target === "-";
  const partial = toStdout ? undefined : `${target}.partial-${process.pid}`;
  const stream = partial === undefined ? process.stdout : createWriteStream(partial);
  const write = (text: string) =>
    new Promise<void>((resolve, reject) =>
      stream.write(text, (error) => (error ? reject(error) : resolve())),
    );
  try {
    const head = JSON.stringify(result, null, 2);
    await write(`${head.slice(0, -2)},\n  "items": [`);
    let buffer = "";
    for (let row = 0; row < rows; row++) {
      buffer += `${row === 0 ? "\n" : ",\n"}    ${JSON.stringify(item(row))}`;
      if (buffer.length > 1 << 20) {
        await write(buffer);
        buffer = "";
      }
    }
    await write(`${buffer}${rows > 0 ? "\n  " : ""}]\n}\n`);
    if (partial !== undefined) {
      await new Promise<void>((resolve, reject) => {
        stream.once("error", reject);
        stream.end(resolve);
      });
      await rename(partial, target as string);
    }
  } catch (error) {
    if (partial !== undefined) {
      stream.destroy();
      await rm(partial, { force: true });
    }
    throw error;
  }
}
