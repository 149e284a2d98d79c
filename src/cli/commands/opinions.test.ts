import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliRun, runCocrea } from "../../../test/support/run-cli-in-process.ts";

const root = new URL("../../../", import.meta.url).pathname;
const fixtures = join(root, "test/fixtures/polis");

function cocrea(...args: string[]): Promise<CliRun> {
  return runCocrea(args);
}

interface Output {
  source: string;
  groups: { id: number; members: string[]; representative: { comment: string; direction: string }[] }[];
  consensus: { agree: string[]; disagree: string[] };
  participants: { in: number; total: number };
  k: number;
  seconds: { total: number };
}

let scratch = "";
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "cocrea-opinions-"));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function folderWith(name: string, files: Record<string, string>): Promise<string> {
  const folder = join(scratch, name);
  await rm(folder, { recursive: true, force: true });
  await import("node:fs/promises").then((fs) => fs.mkdir(folder, { recursive: true }));
  for (const [file, text] of Object.entries(files)) await writeFile(join(folder, file), text, "utf8");
  return folder;
}

const COMMENTS =
  "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n1,x,0,1,0,0,1,Yes\n";

describe("cocrea opinions", () => {
  it("maps the $15/hour conversation from votes.csv", async () => {
    const result = await cocrea("opinions", join(fixtures, "15-per-hour-seattle"));
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as Output;
    expect(out.source).toBe("votes.csv");
    expect(out.participants).toEqual({ in: 138, total: 339 });
    expect(out.k).toBe(2);
    expect(out.groups).toHaveLength(2);
    expect(out.groups.reduce((n, g) => n + g.members.length, 0)).toBe(138);
    for (const group of out.groups) {
      expect(group.representative.length).toBeGreaterThan(0);
      for (const r of group.representative) expect(["agree", "disagree"]).toContain(r.direction);
    }
    expect(out.seconds.total).toBeGreaterThan(0);
  }, 30_000);

  it("writes the same groups to --json for the same seed", async () => {
    const a = join(scratch, "a.json");
    const b = join(scratch, "b.json");
    await cocrea("opinions", join(fixtures, "15-per-hour-seattle"), "--json", a, "--seed", "3");
    await cocrea("opinions", join(fixtures, "15-per-hour-seattle"), "--json", b, "--seed", "3");
    const first = JSON.parse(await readFile(a, "utf8")) as Output;
    const second = JSON.parse(await readFile(b, "utf8")) as Output;
    expect(second.groups).toEqual(first.groups);
    expect(second.consensus).toEqual(first.consensus);
  }, 30_000);

  it("reads participants-votes.csv and Pol.is API JSON", async () => {
    const wide = JSON.parse(
      (await cocrea("opinions", join(fixtures, "15-per-hour-seattle-wide"))).stdout,
    ) as Output;
    expect(wide.source).toBe("participants-votes.csv");
    expect(wide.participants.total).toBe(339);
    const api = JSON.parse((await cocrea("opinions", join(fixtures, "below-100-ptpts"))).stdout) as Output;
    expect(api.source).toBe("votes.json");
    expect(api.groups.length).toBeGreaterThanOrEqual(2);
  }, 30_000);

  it("replays the votes' history of a Pol.is export and finds Pol.is's three groups", async () => {
    const result = await cocrea("opinions", join(fixtures, "below-100-ptpts"), "--replay");
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as Output;
    expect(out.source).toBe("votes.json");
    expect(out.k).toBe(3);
    expect(out.groups.reduce((n, g) => n + g.members.length, 0)).toBe(out.participants.in);
  }, 60_000);

  it("refuses --replay without vote times", async () => {
    const result = await cocrea("opinions", join(fixtures, "15-per-hour-seattle-wide"), "--replay");
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("--replay needs the time of each vote");
  }, 30_000);

  it("says when the folder does not exist", async () => {
    const result = await cocrea("opinions", "/nonexistent/conversation");
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      "cocrea: /nonexistent/conversation: no such folder: /nonexistent/conversation (invalid-file)",
    );
  }, 30_000);

  it("says when the folder holds no votes", async () => {
    const folder = await folderWith("empty", { "comments.csv": COMMENTS });
    const result = await cocrea("opinions", folder);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "no Pol.is votes in this folder: expected votes.csv, participants-votes.csv or votes.json (invalid-file)",
    );
  }, 30_000);

  it("says when comments.csv is missing", async () => {
    const folder = await folderWith("no-comments", {
      "votes.csv": "timestamp,datetime,comment-id,voter-id,vote\n1,x,0,7,1\n",
    });
    const result = await cocrea("opinions", folder);
    expect(result.stderr.trim()).toBe(
      `cocrea: ${join(folder, "comments.csv")}: comments.csv not found next to votes.csv (invalid-file)`,
    );
  }, 30_000);

  it("names a missing column", async () => {
    const folder = await folderWith("missing-column", {
      "comments.csv": COMMENTS,
      "votes.csv": "timestamp,datetime,comment-id,vote\n1,x,0,1\n",
    });
    const result = await cocrea("opinions", folder);
    expect(result.stderr.trim()).toBe(
      'cocrea: votes.csv:1: column "voter-id" not found (columns: timestamp, datetime, comment-id, vote) (missing-column)',
    );
  }, 30_000);

  it("points at a vote outside -1, 0, 1", async () => {
    const folder = await folderWith("bad-vote", {
      "comments.csv": COMMENTS,
      "votes.csv": "timestamp,datetime,comment-id,voter-id,vote\n1,x,0,7,1\n2,x,0,8,yes\n",
    });
    const result = await cocrea("opinions", folder);
    expect(result.stderr.trim()).toBe(
      'cocrea: votes.csv:3:5: vote must be -1 (disagree), 0 (pass) or 1 (agree), got "yes" (invalid-input)',
    );
  }, 30_000);

  it("points at an unknown comment id", async () => {
    const folder = await folderWith("unknown-comment", {
      "comments.csv": COMMENTS,
      "votes.csv": "timestamp,datetime,comment-id,voter-id,vote\n1,x,0,7,1\n2,x,42,8,1\n",
    });
    const result = await cocrea("opinions", folder);
    expect(result.stderr.trim()).toBe(
      'cocrea: votes.csv:3:3: unknown comment id "42" (not in comments.csv) (invalid-input)',
    );
  }, 30_000);

  it("refuses a seed that is not an integer", async () => {
    const result = await cocrea("opinions", join(fixtures, "15-per-hour-seattle"), "--seed", "abc");
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('cocrea: --seed must be an integer, got "abc" (invalid-input)');
  }, 30_000);
});
