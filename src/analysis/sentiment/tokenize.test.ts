import { describe, expect, it } from "vitest";
import { tokenize } from "./tokenize.ts";

describe("tokenize", () => {
  it("splits French elisions and keeps accents", () => {
    expect(tokenize("L'équipe est géniale")).toEqual(["l", "équipe", "est", "géniale"]);
    expect(tokenize("Je n’aime pas qu'on attende")).toEqual([
      "je",
      "ne",
      "aime",
      "pas",
      "que",
      "on",
      "attende",
    ]);
  });

  it("writes stretched letters once and keeps doubled ones and numbers", () => {
    expect(tokenize("c'est trooop bien, géniaaal !!! cool 1000")).toEqual([
      "ce",
      "est",
      "trop",
      "bien",
      ",",
      "génial",
      "!",
      "!",
      "!",
      "cool",
      "1000",
    ]);
  });

  it("recomposes decomposed accents", () => {
    expect(tokenize("ge\u0301niale")).toEqual(["géniale"]);
  });

  it("keeps negations and intensifiers, which stop-word lists would drop", () => {
    expect(tokenize("Pas du tout très content")).toEqual(["pas", "du", "tout", "très", "content"]);
  });

  it("turns English n't into not", () => {
    expect(tokenize("I don't like it, it isn't good")).toEqual([
      "i",
      "do",
      "not",
      "like",
      "it",
      ",",
      "it",
      "is",
      "not",
      "good",
    ]);
  });

  it("keeps emoji as tokens and drops skin tones and variation selectors", () => {
    expect(tokenize("super😍👍🏽❤️")).toEqual(["super", "😍", "👍", "❤"]);
  });

  it("reads emoticons and punctuation", () => {
    expect(tokenize("bof :( vraiment ?! <3 ;-) à 10:30")).toEqual([
      "bof",
      ":(",
      "vraiment",
      "?",
      "!",
      "<3",
      ";)",
      "à",
      "10",
      ".",
      "30",
    ]);
  });

  it("returns nothing for empty or blank text", () => {
    expect(tokenize("")).toEqual([]);
    expect(tokenize("   \n\t")).toEqual([]);
  });
});
