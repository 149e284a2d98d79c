import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  damagedBytes,
  delimitedText,
  fuzzRuns,
  jsonArrayText,
  jsonlText,
  noise,
  readsOrRefuses,
} from "../../../test/support/import-arbitraries.ts";
import { readPaste, readUpload } from "./read-upload.ts";

const columns = ["id", "text", "date", "author"];
const upload = fc.oneof(
  fc.record({
    name: fc.constantFrom("mentions.csv", "mentions.tsv", "export.txt"),
    bytes: damagedBytes(delimitedText(columns)),
  }),
  fc.record({
    name: fc.constantFrom("mentions.jsonl", "mentions.json"),
    bytes: damagedBytes(jsonlText(columns)),
  }),
  fc.record({ name: fc.constant("mentions.json"), bytes: damagedBytes(jsonArrayText(columns)) }),
  fc.record({ name: fc.constantFrom("mentions.csv", "mentions.json"), bytes: noise }),
);

describe("readUpload on generated uploads", () => {
  it("reads or refuses any upload with a typed error naming the file, line or field; rows in file order", async () => {
    await fc.assert(
      fc.asyncProperty(upload, async ({ name, bytes }) => {
        const table = await readsOrRefuses(name, () => readUpload(Buffer.from(bytes), name));
        const lines = table?.rows.map((row) => row.line) ?? [];
        expect(lines.every((line, i) => line >= 1 && line >= (lines[i - 1] ?? 1))).toBe(true);
        for (const row of table?.rows ?? []) {
          expect(Object.values(row.fields).every((value) => typeof value === "string")).toBe(true);
        }
      }),
      fuzzRuns,
    );
  });

  it("reads or refuses any pasted text the same way", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 200 }), async (text) => {
        await readsOrRefuses("paste", () => readPaste(text));
      }),
      fuzzRuns,
    );
  });
});
