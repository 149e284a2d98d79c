// A tiny shell loop that stops the embedded PostgreSQL when its server process dies without stopping it (kill -9).
import { type ChildProcess, spawn } from "node:child_process";

/**
 * While both live, checks every second that the server `serverPid` still runs; once it is gone, asks the postmaster
 * `postmasterPid` for a fast shutdown. Ends by itself when the postmaster ends. It runs in its own process group and
 * does not keep us alive; `/bin/sh` costs far less than a second Node process. Not on Windows.
 */
export function watchPostmaster(serverPid: number, postmasterPid: number): ChildProcess | undefined {
  if (process.platform === "win32") return undefined;
  const script = [
    'while kill -0 "$1" 2>/dev/null && kill -0 "$2" 2>/dev/null; do sleep 1; done',
    'kill -0 "$1" 2>/dev/null || kill -INT "$2" 2>/dev/null',
  ].join("\n");
  const child = spawn(
    "/bin/sh",
    ["-c", script, "cocrea-watchdog", String(serverPid), String(postmasterPid)],
    {
      detached: true,
      stdio: "ignore",
    },
  );
  child.on("error", () => {});
  child.unref();
  return child;
}
