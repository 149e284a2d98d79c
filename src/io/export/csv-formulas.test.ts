// Formula injection, checked by the spreadsheet engine itself: LibreOffice (headless) opens our CSV and writes back
// what its cells show. A cell it ran as a formula shows the result (=1+1 → 2), a text cell shows its text.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { VoteList } from "../../analysis/opinions/vote-matrix.ts";
import { toCsv } from "./csv.ts";
import { polisCommentsCsv } from "./polis-export.ts";

const folder = mkdtempSync(join(tmpdir(), "cocrea-csv-formulas-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const attacks = [
  "=1+1",
  '=HYPERLINK("http://attacker.example","clic")',
  "@SUM(1+1)",
  "-1+2",
  "+1+2",
  "\t=1+1",
];

const votes: VoteList = {
  length: 0,
  participants: [],
  comments: [],
  participant: new Int32Array(0),
  comment: new Int32Array(0),
  value: new Int8Array(0),
  time: new Float64Array(0),
};

/** The files LibreOffice opens, by name; converted in one run, since each start of LibreOffice takes seconds. */
const files: Record<string, string> = {
  raw: `a\r\n${attacks[0]}\r\n"${attacks[1]?.replaceAll('"', '""')}"\r\n`,
  table: toCsv(["body", "count"], [...attacks.map((text) => [text, -3]), ["plain", 4]]),
  comments: polisCommentsCsv(
    votes,
    attacks.map((body, i) => ({ id: String(i), body, moderated: 1, meta: false })),
  ),
};

/** The cells LibreOffice shows for each file (UTF-8, comma-separated), as written back by its own CSV filter. */
const shown: Record<string, string[][]> = {};
beforeAll(() => {
  for (const [name, csv] of Object.entries(files)) writeFileSync(join(folder, `${name}.csv`), csv);
  const out = join(folder, "out");
  execFileSync(
    "soffice",
    [
      "--headless",
      "--infilter=CSV:44,34,76,1",
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1",
      "--outdir",
      out,
      ...Object.keys(files).map((name) => join(folder, `${name}.csv`)),
    ],
    { env: { ...process.env, HOME: folder }, stdio: "ignore", timeout: 110_000 },
  );
  for (const name of Object.keys(files)) {
    const rows: string[][] = parse(readFileSync(join(out, `${name}.csv`), "utf8"), {
      bom: true,
      relax_column_count: true,
    });
    shown[name] = rows.slice(1);
  }
}, 120_000);

describe("CSV exports opened in a spreadsheet", () => {
  it("the engine runs formulas of unneutralized text (the check can tell)", () => {
    expect(shown.raw).toEqual([["2"], ["clic"]]);
  });

  it("shows every cell of a table export as the text written, never a formula's result", () => {
    const table = shown.table ?? [];
    expect(table.map((row) => row[0])).toEqual([...attacks.map((text) => `'${text}`), "plain"]);
    expect(table.map((row) => row[1])).toEqual([...attacks.map(() => "-3"), "4"]);
  });

  it("shows the statements of a Pol.is export as text too", () => {
    expect((shown.comments ?? []).map((row) => row[7])).toEqual(attacks.map((text) => `'${text}`));
  });
});
