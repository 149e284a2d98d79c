import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliRun, runCocrea } from "../../../test/support/run-cli-in-process.ts";

const fixture = "test/fixtures/sentiment/allocine-test-200.csv";
const emotionKeys = ["anger", "anticipation", "disgust", "fear", "joy", "sadness", "surprise", "trust"];

function cocrea(...args: string[]): Promise<CliRun> {
  return runCocrea(["sentiment", ...args]);
}

interface Item {
  id: string;
  polarity: string;
  score: number;
  emotions: Record<string, number>;
}

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "cocrea-sentiment-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("cocrea sentiment", () => {
  it("scores 200 French movie reviews well above chance, in the contract's form", async () => {
    const out = join(dir, "allocine.json");
    const run = await cocrea(fixture, "--text", "text", "--id", "id", "--lang", "fr", "--json", out);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const { items } = JSON.parse(await readFile(out, "utf8")) as { items: Item[] };
    expect(items).toHaveLength(200);
    expect(items[0]?.id).toBe("review-001");
    for (const item of items) {
      expect(["negative", "neutral", "positive"]).toContain(item.polarity);
      expect(item.score).toBeGreaterThanOrEqual(-1);
      expect(item.score).toBeLessThanOrEqual(1);
      expect(Object.keys(item.emotions).sort()).toEqual(emotionKeys);
      for (const value of Object.values(item.emotions)) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
      }
    }
    const labels = (await readFile(fixture, "utf8")).trimEnd().split("\n").slice(1);
    const csvLabels: string[] = [];
    for (const line of labels) if (/,[01]$/.test(line)) csvLabels.push(line.slice(-1));
    expect(csvLabels).toHaveLength(200);
    let correct = 0;
    items.forEach((item, i) => {
      if ((item.polarity === "positive") === (csvLabels[i] === "1")) correct += 1;
    });
    expect(correct / items.length).toBeGreaterThan(0.8);
  }, 60_000);

  it("uses the 0-based row index as id, reads JSONL and writes to stdout by default", async () => {
    const file = join(dir, "short.jsonl");
    await writeFile(
      file,
      `${JSON.stringify({ body: "Je ne suis pas content du tout" })}\n${JSON.stringify({ body: "I love it 😍" })}\n`,
    );
    const run = await cocrea(file, "--text", "body");
    expect(run.code).toBe(0);
    const { items } = JSON.parse(run.stdout) as { items: Item[] };
    expect(items.map((item) => item.id)).toEqual(["0", "1"]);
    expect(items.map((item) => item.polarity)).toEqual(["negative", "positive"]);
  }, 30_000);

  it("refuses a missing column and names the columns present", async () => {
    const run = await cocrea(fixture, "--text", "texte");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'allocine-test-200.csv:1: column "texte" not found (columns: id, text, label)',
    );
    expect(run.stderr).toContain("(missing-column)");
  }, 30_000);

  it("refuses a missing --id column", async () => {
    const run = await cocrea(fixture, "--text", "text", "--id", "uuid");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('column "uuid" not found');
  }, 30_000);

  it("refuses an empty file and a file with no data rows", async () => {
    const empty = join(dir, "empty.csv");
    await writeFile(empty, "");
    const header = join(dir, "header.csv");
    await writeFile(header, "text\n");
    const runEmpty = await cocrea(empty, "--text", "text");
    expect(runEmpty.code).toBe(1);
    expect(runEmpty.stderr).toContain("empty.csv: the file is empty (empty-input)");
    const runHeader = await cocrea(header, "--text", "text");
    expect(runHeader.code).toBe(1);
    expect(runHeader.stderr).toContain("header.csv: the file has no data rows (empty-input)");
  }, 30_000);

  it("refuses a file that is not UTF-8 and gives the line", async () => {
    const file = join(dir, "latin1.csv");
    await writeFile(file, Buffer.from("text\nbien\ntr\xe8s bien\n", "latin1"));
    const run = await cocrea(file, "--text", "text");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("latin1.csv:3: the file is not valid UTF-8 text");
  }, 30_000);

  it("refuses an unreadable CSV row with its line number", async () => {
    const file = join(dir, "broken.csv");
    await writeFile(file, "id,text\n1,bien\n2,trop,de,colonnes\n");
    const out = join(dir, "broken.json");
    const run = await cocrea(file, "--text", "text", "--json", out);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/broken\.csv:3: cannot read this CSV row/);
    // No half-written result is left behind.
    expect((await readdir(dir)).filter((name) => name.startsWith("broken.json"))).toEqual([]);
  }, 30_000);

  it("refuses an unreadable JSONL line with its line number", async () => {
    const file = join(dir, "broken.jsonl");
    await writeFile(file, '{"text":"bien"}\n{"text": oups}\n');
    const run = await cocrea(file, "--text", "text");
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/broken\.jsonl:2(:\d+)?: this line is not valid JSON/);
  }, 30_000);

  it("refuses a JSONL text that is a number in one line naming line and field, and writes no result", async () => {
    const file = join(dir, "numbers.jsonl");
    const out = join(dir, "numbers.json");
    await writeFile(file, '{"id": 1, "text": "bien"}\n{"id": 2, "text": 12}\n');
    const run = await cocrea(file, "--text", "text", "--id", "id", "--json", out);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toEqual([
      'cocrea: numbers.jsonl:2: field "text" must be a JSON string, got a number (write it in quotes if it is text) (invalid-input)',
    ]);
    expect(await readdir(dir)).not.toContain("numbers.json");
  }, 30_000);

  it("refuses a missing file and an unknown language", async () => {
    const missing = await cocrea(join(dir, "nowhere.csv"), "--text", "text");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("no such file (invalid-file)");
    const lang = await cocrea(fixture, "--text", "text", "--lang", "de");
    expect(lang.code).toBe(1);
    expect(lang.stderr).toContain('--lang must be one of auto, fr, en (got "de") (invalid-input)');
  }, 30_000);
});
