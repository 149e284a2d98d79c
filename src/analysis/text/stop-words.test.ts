import { describe, expect, it } from "vitest";
import { stopWords } from "./stop-words.ts";

describe("stopWords", () => {
  it("holds French function words, with accents and elided forms", () => {
    for (const word of ["le", "des", "à", "été", "l'", "qu'", "être"])
      expect(stopWords.fr.has(word)).toBe(true);
  });
  it("keeps French content words out", () => {
    for (const word of ["vélo", "piste", "données", "école"]) expect(stopWords.fr.has(word)).toBe(false);
  });
  it("has English and German lists", () => {
    expect(stopWords.en.has("the")).toBe(true);
    expect(stopWords.de.has("und")).toBe(true);
    expect(stopWords.de.has("fahrrad")).toBe(false);
  });
});
