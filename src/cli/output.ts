// Where commands write: the process's streams, or buffers when a test runs the CLI in-process; JSON results.
import { writeFile } from "node:fs/promises";
import type { Writable } from "node:stream";

/** A command's output streams; `stderr.isTTY` decides whether progress bars are drawn. */
export interface CliIo {
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
}

/** The process's own stdout and stderr. */
export const processIo: CliIo = { stdout: process.stdout, stderr: process.stderr };

/** Writes `value` as JSON to `target` ("-" or undefined means `stdout`). */
export async function writeJsonOutput(
  value: unknown,
  target: string | undefined,
  stdout: Writable = process.stdout,
): Promise<void> {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  if (target === undefined || target === "-") {
    await new Promise<void>((resolve, reject) =>
      stdout.write(text, (error) => (error ? reject(error) : resolve())),
    );
  } else {
    await writeFile(target, text, "utf8");
  }
}
