import { describe, expect, it } from "vitest";
import { normalizeText } from "./normalize.ts";
import { tokenize } from "./tokenize.ts";

const tokens = (text: string) => tokenize(normalizeText(text));

describe("tokenize", () => {
  it("splits French elisions into the elided word and the word", () => {
    expect(tokens("L’environnement qu'il aime")).toEqual(["l'", "environnement", "qu'", "il", "aime"]);
  });
  it("keeps words whose apostrophe is their own", () => {
    expect(tokens("aujourd'hui")).toEqual(["aujourd'hui"]);
  });
  it("drops English clitics", () => {
    expect(tokens("people's bikes don't")).toEqual(["people", "bikes", "don"]);
  });
  it("keeps accents and splits hyphenated words", () => {
    expect(tokens("Sécurité routière, peut-être")).toEqual(["sécurité", "routière", null, "peut", "être"]);
  });
  it("marks clause breaks and never two in a row", () => {
    expect(tokens("Vélo. Bus! Métro")).toEqual(["vélo", null, "bus", null, "métro"]);
    expect(tokens("... Vélo")).toEqual(["vélo"]);
  });
  it("makes each emoji a token", () => {
    expect(tokens("Plus de vélos 🚲🚲 ☀")).toEqual(["plus", "de", "vélos", "🚲", "🚲", "☀"]);
  });
  it("drops pure numbers but keeps words with digits", () => {
    expect(tokens("En 2024 la 5G")).toEqual(["en", "la", "5g"]);
  });
  it("returns nothing for an empty or blank text", () => {
    expect(tokens("")).toEqual([]);
    expect(tokens("   \t ")).toEqual([]);
  });
  it("handles a very long text", () => {
    const long = "piste cyclable ".repeat(50_000);
    expect(tokens(long)).toHaveLength(100_000);
  });
});
