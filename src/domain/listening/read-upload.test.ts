import { describe, expect, it } from "vitest";
import { proposeMapping } from "./mapping-presets.ts";
import { decodeUpload, delimiterOf, readPaste, readUpload } from "./read-upload.ts";

describe("reading uploads of mentions", () => {
  it("detects comma, semicolon and tab delimiters from the header", () => {
    expect(delimiterOf("a,b,c\n1,2,3")).toBe(",");
    expect(delimiterOf("texte;date;auteur\nx;y;z")).toBe(";");
    expect(delimiterOf("texte\tdate\nx\ty")).toBe("\t");
  });

  it("strips a byte-order mark and numbers rows by their line, quoted line breaks included", () => {
    const table = readUpload(
      Buffer.from('\uFEFFtext,date\n"deux\nlignes",2025-01-01\nune ligne,2025-01-02\n'),
      "m.csv",
    );
    expect(table.columns).toEqual(["text", "date"]);
    expect(table.rows.map((r) => r.line)).toEqual([3, 4]);
    expect(table.rows[0]?.fields.text).toBe("deux\nlignes");
  });

  it("refuses Latin-1 text, naming the line and column of the first bad byte", () => {
    expect(() => decodeUpload(Buffer.from("text\nça\n", "latin1"), "m.csv")).toThrowError(
      expect.objectContaining({ code: "invalid-file", where: "m.csv:2:1" }) as unknown as Error,
    );
  });

  it("names the line of a JSONL record that is not JSON", () => {
    expect(() => readUpload(Buffer.from('{"text":"a"}\n{"text":\n'), "m.jsonl")).toThrowError(
      expect.objectContaining({ where: "m.jsonl:2" }) as unknown as Error,
    );
  });

  it("keeps one mention per non-empty pasted line", () => {
    expect(readPaste("un\n\n  deux  \n").rows).toEqual([
      { line: 1, fields: { text: "un" } },
      { line: 3, fields: { text: "deux" } },
    ]);
  });

  it("proposes the 4CAT preset for its export's columns", () => {
    expect(proposeMapping(["id", "thread_id", "author", "body", "timestamp"], null)).toEqual({
      preset: "4cat",
      mapping: { text: "body", id: "id", date: "timestamp", author: "author" },
    });
  });
});
