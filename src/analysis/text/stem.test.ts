import { describe, expect, it } from "vitest";
import { createStemmer } from "./stem.ts";

describe("createStemmer", () => {
  it("stems French plurals and derivations to one stem", () => {
    const stem = createStemmer("fr");
    expect(stem("cyclables")).toBe(stem("cyclable"));
    expect(stem("pistes")).toBe(stem("piste"));
  });
  it("folds accents after stemming so unaccented typing meets accented", () => {
    const stem = createStemmer("fr");
    expect(stem("école")).toBe(stem("ecole"));
    expect(stem("réseaux")).toBe(stem("reseaux"));
    expect(stem("élèves")).toBe("elev");
  });
  it("stems English and German", () => {
    expect(createStemmer("en")("running")).toBe("run");
    expect(createStemmer("de")("Häuser".toLowerCase())).toBe(createStemmer("de")("haus"));
  });
});
