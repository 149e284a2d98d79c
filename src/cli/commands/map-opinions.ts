// What `cocrea opinions` does: opinion groups, representative statements and consensus of a Pol.is export, or its
// import into a challenge's conversation.
import { computeOpinionMap, type OpinionStage } from "../../analysis/opinions/opinion-map.ts";
import { AppError } from "../../errors.ts";
import { readPolisExport } from "../../io/import/polis-export.ts";
import { type CliIo, writeJsonOutput } from "../output.ts";
import { ProgressBar } from "../progress.ts";

/** The options of `cocrea opinions`, as commander parses them. */
export interface OpinionsFlags {
  json?: string;
  seed: string;
  replay?: boolean;
  challenge?: string;
  data?: string;
}

/** Maps the opinions of the Pol.is export at `path`, or with `--challenge` imports it into that challenge. */
export async function mapOpinions(path: string, flags: OpinionsFlags, io: CliIo): Promise<void> {
  if (flags.challenge !== undefined) await importIntoChallenge(path, flags.challenge, flags, io);
  else await runOpinions(path, flags, io);
}

async function runOpinions(path: string, flags: OpinionsFlags, io: CliIo): Promise<void> {
  const seed = Number(flags.seed);
  if (!Number.isInteger(seed)) {
    throw new AppError("invalid-input", `--seed must be an integer, got "${flags.seed}"`, { field: "seed" });
  }
  const started = performance.now();
  const reading = new ProgressBar("reading votes", io.stderr);
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
  const computing = new ProgressBar("opinion map", io.stderr);
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
  await writeJsonOutput(result, flags.json, io.stdout);
}

/** Reads the export, then writes it into the challenge and computes its opinion map, printing what was imported. */
async function importIntoChallenge(
  path: string,
  challengeId: string,
  flags: OpinionsFlags,
  io: CliIo,
): Promise<void> {
  const reading = new ProgressBar("reading votes", io.stderr);
  const data = await readPolisExport(path, { onBytes: (done, total) => reading.update(done, total) });
  reading.done();
  // The database and the server's logger load only here: mapping a file needs neither.
  const { loadConfig } = await import("../../config.ts");
  const { applyMigrations } = await import("../../db/migrate.ts");
  const { openDatabase } = await import("../../db/open-database.ts");
  const { importConversationOffline } = await import("../../domain/conversations/import-conversation.ts");
  const { createLogger } = await import("../../logger.ts");
  const config = loadConfig(flags.data === undefined ? {} : { data: flags.data });
  const logger = createLogger("warn");
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, logger });
  try {
    await applyMigrations(database.pool);
    const imported = await importConversationOffline(database.db, challengeId, data, async (input) =>
      computeOpinionMap(input.votes, input.options),
    );
    await writeJsonOutput({ challenge: challengeId, imported }, flags.json, io.stdout);
  } finally {
    await database.close();
  }
}

const round = (seconds: number) => Math.round(seconds * 1000) / 1000;
