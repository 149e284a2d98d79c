import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

// The commands' own tests run the command line in-process; these two start the real `bin/cocrea.js`, as a user does
// (the compiled dist/ when it is current, else the sources through tsx).
const run = promisify(execFile);
const bin = new URL("../../bin/cocrea.js", import.meta.url).pathname;

async function cocrea(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], {
      env: { ...process.env, TZ: "UTC" },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

describe("the cocrea command", () => {
  it("lists every command in its help and exits 0", { timeout: 30_000 }, async () => {
    const { code, stdout } = await cocrea("--help");
    expect(code).toBe(0);
    for (const command of ["serve", "migrate", "opinions", "sentiment", "cluster"]) {
      expect(stdout).toMatch(new RegExp(`^  ${command} `, "m"));
    }
  });

  it("exits 1 with one line naming a file it cannot read", { timeout: 30_000 }, async () => {
    const { code, stdout, stderr } = await cocrea("sentiment", "/nonexistent/texts.csv", "--text", "text");
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr.trimEnd().split("\n").at(-1)).toBe(
      "cocrea: /nonexistent/texts.csv: cannot read /nonexistent/texts.csv: no such file (invalid-file)",
    );
  });
});
