import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliRun, runCocrea } from "../../../test/support/run-cli-in-process.ts";
import { nmi } from "../../analysis/text/agreement.ts";

const root = new URL("../../../", import.meta.url).pathname;
const fixture = "test/fixtures/topics/sib-200-fr-300.csv";

interface Output {
  groups: {
    id: string;
    label: string;
    keywords: string[];
    size: number;
    members: string[];
    representatives: string[];
    quotes?: string[];
    trend?: string;
  }[];
  unassigned: string[];
  nearDuplicates: string[][];
  stats: { documents: number; seconds: number; k: number; languages: Record<string, number> };
}

function cocrea(...args: string[]): Promise<CliRun> {
  return runCocrea(args);
}

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "cocrea-cluster-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("cocrea cluster", () => {
  it("groups the SIB-200 sentences in agreement with their topics", { timeout: 60_000 }, async () => {
    const { stdout, code } = await cocrea(
      "cluster",
      fixture,
      "--text",
      "text",
      "--id",
      "index_id",
      "--k",
      "7",
      "--quotes",
      "--json",
      "-",
    );
    expect(code).toBe(0);
    const output = JSON.parse(stdout) as Output;
    const rows = parse(await readFile(join(root, fixture)), { columns: true }) as Record<string, string>[];
    expect(output.stats.documents).toBe(300);
    expect(output.groups.length).toBe(7);
    const groupOf = new Map<string, string>();
    for (const group of output.groups) {
      expect(group.size).toBe(group.members.length);
      expect(group.label.length).toBeGreaterThan(0);
      expect(group.keywords.length).toBeGreaterThan(0);
      for (const id of group.representatives) expect(group.members).toContain(id);
      expect(group.quotes?.length).toBe(group.representatives.length);
      for (const id of group.members) groupOf.set(id, group.id);
    }
    for (const id of output.unassigned) groupOf.set(id, "unassigned");
    expect(groupOf.size).toBe(300);
    const score = nmi(
      rows.map((row) => groupOf.get(row.index_id as string) as string),
      rows.map((row) => row.category as string),
    );
    expect(score).toBeGreaterThan(0.07);
  });

  it("reads JSONL, uses row indices as ids and reports trends from dates", { timeout: 60_000 }, async () => {
    const lines: string[] = [];
    const topics = ["pistes cyclables sûres", "bus de nuit fréquents", "cantine scolaire bio"];
    for (let i = 0; i < 90; i++) {
      const topic = topics[i % 3] as string;
      const day = topic.startsWith("bus") ? 20 + (i % 10) : 1 + (i % 28);
      lines.push(
        JSON.stringify({
          body: `Je voudrais des ${topic} dans mon quartier ${i}`,
          when: `2024-03-${String(day).padStart(2, "0")}`,
        }),
      );
    }
    const file = join(dir, "ideas.jsonl");
    await writeFile(file, `${lines.join("\n")}\n`);
    const out = join(dir, "ideas.json");
    const { code } = await cocrea(
      "cluster",
      file,
      "--text",
      "body",
      "--date",
      "when",
      "--k",
      "3",
      "--json",
      out,
    );
    expect(code).toBe(0);
    const output = JSON.parse(await readFile(out, "utf8")) as Output;
    const all = [...output.groups.flatMap((group) => group.members), ...output.unassigned].sort(
      (a, b) => Number(a) - Number(b),
    );
    expect(all).toEqual(Array.from({ length: 90 }, (_, i) => String(i)));
    const bus = output.groups.find((group) => group.label.includes("bus"));
    expect(bus?.trend).toBe("growing");
  });

  it("is deterministic for a seed", { timeout: 60_000 }, async () => {
    const args = ["cluster", fixture, "--text", "text", "--k", "auto", "--seed", "3", "--json", "-"];
    const a = JSON.parse((await cocrea(...args)).stdout) as Output;
    const b = JSON.parse((await cocrea(...args)).stdout) as Output;
    expect(a.groups.map((group) => group.members)).toEqual(b.groups.map((group) => group.members));
  });

  it("names a missing column and the columns present", async () => {
    const { stderr, code } = await cocrea("cluster", fixture, "--text", "body");
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(
      'cocrea: sib-200-fr-300.csv:1: column "body" not found (columns: index_id, category, text) (missing-column)',
    );
  });

  it("refuses an empty file", async () => {
    const file = join(dir, "empty.csv");
    await writeFile(file, "");
    const { stderr, code } = await cocrea("cluster", file, "--text", "text");
    expect(code).toBe(1);
    expect(stderr).toContain("empty.csv: the file is empty (empty-input)");
  });

  it("refuses a file with a header and no rows", async () => {
    const file = join(dir, "header.csv");
    await writeFile(file, "id,text\n");
    const { stderr, code } = await cocrea("cluster", file, "--text", "text");
    expect(code).toBe(1);
    expect(stderr).toContain("(empty-input)");
  });

  it("points at the line of bad encoding", async () => {
    const file = join(dir, "latin1.csv");
    await writeFile(
      file,
      Buffer.concat([
        Buffer.from("id,text\n1,ok\n2,"),
        Buffer.from([0x63, 0x61, 0x66, 0xe9]),
        Buffer.from("\n"),
      ]),
    );
    const { stderr, code } = await cocrea("cluster", file, "--text", "text");
    expect(code).toBe(1);
    expect(stderr).toContain(
      "latin1.csv:3: the file is not valid UTF-8 text (save it as UTF-8) (invalid-file)",
    );
  });

  it("points at a CSV row that cannot be read", async () => {
    const file = join(dir, "broken.csv");
    await writeFile(file, 'id,text\n1,"fine"\n2,"also fine"\n3,"one",too many\n');
    const { stderr, code } = await cocrea("cluster", file, "--text", "text");
    expect(code).toBe(1);
    expect(stderr).toMatch(/broken\.csv:4: cannot read this CSV row: .* \(invalid-file\)/);
  });

  it("points at a JSONL line that is not JSON", async () => {
    const file = join(dir, "broken.jsonl");
    await writeFile(file, '{"text":"un"}\n{"text":"deux"\n');
    const { stderr, code } = await cocrea("cluster", file, "--text", "text");
    expect(code).toBe(1);
    expect(stderr).toMatch(/broken\.jsonl:2(:\d+)?: this line is not valid JSON \(invalid-file\)/);
  });

  it("refuses a bad --k", async () => {
    const { stderr, code } = await cocrea("cluster", fixture, "--text", "text", "--k", "zero");
    expect(code).toBe(1);
    expect(stderr).toContain('--k must be "auto" or a positive whole number (got "zero") (invalid-input)');
  });
});
