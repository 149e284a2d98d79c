// The `cocrea` command line: one file per command under commands/, loaded only when called; runs in-process on
// any argument list and any output streams, and gives back the exit code.
import { Command, CommanderError } from "commander";
import { formatCliError } from "./cli-error.ts";
import { type CliIo, processIo } from "./output.ts";

/** Every command: its module registers its options and action on the program. */
const commands: Record<string, () => Promise<{ register(program: Command, io: CliIo): void }>> = {
  serve: () => import("./commands/serve.ts"),
  migrate: () => import("./commands/migrate.ts"),
  opinions: () => import("./commands/opinions.ts"),
  sentiment: () => import("./commands/sentiment.ts"),
  cluster: () => import("./commands/cluster.ts"),
  audit: () => import("./commands/audit.ts"),
};

/**
 * Runs `cocrea` on `args` (the words after the command's name) and resolves with its exit code: 0 on success, the
 * usage error's code from commander, 1 on any other error (one line on `io.stderr`; the stack with `--debug`).
 * Commands that keep running (serve) resolve once started.
 */
export async function runCli(args: readonly string[], io: CliIo = processIo): Promise<number> {
  const program = new Command("cocrea")
    .description("Cocrea: co-creation platform, from conversation to action.")
    .option("--debug", "print stack traces on errors")
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });

  const wanted = args[0];
  const names = wanted && wanted in commands ? [wanted] : Object.keys(commands);
  for (const name of names) {
    const load = commands[name];
    if (load) (await load()).register(program, io);
  }

  try {
    await program.parseAsync([...args], { from: "user" });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    io.stderr.write(`${formatCliError(error, program.opts<{ debug?: boolean }>().debug === true)}\n`);
    return 1;
  }
}
