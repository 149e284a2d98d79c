// Turns any error into the one line the CLI prints: "where: what", stack only with --debug.
import { AppError } from "../errors.ts";

/** Formats an error for the terminal; input errors carry file:line:column. */
export function formatCliError(error: unknown, debug: boolean): string {
  if (error instanceof AppError) {
    const where = error.where ? `${error.where}: ` : "";
    const text = `cocrea: ${where}${error.message} (${error.code})`;
    return debug && error.stack ? `${text}\n${error.stack}` : text;
  }
  if (error instanceof Error) return debug && error.stack ? error.stack : `cocrea: ${error.message}`;
  return `cocrea: ${String(error)}`;
}
