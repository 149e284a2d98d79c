// `cocrea serve`: runs the web app and API; stops the embedded database cleanly on Ctrl-C or SIGTERM.
import type { Command } from "commander";

/** Registers `cocrea serve`; the server loads only when the command runs. */
export function register(program: Command): void {
  program
    .command("serve")
    .description("start Cocrea (embedded PostgreSQL unless DATABASE_URL is set)")
    .option("--port <port>", "HTTP port (env PORT, default 3000)")
    .option("--host <host>", "interface to listen on (env HOST, default localhost)")
    .option("--data <dir>", "data folder of the embedded database (env COCREA_DATA, default ./.cocrea)")
    .option("--demo", "create the demo workspace when missing")
    .option("--no-demo", "do not create the demo workspace")
    .action(async (options: { port?: string; host?: string; data?: string; demo?: boolean }) => {
      const { loadConfig } = await import("../../config.ts");
      const { startServer } = await import("../../server/start-server.ts");
      const config = loadConfig(options);
      const server = await startServer(config);
      let signals = 0;
      const shutdown = (signal: string) => {
        signals += 1;
        if (signals > 1) process.exit(1);
        server.logger.info({ signal }, "stopping");
        server.stop().then(
          () => process.exit(0),
          (error: unknown) => {
            server.logger.error({ err: error }, "error while stopping");
            process.exit(1);
          },
        );
      };
      process.on("SIGINT", () => shutdown("SIGINT"));
      process.on("SIGTERM", () => shutdown("SIGTERM"));
    });
}
