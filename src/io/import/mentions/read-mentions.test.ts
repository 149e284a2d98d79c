import { describe, expect, it } from "vitest";
import { AppError } from "../../../errors.ts";
import { type ByteSource, memorySource } from "./byte-source.ts";
import { isRejection, type MentionMapping, type MentionRecord } from "./mention.ts";
import { presetNamed, resolvePreset } from "./mention-presets.ts";
import { previewMentions } from "./preview-mentions.ts";
import { readMentions } from "./read-mentions.ts";

async function read(source: ByteSource, mapping: MentionMapping): Promise<MentionRecord[]> {
  const out: MentionRecord[] = [];
  for await (const record of readMentions(source, { mapping })) out.push(record);
  return out;
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("no error");
}

const full: MentionMapping = {
  text: "text",
  id: "id",
  date: "date",
  author: "author",
  source: "source",
  reach: "reach",
  likes: "likes",
  shares: "shares",
  comments: "comments",
};

describe("readMentions from CSV and TSV", () => {
  it("detects comma, semicolon and tab, and reads every field, with the engagement summed", async () => {
    for (const sep of [",", ";", "\t"]) {
      const csv = [
        ["id", "text", "date", "author", "source", "reach", "likes", "shares", "comments"].join(sep),
        ["m1", "Le tram est en panne", "2026-03-01T08:00:00Z", "@anne", "X", "1 200", "3", "1", "2"].join(
          sep,
        ),
      ].join("\n");
      const records = await read(memorySource("m.csv", csv), full);
      expect(records).toEqual([
        {
          line: 2,
          mention: {
            id: "m1",
            text: "Le tram est en panne",
            date: "2026-03-01T08:00:00.000Z",
            author: "@anne",
            source: "X",
            url: undefined,
            reach: 1200,
            likes: 3,
            shares: 1,
            comments: 2,
            engagement: 6,
            language: undefined,
          },
        },
      ]);
    }
  });

  it("reads quoted fields with delimiters, doubled quotes and line breaks, across tiny chunks, with each row's first line", async () => {
    const csv =
      '\uFEFFid,text\r\n1,"Un ""beau"" marché, enfin"\r\n2,"sur\ndeux lignes"\r\n\r\n3,Été à Nantes\r\n';
    const records = await read(memorySource("m.csv", csv, 3), { text: "text", id: "id" });
    expect(records.map((r) => (isRejection(r) ? r : [r.line, r.mention.id, r.mention.text]))).toEqual([
      [2, "1", 'Un "beau" marché, enfin'],
      [3, "2", "sur\ndeux lignes"],
      [6, "3", "Été à Nantes"],
    ]);
  });

  it("rejects rows with their line, column and reason, and keeps the others", async () => {
    const csv = [
      "id,text,date,likes",
      "1,bien,2026-01-01,4",
      "2,,2026-01-01,4",
      "3,ok,hier,4",
      "4,ok,2026-01-01,beaucoup",
      "5,ok,2026-01-01",
      "6,ok,,",
    ].join("\n");
    const records = await read(memorySource("m.csv", csv), {
      text: "text",
      id: "id",
      date: "date",
      likes: "likes",
    });
    expect(records.filter(isRejection)).toEqual([
      { line: 3, column: "text", field: "text", reason: "the text is empty" },
      { line: 4, column: "date", field: "date", reason: '"hier" is not a date' },
      { line: 5, column: "likes", field: "likes", reason: 'likes must be a number ≥ 0, found "beaucoup"' },
      { line: 6, reason: "expected 4 fields, found 3" },
    ]);
    expect(records.filter((r) => !isRejection(r))).toHaveLength(2);
  });

  it("stops with file:line:column for other encodings and names a missing column", async () => {
    const latin1 = Uint8Array.from([...new TextEncoder().encode("id,text\n1,ok\n2,caf"), 0xe9, 10]);
    const bad = await failure(read(memorySource("latin.csv", latin1), { text: "text" }));
    expect(bad.code).toBe("invalid-file");
    expect(bad.where).toBe("latin.csv:3:6");
    expect(bad.message).toContain("Latin-1");
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[..."id,text\n"].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect((await failure(read(memorySource("u.csv", utf16), { text: "text" }))).message).toContain("UTF-16");
    const missing = await failure(read(memorySource("m.csv", "id,body\n1,x\n"), { text: "text" }));
    expect(missing).toMatchObject({ code: "missing-column", where: "m.csv:1", field: "text" });
    const open = await failure(
      read(memorySource("m.csv", 'id,text\n1,"never closed\n2,x\n'), { text: "text" }),
    );
    expect(open.where).toBe("m.csv:2");
    expect((await failure(read(memorySource("m.csv", ""), { text: "text" }))).code).toBe("empty-input");
  });
});

