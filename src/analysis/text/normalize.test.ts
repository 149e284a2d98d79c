import { describe, expect, it } from "vitest";
import { foldAccents, normalizeText } from "./normalize.ts";

describe("normalizeText", () => {
  it("lower-cases and unifies typographic apostrophes", () => {
    expect(normalizeText("L’Environnement d‘abord")).toBe("l'environnement d'abord");
  });
  it("composes decomposed accents (NFD input from macOS)", () => {
    expect(normalizeText("e\u0301lectricite\u0301")).toBe("électricité");
  });
  it("removes links and e-mail addresses but keeps hashtag words", () => {
    const text = normalizeText("Voir https://exemple.fr/a?b=1 ou écrire à x@y.fr #velo @mairie");
    expect(text.split(/\s+/)).toEqual(["voir", "ou", "écrire", "à", "velo", "mairie"]);
  });
  it("leaves an empty text empty", () => {
    expect(normalizeText("")).toBe("");
  });
});

describe("foldAccents", () => {
  it("removes diacritics from French and German words", () => {
    expect(foldAccents("électricité")).toBe("electricite");
    expect(foldAccents("über")).toBe("uber");
    expect(foldAccents("cœur")).toBe("cœur");
  });
  it("returns ASCII words unchanged", () => {
    expect(foldAccents("velo")).toBe("velo");
  });
});
