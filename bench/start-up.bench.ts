// Start-up of the `cocrea` command: the compiled dist/ against the same sources run through tsx, with hyperfine.
import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import type { BenchSection } from "./run.ts";

interface Timing {
  command: string;
  mean: number;
  stddev: number;
  user: number;
  system: number;
}

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${result.status}`);
  return result.stdout;
}

/** hyperfine's mean wall time and mean user and system CPU of each command, in seconds. */
async function hyperfine(dir: string, runs: number, commands: string[]): Promise<Timing[]> {
  const out = join(dir, "hyperfine.json");
  run("hyperfine", [
    "--warmup",
    "1",
    "--runs",
    String(runs),
    "--export-json",
    out,
    "--style",
    "none",
    ...commands,
  ]);
  const { results } = JSON.parse(await readFile(out, "utf8")) as { results: Timing[] };
  return results;
}

const row = (name: string, t: Timing) =>
  `| ${name} | ${t.mean.toFixed(3)} ± ${t.stddev.toFixed(3)} | ${t.user.toFixed(3)} | ${t.system.toFixed(3)} |`;

export const section: BenchSection = {
  title: "Start-up of the `cocrea` command",
  async run() {
    if (spawnSync("hyperfine", ["--version"]).status !== 0)
      return "hyperfine is not installed (Debian package).";
    run(process.execPath, ["bin/build.js"]);
    const dir = await mkdtemp(join(tmpdir(), "cocrea-start-up-"));
    try {
      const data = join(dir, "data");
      const load = loadavg()[0]?.toFixed(1);
      const help = await hyperfine(dir, 10, [
        "node bin/cocrea.js --help",
        "node bin/run-ts.js src/cli/cocrea.ts --help",
      ]);
      // The warm-up run creates the data folder (a new cluster and its migrations): the timed runs reuse it.
      const serve = await hyperfine(dir, 5, [
        `node bench/serve-ready.js ${data} 3917`,
        `node bench/serve-ready.js ${data} 3917 --tsx`,
      ]);
      const ready = run(process.execPath, ["bench/serve-ready.js", data, "3917"]).trim();
      const [compiledHelp, tsxHelp, compiledServe, tsxServe] = [...help, ...serve] as Timing[];
      return [
        "Seconds, hyperfine mean ± standard deviation of the wall time, and mean CPU time of the process and its",
        "children. Compiled: `bin/cocrea.js` running dist/ (built by `npm install`'s prepare step); tsx: the same",
        "sources compiled at each start through tsx, as the command ran before dist/. `serve` is timed from the start",
        "of the process to its first answer (`GET /api/v1/session`) and its clean stop, on an existing data folder",
        `(the embedded PostgreSQL starts, migrations are checked); its first answer came after ${ready} ms.`,
        `Load average at the start: ${load} (the machine is shared: CPU time is the steadier figure).`,
        "",
        "| command | wall (s) | user CPU (s) | system CPU (s) |",
        "|---|---|---|---|",
        row("`cocrea --help`, compiled", compiledHelp as Timing),
        row("`cocrea --help`, tsx", tsxHelp as Timing),
        row("`cocrea serve` to first answer and stop, compiled", compiledServe as Timing),
        row("`cocrea serve` to first answer and stop, tsx", tsxServe as Timing),
      ].join("\n");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
