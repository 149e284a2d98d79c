import { describe, expect, it } from "vitest";
import { foldAccents, lexiconFor } from "./lexicon.ts";
import emojiData from "./lexicons/emoji.json" with { type: "json" };
import enData from "./lexicons/en.json" with { type: "json" };
import frData from "./lexicons/fr.json" with { type: "json" };
import { tokenize } from "./tokenize.ts";

describe("lexiconFor", () => {
  const fr = lexiconFor("fr");

  it("answers for accented words also without their accents", () => {
    expect(foldAccents("génial à l'été")).toBe("genial a l'ete");
    expect(fr.valence.get("géniale")).toBeGreaterThan(0);
    expect(fr.valence.get("geniale")).toBe(fr.valence.get("géniale"));
  });

  it("keeps multi-word idioms apart and indexes phrase starts", () => {
    expect(fr.idioms.get("pas mal")).toBeGreaterThan(0);
    expect(fr.idioms.get("pas terrible")).toBeLessThan(0);
    expect(fr.phraseStarts.get("pas")).toBeGreaterThanOrEqual(2);
  });

  it("gives emoji a valence in every language", () => {
    for (const lexicon of [fr, lexiconFor("en")]) {
      expect(lexicon.valence.get("😍")).toBeGreaterThan(0);
      expect(lexicon.valence.get("😡")).toBeLessThan(0);
      expect(lexicon.valence.get("😢")).toBeLessThan(0);
    }
  });

  it("corrects known translation artefacts of VADER-FR", () => {
    expect(fr.valence.get("cher")).toBeLessThanOrEqual(0);
    expect(fr.valence.has("part")).toBe(false);
  });

  it("holds keys in the tokenizer's form (rebuild the lexicons after changing the tokenizer)", () => {
    for (const data of [frData, enData, emojiData]) {
      const stale = Object.keys(data.valence).filter((key) => tokenize(key).join(" ") !== key);
      expect(stale).toEqual([]);
    }
  });

  it("lists negations and intensifiers, never as stop words to drop", () => {
    expect(fr.negations.has("pas")).toBe(true);
    expect(fr.negations.has("ne")).toBe(true);
    expect(fr.intensifiers.get("très")).toBeGreaterThan(1);
    expect(lexiconFor("en").negations.has("not")).toBe(true);
  });
});
