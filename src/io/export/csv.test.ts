import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "./csv.ts";

describe("csvField", () => {
  it("leaves plain text alone and empties null", () => {
    expect(csvField("Marché du samedi")).toBe("Marché du samedi");
    expect(csvField(12)).toBe("12");
    expect(csvField(null)).toBe("");
  });

  it("quotes commas, quotes, line breaks and edge spaces, doubling inner quotes", () => {
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('dit "oui"')).toBe('"dit ""oui"""');
    expect(csvField("ligne\nsuivante")).toBe('"ligne\nsuivante"');
    expect(csvField(" espace")).toBe('" espace"');
  });
});

describe("toCsv", () => {
  it("round-trips through a CSV reader, accents and line breaks included", () => {
    const text = toCsv(
      ["id", "body"],
      [
        ["1", 'Des bancs, de l\'ombre et "du calme"'],
        ["2", "Première ligne\r\nseconde ligne"],
        ["3", null],
      ],
    );
    expect(text.startsWith("\uFEFFid,body\r\n")).toBe(true);
    const rows = parse(text, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rows).toEqual([
      { id: "1", body: 'Des bancs, de l\'ombre et "du calme"' },
      { id: "2", body: "Première ligne\r\nseconde ligne" },
      { id: "3", body: "" },
    ]);
  });
});
