import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  damagedBytes,
  delimitedText,
  fuzzRuns,
  jsonlText,
  noise,
  readsOrRefuses,
} from "../../../test/support/import-arbitraries.ts";
import { forEachCsvRecord, MultilineRecord } from "./csv-records.ts";
import { readTable, type TableRow } from "./read-table.ts";

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "cocrea-fuzz-table-"));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

const columns = ["id", "text"];

async function readAll(name: string, bytes: Uint8Array): Promise<TableRow[] | undefined> {
  const file = join(folder, name);
  await writeFile(file, bytes);
  return readsOrRefuses(name, async () => {
    const rows: TableRow[] = [];
    for await (const row of readTable(file, { required: columns })) rows.push(row);
    return rows;
  });
}

/** Rows come in file order, each with a line of the file. */
function linesInOrder(rows: TableRow[], bytes: Uint8Array): boolean {
  const lines = new TextDecoder().decode(bytes).split("\n").length;
  return rows.every((row, i) => row.line >= 1 && row.line <= lines && row.line >= (rows[i - 1]?.line ?? 1));
}

describe("readTable on generated files", () => {
  it("reads or refuses any CSV with a typed error naming file and line", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(damagedBytes(delimitedText(columns)), noise), async (bytes) => {
        const rows = await readAll("ideas.csv", bytes);
        if (rows) expect(linesInOrder(rows, bytes)).toBe(true);
      }),
      fuzzRuns,
    );
  });

  it("reads or refuses any JSONL with a typed error naming file and line", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(damagedBytes(jsonlText(columns)), noise), async (bytes) => {
        const rows = await readAll("ideas.jsonl", bytes);
        if (rows) expect(linesInOrder(rows, bytes)).toBe(true);
      }),
      fuzzRuns,
    );
  });

  it("gives back every field of a well-formed CSV, whatever the text (quotes, commas, line ends)", async () => {
    const text = fc.string({ unit: "grapheme", maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 6 }), async (records) => {
        const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;
        const csv = ["id,text", ...records.map(([a, b]) => `${quote(a)},${quote(b)}`)].join("\n");
        const rows = await readAll("round-trip.csv", new TextEncoder().encode(csv));
        expect(rows?.map((row) => row.fields)).toEqual(records.map(([id, text]) => ({ id, text })));
      }),
      fuzzRuns,
    );
  });
});

describe("forEachCsvRecord on generated files", () => {
  it("reads or refuses any CSV with a typed error naming file and line (or asks for the general reader)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(damagedBytes(delimitedText(columns)), noise), async (bytes) => {
        const file = join(folder, "votes.csv");
        await writeFile(file, bytes);
        await readsOrRefuses("votes.csv", async () => {
          try {
            await forEachCsvRecord(
              file,
              () => {},
              () => {},
              { required: columns },
            );
          } catch (error) {
            // A quoted field spanning lines: the caller falls back to the general reader, by design.
            if (error instanceof MultilineRecord) return;
            throw error;
          }
        });
      }),
      fuzzRuns,
    );
  });
});
