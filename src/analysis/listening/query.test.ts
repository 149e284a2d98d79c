import { describe, expect, it } from "vitest";
import { prepareText } from "./match-tokens.ts";
import { matchQuery, parseQuery, QuerySyntaxError } from "./query.ts";

const matches = (query: string, text: string, language?: string) =>
  matchQuery(parseQuery(query), text, language);

function syntaxError(query: string): { message: string; column: number } {
  try {
    parseQuery(query);
  } catch (error) {
    if (error instanceof QuerySyntaxError) return { message: error.message, column: error.column };
    throw error;
  }
  throw new Error(`"${query}" parsed`);
}

describe("matchQuery", () => {
  it("ignores case and accents on both sides", () => {
    expect(matches("Nantes", "J'adore NANTES au printemps")).toBe(true);
    expect(matches("écologie", "Ecologie urbaine")).toBe(true);
    expect(matches("ecologie", "l'ÉCOLOGIE d'abord")).toBe(true);
    expect(matches("nantes", "Nanterre")).toBe(false);
  });

  it("needs every word, and either side of an OR", () => {
    expect(matches("tram retard", "le tram est en retard")).toBe(true);
    expect(matches("tram retard", "le tram est à l'heure")).toBe(false);
    expect(matches("tram OR bus retard", "le bus est en retard")).toBe(true);
    expect(matches("tram OR bus retard", "le bus est à l'heure")).toBe(false);
    expect(matches("tram AND retard", "retard du tram")).toBe(true);
  });

  it("reads quoted phrases as consecutive words, across apostrophes and hyphens", () => {
    expect(matches('"marché de Noël"', "Le Marché de noel ouvre")).toBe(true);
    expect(matches('"marché de Noël"', "le marché ouvre à Noël")).toBe(false);
    expect(matches('"hôtel de ville"', "devant l'Hôtel-de-Ville")).toBe(true);
    expect(matches("Saint-Nazaire", "à saint nazaire")).toBe(true);
    expect(matches("«pistes cyclables»", "des pistes cyclables")).toBe(true);
  });

  it("excludes words and phrases", () => {
    expect(matches("loire -château", "la Loire en crue")).toBe(true);
    expect(matches("loire -château", "les châteaux de la Loire, le château")).toBe(false);
    expect(matches('nantes -"fc nantes"', "le FC Nantes gagne")).toBe(false);
    expect(matches('nantes -"fc nantes"', "Nantes gagne un prix")).toBe(true);
  });

  it("keeps handles and hashtags whole, and lets a word find its hashtag", () => {
    expect(matches("@nantesmetropole", "merci @NantesMetropole !")).toBe(true);
    expect(matches("@nantes", "merci @nantesmetropole")).toBe(false);
    expect(matches("#nantes", "j'aime nantes")).toBe(false);
    expect(matches("#nantes", "Soleil #Nantes")).toBe(true);
    expect(matches("nantes", "Soleil #Nantes")).toBe(true);
    expect(matches("nantes", "écrit par @nantes")).toBe(false);
    expect(matches("@ville.de.lyon", "cc @ville.de.lyon.")).toBe(true);
  });

  it("matches word prefixes with a star, groups with parentheses, and filters on language", () => {
    expect(matches("écolo*", "les écologistes")).toBe(true);
    expect(matches("(tram OR bus) (retard OR panne)", "bus en panne")).toBe(true);
    expect(matches("(tram OR bus) (retard OR panne)", "bus neuf")).toBe(false);
    expect(matches("nantes lang:fr", "Nantes", "fr")).toBe(true);
    expect(matches("nantes lang:fr", "Nantes", "en")).toBe(false);
    expect(matches("nantes lang:fr", "Nantes")).toBe(false);
  });

  it("answers the same on a text prepared once for several queries", () => {
    const text = prepareText("Le tram de Nantes, #mobilité", "fr");
    expect(matchQuery(parseQuery("tram nantes"), text)).toBe(true);
    expect(matchQuery(parseQuery("#mobilite"), text)).toBe(true);
    expect(matchQuery(parseQuery("-tram nantes"), text)).toBe(false);
  });
});

describe("parseQuery", () => {
  it("names the column of an unbalanced quote", () => {
    expect(syntaxError('nantes "marché de')).toEqual({
      message: "the quote opened at column 8 is never closed",
      column: 8,
    });
  });

  it("refuses a dangling OR, AND or minus at its column", () => {
    expect(syntaxError("nantes OR")).toMatchObject({ column: 8 });
    expect(syntaxError("OR nantes")).toMatchObject({ column: 1 });
    expect(syntaxError("nantes OR OR lyon")).toMatchObject({ column: 8 });
    expect(syntaxError("nantes AND")).toMatchObject({ column: 8 });
    expect(syntaxError("nantes - ")).toMatchObject({ column: 8 });
    expect(syntaxError("(nantes OR)")).toMatchObject({ column: 9 });
  });

  it("refuses an empty query, unbalanced parentheses and a query that only excludes", () => {
    expect(syntaxError("   ")).toEqual({ message: "the query is empty", column: 1 });
    expect(syntaxError("(nantes")).toMatchObject({ column: 1 });
    expect(syntaxError("nantes)")).toMatchObject({ column: 7 });
    expect(syntaxError("-nantes").message).toContain("only excludes");
    expect(syntaxError('nantes "!!"').column).toBe(8);
    expect(syntaxError("#").column).toBe(1);
  });
});

describe("matchQuery on many texts", () => {
  it("matches 100,000 generated texts against several brands with the expected counts", () => {
    const brands = ["nantes", '"saint nazaire" OR #stnaz', "rennes -stade"].map(parseQuery);
    const counts = [0, 0, 0];
    for (let i = 0; i < 100_000; i++) {
      const text = prepareText(
        `${i % 2 === 0 ? "Nantes" : "Angers"} ${i % 5 === 0 ? "Saint-Nazaire" : "#stnaz"} ${i % 3 === 0 ? "Rennes" : ""} ${i % 9 === 0 ? "stade" : ""}`,
      );
      for (let b = 0; b < brands.length; b++) if (matchQuery(brands[b]!, text)) counts[b]! += 1;
    }
    // Rennes: multiples of 3 (33,334) minus multiples of 9 (11,112).
    expect(counts).toEqual([50_000, 100_000, 22_222]);
  });
});
