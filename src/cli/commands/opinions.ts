// `cocrea opinions PATH`: opinion groups, representative statements and consensus of a Pol.is export.
import type { Command } from "commander";
import { computeOpinionMap, type OpinionStage } from "../../analysis/opinions/opinion-map.ts";
import { loadConfig } from "../../config.ts";
import { applyMigrations } from "../../db/migrate.ts";
import { openDatabase } from "../../db/open-database.ts";
import { importConversationOffline } from "../../domain/conversations/import-conversation.ts";
import { AppError } from "../../errors.ts";
import { readPolisExport } from "../../io/import/polis-export.ts";
import { createLogger } from "../../logger.ts";
import { writeJsonOutput } from "../output.ts";
import { ProgressBar } from "../progress.ts";

interface OpinionsFlags {
  json?: string;
  seed: string;
  replay?: boolean;
  challenge?: string;
  data?: string;
}

/** Registers the command on the program. */
export function register(program: Command): void {
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
      if (flags.challenge !== undefined) await importIntoChallenge(path, flags.challenge, flags);
      else await runOpinions(path, flags);
    });
}

async function runOpinions(path: string, flags: OpinionsFlags): Promise<void> {
  const seed = Number(flags.seed);
  if (!Number.isInteger(seed)) {
    throw new AppError("invalid-input", `--seed must be an integer, got "${flags.seed}"`, { field: "seed" });
  }
  const started = performance.now();
  const reading = new ProgressBar("reading votes");
  const data = await readPolisExport(path, { onBytes: (done, total) => reading.update(done, total) });
  reading.done();
  if (flags.replay && data.source === "participants-votes.csv") {
    throw new AppError(
      "invalid-input",
      "--replay needs the time of each vote: votes.csv or votes.json, not participants-votes.csv",
      { field: "replay" },
    );
  }
  const read = performance.now();
  const stages: OpinionStage[] = ["matrix", "pca", "groups", "statements"];
  const computing = new ProgressBar("opinion map");
  const map = computeOpinionMap(data.votes, {
    seed,
    excluded: data.excluded,
    replay: flags.replay === true,
    onStage: (stage) => computing.update(stages.indexOf(stage), stages.length),
  });
  computing.done();
  const finished = performance.now();
  const result = {
    source: data.source,
    ...map,
    seed,
    seconds: {
      read: round((read - started) / 1000),
      compute: round((finished - read) / 1000),
      total: round((finished - started) / 1000),
    },
  };
  await writeJsonOutput(result, flags.json);
}

/** Reads the export, then writes it into the challenge and computes its opinion map, printing what was imported. */
async function importIntoChallenge(path: string, challengeId: string, flags: OpinionsFlags): Promise<void> {
  const reading = new ProgressBar("reading votes");
  const data = await readPolisExport(path, { onBytes: (done, total) => reading.update(done, total) });
  reading.done();
  const config = loadConfig(flags.data === undefined ? {} : { data: flags.data });
  const logger = createLogger("warn");
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, logger });
  try {
    await applyMigrations(database.pool);
    const imported = await importConversationOffline(database.db, challengeId, data, async (input) =>
      computeOpinionMap(input.votes, input.options),
    );
    await writeJsonOutput({ challenge: challengeId, imported }, flags.json);
  } finally {
    await database.close();
  }
}

const round = (seconds: number) => Math.round(seconds * 1000) / 1000;
