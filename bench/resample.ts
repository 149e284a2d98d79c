// Builds large French corpora by resampling real sentences of the République numérique consultation.
import { createWriteStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { Random } from "../src/analysis/random.ts";

const data = new URL("../../shared/data/contributions/republique-numerique/", import.meta.url);

/** Every sentence (≥ 20 characters) of the consultation's citizen proposals and arguments. */
export async function consultationSentences(): Promise<string[]> {
  const sentences: string[] = [];
  const split = (text: string) => {
    for (const sentence of text.split(/(?<=[.!?])\s+/)) {
      const trimmed = sentence.trim();
      if (trimmed.length >= 20) sentences.push(trimmed);
    }
  };
  const opinions = parse(await readFile(new URL("opinions.csv", data)), { columns: true }) as Record<
    string,
    string
  >[];
  for (const row of opinions) {
    if (row.author_is_admin_or_vip === "True") continue;
    split(`${row.title}. ${row.body}`);
  }
  const argumentsRows = parse(await readFile(new URL("arguments.csv", data)), { columns: true }) as Record<
    string,
    string
  >[];
  for (const row of argumentsRows) split(row.body ?? "");
  return sentences;
}

/**
 * Writes `count` contributions as CSV (id, text, date): each joins 1 to 4 sentences drawn with replacement
 * (seeded), and gets a date in a 60-day window. Returns the file's path.
 */
export async function writeResampledCorpus(path: string, count: number, seed: number): Promise<string> {
  const sentences = await consultationSentences();
  const random = new Random(seed);
  const out = createWriteStream(path, "utf8");
  const write = (text: string) =>
    out.write(text) ? Promise.resolve() : new Promise<void>((resolve) => out.once("drain", () => resolve()));
  await write("id,text,date\n");
  const start = Date.UTC(2015, 8, 26);
  for (let i = 0; i < count; i++) {
    const parts = 1 + random.int(4);
    const chosen: string[] = [];
    for (let p = 0; p < parts; p++) chosen.push(sentences[random.int(sentences.length)] as string);
    const date = new Date(start + random.int(60 * 86_400_000)).toISOString().slice(0, 10);
    await write(`c${i},"${chosen.join(" ").replaceAll('"', '""')}",${date}\n`);
  }
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  return path;
}

if (process.argv[1]?.endsWith("resample.ts") && process.argv[2]) {
  const [path, count, seed] = process.argv.slice(2);
  await writeResampledCorpus(path as string, Number(count), Number(seed ?? 1));
}
