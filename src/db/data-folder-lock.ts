// Claims the embedded database's data folder for this process, clearing what a server killed outright left running.
import { readFileSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Logger } from "pino";

/** Whether a process runs (EPERM: it runs under another user, as PostgreSQL does when we are root). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The command line of a process, where the system shows it (Linux); undefined elsewhere. */
function commandLine(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return undefined;
  }
}

async function pidIn(file: string): Promise<number | undefined> {
  const text = await readFile(file, "utf8").catch(() => "");
  const pid = Number.parseInt(text.split("\n")[0] ?? "", 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function exitedWithin(pid: number, ms: number): Promise<boolean> {
  for (let waited = 0; waited < ms; waited += 100) {
    if (!isAlive(pid)) return true;
    await sleep(100);
  }
  return !isAlive(pid);
}

/** The error a person reads when another live process uses the folder: the cause and what to do. */
export class DataFolderInUseError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `the data folder ${dataDir} is in use by another Cocrea process (pid ${pid}): stop that process first, or give this one another folder with --data`,
    );
  }
}

/**
 * Claims `dataDir` for this process. A live Cocrea process holding it stops us with DataFolderInUseError; a
 * postmaster still running on `databaseDir` after its server died is stopped (fast shutdown, then harder) first.
 */
export async function claimDataFolder(dataDir: string, databaseDir: string, logger: Logger): Promise<void> {
  const lockFile = join(dataDir, "server.pid");
  const holder = await pidIn(lockFile);
  if (holder !== undefined && holder !== process.pid && isAlive(holder)) {
    const command = commandLine(holder);
    if (command === undefined || /node|cocrea/.test(command)) throw new DataFolderInUseError(dataDir, holder);
  }
  const postmaster = await pidIn(join(databaseDir, "postmaster.pid"));
  if (postmaster !== undefined && isAlive(postmaster)) {
    const command = commandLine(postmaster);
    if (command === undefined || command.includes("postgres")) {
      logger.warn(
        { postmasterPid: postmaster },
        "stopping the embedded PostgreSQL left running by a Cocrea process that ended",
      );
      for (const [signal, waitMs] of [
        ["SIGINT", 10_000],
        ["SIGQUIT", 3_000],
        ["SIGKILL", 2_000],
      ] as const) {
        try {
          process.kill(postmaster, signal);
        } catch {
          break;
        }
        if (await exitedWithin(postmaster, waitMs)) break;
      }
    }
  }
  await writeFile(lockFile, `${process.pid}\n`);
}

/** Releases the folder if this process holds it. */
export async function releaseDataFolder(dataDir: string): Promise<void> {
  const lockFile = join(dataDir, "server.pid");
  if ((await pidIn(lockFile)) === process.pid) await rm(lockFile, { force: true });
}
