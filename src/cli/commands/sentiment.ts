// `cocrea sentiment FILE --text COL`: polarity and Plutchik emotions of every text of a table, as JSON.
import type { Command } from "commander";
import type { CliIo } from "../output.ts";
import type { SentimentOptions } from "./score-sentiment-file.ts";

/** Registers `cocrea sentiment`; the model loads only when the command runs. */
export function register(program: Command, io: CliIo): void {
  program
    .command("sentiment")
    .description("polarity (negative, neutral, positive) and the eight Plutchik emotions of each text")
    .argument("<file>", "UTF-8 CSV with a header row, or JSONL (.jsonl, .ndjson, .json)")
    .requiredOption("--text <column>", "column holding the text")
    .option("--id <column>", "column holding each row's id (default: the 0-based row index)")
    .option("--lang <lang>", "language of the texts: auto (per text, French when unsure), fr or en", "auto")
    .option("--json <out>", "write the result to this file, '-' for stdout", "-")
    .action(async (file: string, options: SentimentOptions) => {
      const { scoreSentimentFile } = await import("./score-sentiment-file.ts");
      await scoreSentimentFile(file, options, io);
    });
}
