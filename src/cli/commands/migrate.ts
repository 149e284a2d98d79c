// `cocrea migrate`: applies pending database migrations and exits.
import type { Command } from "commander";
import { loadConfig } from "../../config.ts";
import { applyMigrations } from "../../db/migrate.ts";
import { openDatabase } from "../../db/open-database.ts";
import { createLogger } from "../../logger.ts";

export function register(program: Command): void {
  program
    .command("migrate")
    .description("apply pending database migrations (serve also does it at start-up)")
    .option("--data <dir>", "data folder of the embedded database (env COCREA_DATA, default ./.cocrea)")
    .action(async (options: { data?: string }) => {
      const config = loadConfig(options);
      const logger = createLogger(config.logLevel);
      const database = await openDatabase({
        databaseUrl: config.databaseUrl,
        dataDir: config.dataDir,
        logger,
      });
      try {
        await applyMigrations(database.pool);
        logger.info("migrations applied");
      } finally {
        await database.close();
      }
    });
}
