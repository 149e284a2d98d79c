// `cocrea opinions PATH`: opinion groups, representative statements and consensus of a Pol.is export.
import type { Command } from "commander";
import type { CliIo } from "../output.ts";
import type { OpinionsFlags } from "./map-opinions.ts";

/** Registers the command on the program; the engine and the database load only when it runs. */
export function register(program: Command, io: CliIo): void {
  program
    .command("opinions")
    .description(
      "find opinion groups and consensus in a Pol.is export (votes.csv, participants-votes.csv or votes.json), " +
        "or with --challenge import it into a challenge's conversation",
    )
    .argument("<path>", "folder holding the Pol.is export")
    .option("--json <out>", "write the result as JSON to this file ('-' for stdout)")
    .option("--seed <n>", "seed of the clustering, for reproducible groups", "0")
    .option(
      "--replay",
      "replay the votes' history as Pol.is updated its groups (clusters carried forward, k switched after 4 wins " +
        "in a row); needs vote times (votes.csv or votes.json) and takes minutes on large conversations",
    )
    .option(
      "--challenge <id>",
      "import the export into this challenge's conversation instead (it must hold a conversation and no votes yet); " +
        "uses DATABASE_URL, or the embedded database of --data like `cocrea serve`",
    )
    .option(
      "--data <dir>",
      "with --challenge: data folder of the embedded database (env COCREA_DATA, default ./.cocrea)",
    )
    .action(async (path: string, flags: OpinionsFlags) => {
      const { mapOpinions } = await import("./map-opinions.ts");
      await mapOpinions(path, flags, io);
    });
}
