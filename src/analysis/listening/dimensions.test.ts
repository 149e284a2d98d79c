import { describe, expect, it } from "vitest";
import {
  compileDimensionLexicon,
  defaultDimensionLexicon,
  dimensionNames,
  dimensionsOf,
  LexiconError,
} from "./dimensions.ts";
import enLexicon from "./lexicons/dimensions-en.json" with { type: "json" };
import frLexicon from "./lexicons/dimensions-fr.json" with { type: "json" };
import { prepareText } from "./match-tokens.ts";

const of = (text: string) => dimensionsOf(prepareText(text));

describe("dimensionsOf with the shipped lexicons", () => {
  it("finds each dimension in a plausible French mention", () => {
    expect(of("Le tram est encore en panne ce matin")).toEqual(["products-and-services"]);
    expect(of("La ville lance une expérimentation de capteurs")).toEqual(["innovation"]);
    expect(of("Grève des agents de la propreté")).toContain("workplace");
    expect(of("Conflit d'intérêts au conseil municipal ?")).toEqual(["governance"]);
    expect(of("Nouvelles pistes cyclables dans le quartier")).toEqual(["citizenship"]);
    expect(of("Le maire annonce sa stratégie")).toEqual(["leadership"]);
    expect(of("La dette de la métropole explose")).toEqual(["performance"]);
  });

  it("reads English too, ignores case and accents, and finds several dimensions at once", () => {
    expect(of("The mayor announced layoffs")).toEqual(["workplace", "leadership"]);
    expect(of("ECOLOGIE et INNOVATION")).toEqual(["innovation", "citizenship"]);
    expect(of("#Recyclage au top")).toEqual(["citizenship"]);
  });

  it("finds nothing in an empty or unrelated text", () => {
    expect(of("")).toEqual([]);
    expect(of("Il fait beau aujourd'hui")).toEqual([]);
  });

  it("ships every dimension in both languages", () => {
    for (const file of [frLexicon, enLexicon]) {
      expect(Object.keys(file.dimensions).sort()).toEqual([...dimensionNames].sort());
      expect(file.licence).toBe("CC0-1.0");
    }
    expect(defaultDimensionLexicon.versions).toEqual(["fr@2026-12-07", "en@2026-12-07"]);
  });
});

describe("compileDimensionLexicon", () => {
  it("uses an edited lexicon, with phrases and prefixes", () => {
    const lexicon = compileDimensionLexicon({
      language: "fr",
      version: "custom",
      dimensions: { innovation: ["vélo cargo", "électri*"], governance: ["Loire"] },
    });
    expect(dimensionsOf(prepareText("Un VELO-CARGO électrique sur la loire"), lexicon)).toEqual([
      "innovation",
      "governance",
    ]);
    expect(dimensionsOf(prepareText("un vélo"), lexicon)).toEqual([]);
  });

  it("names the dimension and entry of a bad keyword", () => {
    const bad = () =>
      compileDimensionLexicon({ language: "fr", version: "x", dimensions: { innovation: ["ok", "ab*"] } });
    expect(bad).toThrow(LexiconError);
    expect(bad).toThrow('"ab*": a prefix is one word of at least 3 letters');
    expect(() =>
      compileDimensionLexicon({
        language: "fr",
        version: "x",
        dimensions: { reputation: ["x"] } as never,
      }),
    ).toThrow('unknown dimension "reputation"');
  });
});
