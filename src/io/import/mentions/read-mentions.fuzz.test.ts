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
} from "../../../../test/support/import-arbitraries.ts";
import { memorySource } from "./byte-source.ts";
import { isRejection, type MentionMapping, type MentionRecord } from "./mention.ts";
import { previewMentions } from "./preview-mentions.ts";
import { readMentions } from "./read-mentions.ts";

const columns = ["id", "text", "date", "author", "reach", "likes"];
const mapping: MentionMapping = {
  text: "text",
  id: "id",
  date: "date",
  author: "author",
  reach: "reach",
  likes: "likes",
};

/** A file of each format under its usual name, damaged or not, read in chunks of any size (boundaries move). */
const upload = fc.oneof(
  fc.record({
    name: fc.constant("mentions.csv"),
    bytes: fc.oneof(damagedBytes(delimitedText(columns)), noise),
  }),
  fc.record({
    name: fc.constant("mentions.jsonl"),
    bytes: fc.oneof(damagedBytes(jsonlText(columns)), noise),
  }),
  fc.record({
    name: fc.constant("mentions.json"),
    bytes: fc.oneof(damagedBytes(jsonArrayText(columns)), noise),
  }),
);
const chunk = fc.integer({ min: 1, max: 64 });

async function readAll(name: string, bytes: Uint8Array, size: number): Promise<MentionRecord[]> {
  const out: MentionRecord[] = [];
  for await (const record of readMentions(memorySource(name, bytes, size), { mapping })) out.push(record);
  return out;
}

describe("readMentions on generated files", () => {
  it("reads or refuses any file with a typed error naming file and line; each row kept or left out with a reason", async () => {
    await fc.assert(
      fc.asyncProperty(upload, chunk, async ({ name, bytes }, size) => {
        const records = await readsOrRefuses(name, () => readAll(name, bytes, size));
        for (const record of records ?? []) {
          expect(record.line).toBeGreaterThanOrEqual(1);
          if (isRejection(record)) expect(record.reason).not.toBe("");
          else expect(record.mention.text.trim()).not.toBe("");
        }
      }),
      fuzzRuns,
    );
  });

  it("reads the same rows whatever the chunk size, and refuses the same files", async () => {
    await fc.assert(
      fc.asyncProperty(upload, chunk, async ({ name, bytes }, size) => {
        // A refusal may name another problem first when read in small chunks (a missing column before a bad byte).
        const refused = (error: Error) => `refused: ${error.name}`;
        const whole = await readAll(name, bytes, 1 << 20).catch(refused);
        const chunked = await readAll(name, bytes, size).catch(refused);
        expect(chunked).toEqual(whole);
      }),
      fuzzRuns,
    );
  });

  it("previews or refuses any file with a typed error naming file and line", async () => {
    await fc.assert(
      fc.asyncProperty(upload, async ({ name, bytes }) => {
        await readsOrRefuses(name, () => previewMentions(memorySource(name, bytes), { rows: 3 }));
      }),
      fuzzRuns,
    );
  });
});

describe("readMentions on a file cut inside a character", () => {
  it("refuses it with the file's line and column, whatever the chunk size", async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(`${columns.join(",")}\n1,Le march`), 0xc3]);
    for (const size of [1, 3, 1 << 20]) {
      const error = await readAll("cut.csv", bytes, size).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "invalid-file", where: "cut.csv:2:11" });
    }
  });
});
