import { describe, expect, it } from "vitest";
import { englishHeldWords, frenchHeldWords, heldWordsIn } from "./held-words.ts";

describe("held words", () => {
  it("ships a French and an English list of about forty words each", () => {
    expect(frenchHeldWords.length).toBeGreaterThanOrEqual(40);
    expect(englishHeldWords.length).toBeGreaterThanOrEqual(40);
  });

  it("matches whole words, ignoring case and accents", () => {
    expect(heldWordsIn("Quel CRÉTIN, ce projet")).toEqual(["cretin"]);
    expect(heldWordsIn("Un titre", "You are an Idiot!")).toEqual(["idiot"]);
    expect(heldWordsIn("Les CRÉTINS du parking")).toEqual(["cretin"]);
    expect(heldWordsIn("Une conversation constructive sur les cocktails")).toEqual([]);
    expect(heldWordsIn("Des pistes cyclables, s'il vous plaît")).toEqual([]);
  });
});
