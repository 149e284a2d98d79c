import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cocrea(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["bin/cocrea.js", "audit", ...args],
      { env: { ...process.env, CI: "true" }, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

let dir = "";
let csv = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "cocrea-audit-"));
  const lines = ["id;texte;date;auteur;canal;portée;engagement"];
  for (let d = 1; d <= 20; d++) {
    const day = `2026-03-${String(d).padStart(2, "0")}`;
    lines.push(`n${d};Merci Nantes pour les pistes cyclables, c'est génial;${day};@lea;X;100;3`);
    lines.push(`r${d};"Rennes; la ville du marché de Noël, superbe";${day};@paul;Facebook;400;1`);
  }
  for (let i = 0; i < 25; i++)
    lines.push(`c${i};Nantes : le tram est en panne, c'est nul et honteux;2026-03-21;@u${i};X;10;0`);
  lines.push("x1;;2026-03-21;@z;X;1;0");
  lines.push("x2;Nantes;hier;@z;X;1;0");
  csv = join(dir, "mentions.csv");
  await writeFile(csv, `${lines.join("\n")}\n`);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const columns = [
  "--text",
  "texte",
  "--id",
  "id",
  "--date",
  "date",
  "--author",
  "auteur",
  "--source",
  "canal",
];

describe("cocrea audit", { timeout: 120_000 }, () => {
  it("writes the audit in the contract's form, and a report with every text escaped", async () => {
    const out = join(dir, "audit.json");
    const html = join(dir, "audit.html");
    const run = await cocrea(
      csv,
      ...columns,
      "--reach",
      "portée",
      "--engagement",
      "engagement",
      "--brand",
      "Nantes=nantes",
      "--competitor",
      "Rennes=rennes",
      "--lang",
      "fr",
      "--json",
      out,
      "--html",
      html,
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const result = JSON.parse(await readFile(out, "utf8"));
    expect(
      result.brands.map((b: { name: string; mentions: number; shareOfVoice: number }) => [
        b.name,
        b.mentions,
        b.shareOfVoice,
      ]),
    ).toEqual([
      ["Nantes", 45, 0.6923],
      ["Rennes", 20, 0.3077],
    ]);
    for (const brand of result.brands) {
      expect(Object.keys(brand)).toEqual(
        expect.arrayContaining(["reach", "engagement", "polarity", "netSentiment"]),
      );
    }
    expect(result.items).toHaveLength(65);
    expect(Object.keys(result.items[0])).toEqual(
      expect.arrayContaining(["id", "brands", "polarity", "score", "emotions", "dimensions", "topic"]),
    );
    expect(result.spikes[0]).toMatchObject({ start: "2026-03-21", mentions: 25 });
    expect(result.topics[0]).toEqual(
      expect.objectContaining({ id: "1", label: expect.any(String), size: expect.any(Number) }),
    );
    expect(result.topics[0].quotes.length).toBeGreaterThan(0);
    expect(result.dimensions.map((d: { name: string }) => d.name)).toContain("citizenship");
    expect(result.stats).toMatchObject({ documents: 65, rejected: 2 });
    expect(result.stats.rejections).toEqual([
      expect.objectContaining({ line: 67, field: "text" }),
      expect.objectContaining({ line: 68, field: "date", where: "mentions.csv:68" }),
    ]);
    expect(typeof result.stats.seconds).toBe("number");
    const report = await readFile(html, "utf8");
    expect(report).toContain("<svg");
    expect(report).toContain("Panel: Nantes, Rennes");
    expect(report).not.toContain("<script");
  });

  it("refuses a query with an unbalanced quote in one line naming the flag and column", async () => {
    const run = await cocrea(csv, ...columns, "--brand", 'Nantes=nantes "tram');
    expect(run.code).not.toBe(0);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain("--brand Nantes:1:8");
  });

  it("names a missing column with the file and line", async () => {
    const run = await cocrea(csv, "--text", "body", "--brand", "Nantes=nantes");
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain("mentions.csv:1");
    expect(run.stderr).toContain('column "body"');
  });

  it("compares two results: deltas of every indicator", async () => {
    const a = join(dir, "a.json");
    const b = join(dir, "b.json");
    await cocrea(csv, ...columns, "--brand", "Nantes=nantes", "--competitor", "Rennes=rennes", "--json", a);
    await cocrea(
      csv,
      ...columns,
      "--brand",
      "Nantes=nantes -tram",
      "--competitor",
      "Rennes=rennes",
      "--json",
      b,
    );
    const run = await cocrea("compare", a, b);
    expect(run.code).toBe(0);
    const comparison = JSON.parse(run.stdout);
    expect(comparison.brands[0]).toMatchObject({
      name: "Nantes",
      mentions: { before: 45, after: 20, delta: -25 },
    });
    const broken = join(dir, "broken.json");
    await writeFile(broken, '{\n  "brands": [,]\n}');
    const bad = await cocrea("compare", a, broken);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain("broken.json");
    expect(bad.stderr).toContain("not valid JSON");
  });
});
