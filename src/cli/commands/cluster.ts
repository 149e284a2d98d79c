// `cocrea cluster FILE --text COL`: groups contributions into labelled topics, offline.
import type { Command } from "commander";
import type { CliIo } from "../output.ts";
import type { ClusterFlags } from "./cluster-file.ts";

/** Registers `cocrea cluster`; the engine loads only when the command runs, so `cocrea --help` stays instant. */
export function register(program: Command, io: CliIo): void {
  program
    .command("cluster")
    .description(
      "group contributions (CSV or JSONL) into labelled topics with keywords and representative quotes",
    )
    .argument("<file>", "UTF-8 CSV with a header row, or JSONL")
    .requiredOption("--text <column>", "column holding the text")
    .option("--id <column>", "column holding each contribution's id (default: the 0-based row index)")
    .option("--lang <language>", "auto, fr, en or de", "auto")
    .option("--k <groups>", 'number of groups, or "auto"', "auto")
    .option("--seed <n>", "random seed; the same seed gives the same groups", "1")
    .option("--date <column>", "column holding each contribution's date, for trends")
    .option("--representatives <n>", "representative quotes per group", "3")
    .option("--quotes", "add the representatives' texts to each group (reads the file a second time)")
    .option("--json <file>", 'write the JSON result to this file ("-" for stdout)')
    .action(async (file: string, flags: ClusterFlags) => {
      const { clusterFile } = await import("./cluster-file.ts");
      await clusterFile(file, flags, io);
    });
}
