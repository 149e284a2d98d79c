// `cocrea migrate`: applies pending database migrations and exits.
import type { Command } from "commander";

/** Registers `cocrea migrate`; the database code loads only when the command runs. */
export function register(program: Command): void {
  program
    .command("migrate")
    .description("apply pending database migrations (serve also does it at start-up)")
    .option("--data <dir>", "data folder of the embedded database (env COCREA_DATA, default ./.cocrea)")
    .action(async (options: { data?: string }) => {
      const { loadConfig } = await import("../../config.ts");
      const { applyMigrations } = await import("../../db/migrate.ts");
      const { openDatabase } = await import("../../db/open-database.ts");
      const { createLogger } = await import("../../logger.ts");
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
