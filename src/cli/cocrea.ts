// The `cocrea` command's entry: runs the command line on the process's arguments and streams.
import { runCli } from "./run-cli.ts";

const code = await runCli(process.argv.slice(2));
// Exit at once on failure: an open handle (a pool, a child process) must not keep a failed command alive.
if (code !== 0) process.exit(code);
