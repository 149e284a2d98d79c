// A progress bar on stderr for long CLI runs; silent when stderr is not a terminal.
import type { Writable } from "node:stream";

/** Reports progress of a long task as a bar with percentage; call done() at the end. */
export class ProgressBar {
  private lastDraw = 0;
  private readonly enabled: boolean;

  constructor(
    private readonly label: string,
    stream: Writable & { isTTY?: boolean } = process.stderr,
    private readonly out = stream,
  ) {
    this.enabled = Boolean(stream.isTTY) && process.env.CI !== "true";
  }

  /** Updates the bar; redraws at most ten times a second. */
  update(done: number, total: number): void {
    if (!this.enabled || total <= 0) return;
    const now = Date.now();
    if (now - this.lastDraw < 100 && done < total) return;
    this.lastDraw = now;
    const ratio = Math.min(1, done / total);
    const width = 30;
    const filled = Math.round(ratio * width);
    const bar = `${"█".repeat(filled)}${"░".repeat(width - filled)}`;
    this.out.write(`\r${this.label} ${bar} ${(ratio * 100).toFixed(0).padStart(3)}%`);
  }

  /** Clears the bar line. */
  done(): void {
    if (this.enabled) this.out.write("\r\x1b[K");
  }
}
