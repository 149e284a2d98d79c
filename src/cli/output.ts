// Writes a command's JSON result to a file, or to stdout for "-" or when no --json is given.
import { writeFile } from "node:fs/promises";

/** Writes `value` as JSON to `target` ("-" or undefined means stdout). */
export async function writeJsonOutput(value: unknown, target: string | undefined): Promise<void> {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  if (target === undefined || target === "-") {
    await new Promise<void>((resolve, reject) =>
      process.stdout.write(text, (error) => (error ? reject(error) : resolve())),
    );
  } else {
    await writeFile(target, text, "utf8");
  }
}
