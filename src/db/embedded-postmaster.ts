// Runs the embedded PostgreSQL's postmaster as our own child: started, watched, restarted when it dies, stopped in time.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { promisify } from "node:util";
import type { Logger } from "pino";

const run = promisify(execFile);

export interface PostmasterOptions {
  /** The `postgres` binary. */
  binary: string;
  databaseDir: string;
  port: number;
  flags: string[];
  logger: Logger;
}

/** How a postmaster's start failed: the cause in PostgreSQL's own words, for the error the person reads. */
export class PostmasterStartError extends Error {
  constructor(
    readonly output: string,
    readonly lockHeld: boolean,
  ) {
    super(lastLines(output) || "the embedded PostgreSQL exited while starting");
  }
}

function lastLines(output: string): string {
  return output.trim().split("\n").slice(-3).join(" | ");
}

/** The user PostgreSQL runs as: itself when we are not root (it refuses root), else `postgres`. */
async function runAs(): Promise<{ uid?: number; gid?: number }> {
  if (process.getuid?.() !== 0) return {};
  const [uid, gid] = await Promise.all([run("id", ["-u", "postgres"]), run("id", ["-g", "postgres"])]);
  return { uid: Number(uid.stdout), gid: Number(gid.stdout) };
}

/**
 * One postmaster. It runs in its own process group, so a Ctrl-C in the terminal reaches only the server, which then
 * closes its connections before stopping the database (no "terminating connection" errors on a clean stop).
 */
export class Postmaster {
  private child: ChildProcess | undefined;
  private stopping = false;
  private readonly exitListeners: Array<(code: number | null, signal: string | null) => void> = [];

  constructor(private readonly options: PostmasterOptions) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Called when the postmaster exits while nobody asked it to stop. */
  onUnexpectedExit(listener: (code: number | null, signal: string | null) => void): void {
    this.exitListeners.push(listener);
  }

  /** Starts it and resolves once it accepts connections; rejects with PostgreSQL's own words when it cannot. */
  async start(): Promise<void> {
    const { binary, databaseDir, port, flags, logger } = this.options;
    const ids = await runAs();
    const child = spawn(binary, ["-D", databaseDir, "-p", String(port), ...flags], {
      ...ids,
      detached: true,
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, LC_MESSAGES: "C" },
    });
    this.stopping = false;
    this.child = child;
    let output = "";
    await new Promise<void>((resolve, reject) => {
      let ready = false;
      child.stderr?.on("data", (chunk: Buffer) => {
        const text = chunk.toString("utf8");
        logger.debug({ postgres: text.trim() }, "embedded postgres");
        if (ready) return;
        output += text;
        if (output.includes("database system is ready to accept connections")) {
          ready = true;
          resolve();
        }
      });
      child.once("error", reject);
      child.once("exit", (code, signal) => {
        if (this.child === child) this.child = undefined;
        if (!ready) {
          reject(
            new PostmasterStartError(output, output.includes('lock file "postmaster.pid" already exists')),
          );
          return;
        }
        if (!this.stopping) for (const listener of this.exitListeners) listener(code, signal);
      });
    });
  }

  /**
   * Stops it: a fast shutdown (SIGINT: sessions ended, data checkpointed), then an immediate one (SIGQUIT) if it
   * lingers, then SIGKILL; resolves when it has exited, at the latest after about `withinMs`.
   */
  async stop(withinMs = 4_000): Promise<void> {
    const child = this.child;
    this.stopping = true;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    const steps: Array<[NodeJS.Signals, number]> = [
      ["SIGINT", withinMs * 0.85],
      ["SIGQUIT", withinMs * 0.1],
      ["SIGKILL", withinMs * 0.05],
    ];
    for (const [signal, waitMs] of steps) {
      child.kill(signal);
      let timer: NodeJS.Timeout | undefined;
      const late = await Promise.race([
        exited.then(() => false),
        new Promise<boolean>((resolve) => {
          timer = setTimeout(() => resolve(true), waitMs);
        }),
      ]);
      clearTimeout(timer);
      if (!late) return;
    }
  }
}
