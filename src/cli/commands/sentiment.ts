// `cocrea sentiment FILE --text COL`: polarity and Plutchik emotions of every text of a table, as JSON.
import type { Command } from "commander";
import {
  type EmotionName,
  type Polarity,
  type SentimentLanguage,
  scoreSentiment,
} from "../../analysis/sentiment/score-sentiment.ts";
import { AppError } from "../../errors.ts";
import { readTable } from "../../io/import/read-table.ts";
import { writeJsonOutput } from "../output.ts";
import { ProgressBar } from "../progress.ts";

interface SentimentOptions {
  text: string;
  id?: string;
  lang: string;
  json?: string;
}

/** One scored row of the output. */
export interface SentimentItem {
  id: string;
  polarity: Polarity;
  score: number;
  emotions: Record<EmotionName, number>;
}

const languages = ["auto", "fr", "en"] as const;

/** Registers `cocrea sentiment`. */
export function register(program: Command): void {
  program
    .command("sentiment")
    .description("polarity (negative, neutral, positive) and the eight Plutchik emotions of each text")
    .argument("<file>", "UTF-8 CSV with a header row, or JSONL (.jsonl, .ndjson, .json)")
    .requiredOption("--text <column>", "column holding the text")
    .option("--id <column>", "column holding each row's id (default: the 0-based row index)")
    .option("--lang <lang>", "language of the texts: auto, fr or en", "auto")
    .option("--json <out>", "write the result to this file, '-' for stdout", "-")
    .action(async (file: string, options: SentimentOptions) => {
      await writeJsonOutput({ items: await scoreFile(file, options) }, options.json);
    });
}

async function scoreFile(file: string, options: SentimentOptions): Promise<SentimentItem[]> {
  const lang = options.lang as SentimentLanguage | "auto";
  if (!(languages as readonly string[]).includes(lang)) {
    throw new AppError(
      "invalid-input",
      `--lang must be one of ${languages.join(", ")} (got "${options.lang}")`,
      {
        field: "lang",
      },
    );
  }
  const required = options.id === undefined ? [options.text] : [options.text, options.id];
  const progress = new ProgressBar("sentiment");
  const items: SentimentItem[] = [];
  for await (const row of readTable(file, {
    required,
    onBytes: (read, total) => progress.update(read, total),
  })) {
    const text = row.fields[options.text] ?? "";
    const id = options.id === undefined ? String(items.length) : (row.fields[options.id] ?? "");
    items.push({ id, ...scoreSentiment(text, lang) });
  }
  progress.done();
  return items;
}
