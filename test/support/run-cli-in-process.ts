// Runs the `cocrea` command line inside the test's process, as the real command would run, and keeps what it
// writes: the same code path as `bin/cocrea.js` minus the process start (commands' own tests use this).
import { Writable } from "node:stream";
import { runCli } from "../../src/cli/run-cli.ts";

/** What one run of the command line gave: its exit code and everything written to stdout and stderr. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `cocrea ...args` in-process; stdout and stderr are collected (not terminals: no progress bars). */
export async function runCocrea(args: readonly string[]): Promise<CliRun> {
  const stdout = collector();
  const stderr = collector();
  const code = await runCli(args, { stdout: stdout.stream, stderr: stderr.stream });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

function collector(): { stream: Writable; text(): string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
      done();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString("utf8") };
}
