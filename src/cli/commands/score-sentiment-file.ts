// What `cocrea sentiment` does: polarity and Plutchik emotions of every text of a table, streamed out as JSON.
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import type { Writable } from "node:stream";
import {
  type EmotionName,
  type Polarity,
  type SentimentLanguage,
  scoreSentiment,
} from "../../analysis/sentiment/score-sentiment.ts";
import { AppError } from "../../errors.ts";
import { readTable } from "../../io/import/read-table.ts";
import type { CliIo } from "../output.ts";
import { ProgressBar } from "../progress.ts";

/** The options of `cocrea sentiment`, as commander parses them. */
export interface SentimentOptions {
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

/**
 * Scores the rows as they are read and streams `{ "items": [...] }` out, so a file of millions of texts needs
 * no more memory than one batch. A file output is written beside the target and renamed at the end, so a
 * failure leaves no half-written result.
 */
export async function scoreSentimentFile(file: string, options: SentimentOptions, io: CliIo): Promise<void> {
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
  const progress = new ProgressBar("sentiment", io.stderr);
  const toStdout = options.json === undefined || options.json === "-";
  const partial = toStdout ? undefined : `${options.json}.partial-${process.pid}`;
  let output: JsonItemsWriter | undefined;
  try {
    let index = 0;
    for await (const row of readTable(file, {
      required,
      integers: options.id === undefined ? [] : [options.id],
      onBytes: (read, total) => progress.update(read, total),
    })) {
      const text = row.fields[options.text] ?? "";
      const id = options.id === undefined ? String(index) : (row.fields[options.id] ?? "");
      index += 1;
      output ??= new JsonItemsWriter(
        partial === undefined ? io.stdout : createWriteStream(partial),
        partial === undefined,
      );
      await output.write({ id, ...scoreSentiment(text, lang) });
    }
    await output?.end();
    if (partial !== undefined && options.json !== undefined) await rename(partial, options.json);
  } catch (error) {
    if (partial !== undefined) {
      output?.destroy();
      await rm(partial, { force: true });
    }
    throw error;
  } finally {
    progress.done();
  }
}

/** Writes `{ "items": [ … ] }` item by item, laid out like JSON.stringify(value, null, 2). */
class JsonItemsWriter {
  private pending: string[] = [];
  private count = 0;

  constructor(
    private readonly stream: Writable,
    private readonly shared: boolean,
  ) {}

  async write(item: SentimentItem): Promise<void> {
    const body = JSON.stringify(item, null, 2).replaceAll("\n", "\n    ");
    this.pending.push(`${this.count === 0 ? '{\n  "items": [\n' : ",\n"}    ${body}`);
    this.count += 1;
    if (this.pending.length >= 1000) await this.flush();
  }

  async end(): Promise<void> {
    this.pending.push(this.count === 0 ? '{\n  "items": []\n}\n' : "\n  ]\n}\n");
    await this.flush();
    if (!this.shared) {
      await new Promise<void>((resolve, reject) => {
        this.stream.once("error", reject);
        this.stream.end(resolve);
      });
    }
  }

  destroy(): void {
    if (!this.shared) this.stream.destroy();
  }

  private async flush(): Promise<void> {
    const text = this.pending.join("");
    this.pending = [];
    await new Promise<void>((resolve, reject) =>
      this.stream.write(text, (error) => (error ? reject(error) : resolve())),
    );
  }
}