describe("readMentions from JSON and JSONL", () => {
  it("reads an array of objects element by element, with nested keys and each element's line", async () => {
    const json =
      '[\n  {"id": 1, "body": "Bravo", "author": {"name": "Léa"}, "likes": 2},\n  {"id": "b", "body": "Bof"}\n]\n';
    const records = await read(memorySource("m.json", json, 5), {
      text: "body",
      id: "id",
      author: "author.name",
      likes: "likes",
    });
    expect(
      records.map((r) =>
        isRejection(r) ? r : [r.line, r.mention.id, r.mention.author, r.mention.engagement],
      ),
    ).toEqual([
      [2, "1", "Léa", 2],
      [3, "b", undefined, undefined],
    ]);
  });

  it("rejects a JSONL value of the wrong type instead of converting it, and a line that is not JSON", async () => {
    const jsonl = [
      '{"text": "ok", "reach": 10}',
      '{"text": 42}',
      '{"text": "ok", "reach": "10"}',
      "{oops",
      "[1]",
    ].join("\n");
    const records = await read(memorySource("m.jsonl", jsonl), { text: "text", reach: "reach" });
    expect(records).toEqual([
      expect.objectContaining({ line: 1, mention: expect.objectContaining({ reach: 10 }) }),
      { line: 2, column: "text", field: "text", reason: "text must be text, found the number 42" },
      { line: 3, column: "reach", field: "reach", reason: 'reach must be a number, found the text "10"' },
      { line: 4, column: 2, reason: "not valid JSON" },
      { line: 5, reason: "each record must be a JSON object ({ … })" },
    ]);
  });

  it("stops at the line and column of a broken array", async () => {
    const error = await failure(
      read(memorySource("m.json", '[{"text": "a"}\n {"text": "b"}]'), { text: "text" }),
    );
    expect(error.where).toBe("m.json:2:2");
    expect(
      (await failure(read(memorySource("m.json", '[{"text": "a"},'), { text: "text" }))).message,
    ).toContain("never closed");
  });
});

describe("presets and preview", () => {
  it("previews a Decidim comments export separated by semicolons and maps it with its preset", async () => {
    const csv =
      "id;created_at;body/fr;locale;author/id;author/name;alignment;depth;commentable_id;commentable_type;root_commentable_url\n" +
      '7;2026-02-03 10:00:00 +0100;"Très bonne idée; merci";fr;3;Paul;1;0;12;Decidim::Proposals::Proposal;https://d.example/p/12\n';
    const source = memorySource("comments.csv", csv);
    const preview = await previewMentions(source);
    expect(preview).toMatchObject({ format: "csv", delimiter: ";", preset: "decidim-comments" });
    expect(preview.rows[0]?.values["body/fr"]).toBe("Très bonne idée; merci");
    const records = await read(source, preview.mapping as MentionMapping);
    expect(records[0]).toMatchObject({
      line: 2,
      mention: {
        id: "7",
        text: "Très bonne idée; merci",
        date: "2026-02-03T09:00:00.000Z",
        author: "Paul",
        source: "Decidim",
        url: "https://d.example/p/12",
        language: "fr",
      },
    });
  });

  it("recognizes 4CAT, Cocrea's ideas and a generic table", async () => {
    const fourCat = await previewMentions(
      memorySource("x.csv", "id,thread_id,author,body,timestamp\n1,1,a,salut,2026-01-01 10:00:00\n"),
    );
    expect(fourCat.mapping).toEqual({
      text: "body",
      id: "id",
      date: "timestamp",
      author: "author",
      sourceName: "4CAT",
    });
    const ideas = await previewMentions(
      memorySource("ideas.csv", "id,created_at,participant,status,title,body,category,supports,comments\n"),
    );
    expect(ideas.preset).toBe("cocrea-ideas");
    expect(ideas.mapping?.text).toEqual(["title", "body"]);
    const generic = await previewMentions(
      memorySource("g.json", '[{"message": "x", "Channel": "Facebook", "lang": "fr"}]'),
    );
    expect(generic).toMatchObject({
      format: "json",
      columns: ["message", "Channel", "lang"],
      preset: "generic",
    });
    expect(generic.mapping).toEqual({ text: "message", source: "Channel", language: "lang" });
    const proposals = resolvePreset(
      presetNamed("decidim-proposals")!,
      ["id", "title/en", "title/fr", "body/fr", "body/en"],
      "fr",
    );
    expect(proposals?.text).toEqual(["title/fr", "body/fr"]);
  });
});

describe("readMentions on a large file", () => {
  it("streams 100,000 generated rows and counts them all", { timeout: 120_000 }, async () => {
    const source: ByteSource = {
      name: "big.csv",
      size: undefined,
      async *open() {
        yield new TextEncoder().encode("id,text,date\n");
        for (let block = 0; block < 100; block++) {
          let text = "";
          for (let i = 0; i < 1000; i++)
            text += `${block * 1000 + i},"Mention numéro ${i}, à Nantes",2026-01-${(i % 28) + 1}\n`;
          yield new TextEncoder().encode(text);
        }
      },
    };
    let rows = 0;
    let last = "";
    for await (const record of readMentions(source, { mapping: { text: "text", id: "id", date: "date" } })) {
      if (isRejection(record)) throw new Error(record.reason);
      rows += 1;
      last = record.mention.id ?? "";
    }
    expect(rows).toBe(100_000);
    expect(last).toBe("99999");
  });
});
