import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { AppError } from "../../errors.ts";
import { type ReadTableOptions, readTable, type TableRow } from "./read-table.ts";

const made: string[] = [];

afterEach(async () => {
  for (const folder of made.splice(0)) await rm(folder, { recursive: true, force: true });
});

async function fileWith(name: string, text: string): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), "cocrea-table-"));
  made.push(folder);
  const file = join(folder, name);
  await writeFile(file, text, "utf8");
  return file;
}

async function rows(file: string, options?: ReadTableOptions): Promise<TableRow[]> {
  const out: TableRow[] = [];
  for await (const row of readTable(file, options)) out.push(row);
  return out;
}

async function failure(file: string, options?: ReadTableOptions): Promise<AppError> {
  const error = await rows(file, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("readTable on JSONL", () => {
  it("reads strings as they are, null as empty, and integers in integer columns as digits", async () => {
    const file = await fileWith(
      "ideas.jsonl",
      '{"id": 7, "text": "Des bancs à l\'ombre", "at": 1700000000}\n\n{"id": "b-2", "text": null, "at": "2024-01-02"}\n',
    );
    const read = await rows(file, { required: ["text", "id", "at"], integers: ["id", "at"] });
    expect(read).toEqual([
      { line: 1, fields: { id: "7", text: "Des bancs à l'ombre", at: "1700000000" } },
      { line: 3, fields: { id: "b-2", text: "", at: "2024-01-02" } },
    ]);
  });

  it("refuses a number in a text field with its line and field, rather than turning it into text", async () => {
    const file = await fileWith("ideas.jsonl", '{"text": "Plus de pistes cyclables"}\n{"text": 42}\n');
    const error = await failure(file, { required: ["text"] });
    expect([error.code, error.where, error.field]).toEqual(["invalid-input", "ideas.jsonl:2", "text"]);
    expect(error.message).toBe(
      'field "text" must be a JSON string, got a number (write it in quotes if it is text)',
    );
  });

  it("refuses an object, an array or a boolean in a text field", async () => {
    for (const [value, type] of [
      ['{"fr": "Oui"}', "an object"],
      ['["a", "b"]', "an array"],
      ["true", "a boolean"],
    ]) {
      const file = await fileWith("comments.jsonl", `{"body": ${value}}\n`);
      const error = await failure(file, { required: ["body"] });
      expect([error.where, error.field]).toEqual(["comments.jsonl:1", "body"]);
      expect(error.message).toContain(`got ${type}`);
    }
  });

  it("refuses a fraction or an object in an id column", async () => {
    const fraction = await failure(await fileWith("a.jsonl", '{"id": 1.5, "text": "x"}\n'), {
      required: ["text", "id"],
      integers: ["id"],
    });
    expect([fraction.where, fraction.field, fraction.message]).toEqual([
      "a.jsonl:1",
      "id",
      'field "id" must be a JSON string or an integer, got a number (write it in quotes if it is text)',
    ]);
    const object = await failure(
      await fileWith("b.jsonl", '{"text": "x", "id": "1"}\n{"text": "y", "id": {}}\n'),
      {
        required: ["text", "id"],
        integers: ["id"],
      },
    );
    expect([object.where, object.field]).toEqual(["b.jsonl:2", "id"]);
  });

  it("leaves out the non-text fields nobody reads instead of refusing the line", async () => {
    const file = await fileWith(
      "ideas.jsonl",
      '{"text": "Un marché le soir", "votes": 12, "meta": {"a": 1}}\n',
    );
    expect(await rows(file, { required: ["text"] })).toEqual([
      { line: 1, fields: { text: "Un marché le soir" } },
    ]);
  });
});

describe("readTable on CSV", () => {
  it("reads every cell as the text written", async () => {
    const file = await fileWith("ideas.csv", 'id,text\n7,"42"\n');
    expect(await rows(file, { required: ["text"] })).toEqual([{ line: 2, fields: { id: "7", text: "42" } }]);
  });
});
