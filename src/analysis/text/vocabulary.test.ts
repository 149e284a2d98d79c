import { describe, expect, it } from "vitest";
import { type Corpus, CorpusBuilder } from "./vocabulary.ts";

function build(texts: string[], language: "auto" | "fr" = "auto"): Corpus {
  const builder = new CorpusBuilder(language);
  for (const text of texts) builder.add(text);
  return builder.finish();
}

/** The terms of one document as readable keys ("stem" or "stem stem"). */
function termsOf(corpus: Corpus, row: number): string[] {
  const stemOf = new Map<number, string>();
  corpus.surfaceWords.forEach((word, surface) => {
    const term = corpus.surfaceTerm[surface] as number;
    if (term >= 0 && !stemOf.has(term)) stemOf.set(term, word);
  });
  const { rowPtr, colIdx } = corpus.counts;
  const out: string[] = [];
  for (let p = rowPtr[row] as number; p < (rowPtr[row + 1] as number); p++) {
    const term = colIdx[p] as number;
    const first = corpus.termFirst[term] as number;
    const second = corpus.termSecond[term] as number;
    out.push(first < 0 ? (stemOf.get(second) as string) : `${stemOf.get(first)} ${stemOf.get(second)}`);
  }
  return out.sort();
}

describe("CorpusBuilder", () => {
  it("counts stems, drops stop words and pairs neighbouring words", () => {
    const corpus = build(["Des pistes cyclables, des pistes cyclables sûres"]);
    expect(corpus.counts.rows).toBe(1);
    expect(termsOf(corpus, 0)).toEqual([
      "cyclables",
      "cyclables sûres",
      "pistes",
      "pistes cyclables",
      "sûres",
    ]);
    const values = Array.from(corpus.counts.values);
    expect(values.reduce((a, b) => a + b)).toBe(8);
  });
  it("gives singular and plural one stem, and the elided word its own", () => {
    const corpus = build(["L'environnement", "les environnements"]);
    expect(corpus.counts.colIdx[0]).toBe(corpus.counts.colIdx[1]);
  });
  it("never pairs words across a full stop or over more than two stop words", () => {
    expect(termsOf(build(["Vélo. Bus"]), 0)).toEqual(["bus", "vélo"]);
    expect(termsOf(build(["vélo et puis de la bus"]), 0)).toEqual(["bus", "vélo"]);
  });
  it("detects each text's language, undecided texts taking the majority", () => {
    const corpus = build(["Il faut des pistes cyclables", "We need more bike lanes in the city", "Radwege"]);
    expect(Array.from(corpus.languages)).toEqual([0, 1, 0]);
  });
  it("keeps empty and emoji-only texts as rows", () => {
    const corpus = build(["", "🚲🚲", "   "]);
    expect(corpus.counts.rows).toBe(3);
    expect(corpus.counts.rowPtr[1]).toBe(0);
    expect(termsOf(corpus, 1)).toEqual(["🚲", "🚲 🚲"].slice(0, 1));
  });
  it("records the token stream with breaks for surface forms", () => {
    const corpus = build(["Protection des données. Vie privée"], "fr");
    const words = Array.from(corpus.tokens, (id) => (id < 0 ? "|" : corpus.surfaceWords[id]));
    expect(words).toEqual(["protection", "des", "données", "|", "vie", "privée"]);
  });
});
