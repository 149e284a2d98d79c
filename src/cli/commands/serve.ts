// `cocrea serve`: runs the web app and API and/or the worker; stops the embedded database cleanly on Ctrl-C, SIGTERM
// or its parent's end.
import type { Command } from "commander";

/** A stop that has not finished by then is cut short: whatever the database's state, SIGTERM ends us within 5 s. */
const stopDeadlineMs = 4_500;

/** Registers `cocrea serve`; the server loads only when the command runs. */
export function register(program: Command): void {
  program
    .command("serve")
    .description("start Cocrea (embedded PostgreSQL unless DATABASE_URL is set)")
    .option("--port <port>", "HTTP port (env PORT, default 3000)")
    .option("--host <host>", "interface to listen on (env HOST, default localhost)")
    .option("--data <dir>", "data folder of the embedded database (env COCREA_DATA, default ./.cocrea)")
    .option(
      "--roles <roles>",
      "web (HTTP, live channel), worker (jobs and periodic tasks, no HTTP), or web,worker (env COCREA_ROLES, default both)",
    )
    .option("--demo", "create the demo workspace when missing")
    .option("--no-demo", "do not create the demo workspace")
    .action(
      async (options: { port?: string; host?: string; data?: string; roles?: string; demo?: boolean }) => {
        const { loadConfig } = await import("../../config.ts");
        const { demoAccount } = await import("../../domain/demo/create-demo-workspace.ts");
        const { boxed } = await import("../../logger.ts");
        const { startServer } = await import("../../server/start-server.ts");
        const { watchParent } = await import("../watch-parent.ts");
        const config = loadConfig(options);
        const server = await startServer(config);
        if (server.demoCreated) {
          // The demo password is public (it is in the README); it is shown to the person, outside the log lines.
          process.stdout.write(
            `${boxed([
              "Demo workspace created:",
              `sign in as ${demoAccount.email} with the password ${demoAccount.password}`,
            ])}\n`,
          );
        }
        let stopping = false;
        const shutdown = (signal: string) => {
          if (stopping) return;
          stopping = true;
          server.logger.info({ signal }, "stopping");
          const deadline = setTimeout(() => {
            server.logger.warn({ signal }, "the stop took too long; leaving now");
            void server.database.kill().finally(() => process.exit(1));
          }, stopDeadlineMs);
          server.stop().then(
            () => {
              clearTimeout(deadline);
              process.exit(0);
            },
            (error: unknown) => {
              server.logger.error({ err: error }, "error while stopping");
              process.exit(1);
            },
          );
        };
        process.on("SIGINT", () => shutdown("SIGINT"));
        process.on("SIGTERM", () => shutdown("SIGTERM"));
        process.on("SIGHUP", () => shutdown("SIGHUP"));
        // npm and npx do not always pass signals on: when the process that started us ends, we stop too.
        watchParent(() => shutdown("parent-exited"));
        server.database.onFatal((error) => {
          server.logger.fatal(
            { err: error },
            "the database cannot be recovered; stopping so a supervisor restarts us",
          );
          void server.stop().finally(() => process.exit(1));
        });
      },
    );
}
