// The `cocrea` command line: one file per command under commands/, loaded only when called.
import { Command } from "commander";
import { formatCliError } from "./cli-error.ts";

/** Every command: its module registers its options and action on the program. */
const commands: Record<string, () => Promise<{ register(program: Command): void }>> = {
  serve: () => import("./commands/serve.ts"),
  migrate: () => import("./commands/migrate.ts"),
  opinions: () => import("./commands/opinions.ts"),
  sentiment: () => import("./commands/sentiment.ts"),
  cluster: () => import("./commands/cluster.ts"),
  audit: () => import("./commands/audit.ts"),
};

const program = new Command("cocrea")
  .description("Cocrea: co-creation platform, from conversation to action.")
  .option("--debug", "print stack traces on errors")
  .showHelpAfterError();

const wanted = process.argv[2];
const names = wanted && wanted in commands ? [wanted] : Object.keys(commands);
for (const name of names) {
  const load = commands[name];
  if (load) (await load()).register(program);
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  console.error(formatCliError(error, program.opts<{ debug?: boolean }>().debug === true));
  // Exit at once: an open handle (a pool, a child process) must not keep a failed command alive.
  process.exit(1);
}
