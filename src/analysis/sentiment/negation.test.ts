import { describe, expect, it } from "vitest";
import { featureHash } from "./feature-hash.ts";
import { lexiconFor } from "./lexicon.ts";
import { FeatureList, readTokens } from "./negation.ts";
import { tokenize } from "./tokenize.ts";

const fr = lexiconFor("fr");
const en = lexiconFor("en");
const net = (text: string, lexicon = fr) => {
  const reading = readTokens(tokenize(text), lexicon);
  return reading.positive - reading.negative;
};

describe("readTokens", () => {
  it("flips a polar word after ne … pas, pas du tout and not", () => {
    expect(net("content")).toBeGreaterThan(0);
    expect(net("je ne suis pas content")).toBeLessThan(0);
    expect(net("pas du tout content")).toBeLessThan(0);
    expect(net("je ne suis pas content du tout")).toBeLessThan(0);
    expect(net("jamais satisfait")).toBeLessThan(0);
    expect(net("not happy", en)).toBeLessThan(0);
    expect(net("I don't like it", en)).toBeLessThan(0);
  });

  it("closes the negation scope at punctuation and after a few words", () => {
    expect(net("pas aujourd'hui. content")).toBeGreaterThan(0);
    expect(net("je ne suis pas allé au cinéma hier soir avec mes amis, content")).toBeGreaterThan(0);
  });

  it("reads idioms before negation: pas mal is positive, pas terrible negative", () => {
    expect(net("pas mal")).toBeGreaterThan(0);
    expect(net("c'est pas terrible")).toBeLessThan(0);
    expect(net("pas de souci")).toBeGreaterThan(0);
  });

  it("makes intensified words weigh more and softened ones less", () => {
    expect(net("très bien")).toBeGreaterThan(net("bien"));
    expect(net("vraiment nul")).toBeLessThan(net("nul"));
    expect(net("very good", en)).toBeGreaterThan(net("good", en));
    expect(net("assez bien")).toBeLessThan(net("bien"));
  });

  it("weighs what follows a contrast more", () => {
    expect(net("c'est cher mais très bon")).toBeGreaterThan(0);
    expect(net("bon acteurs mais scénario nul et ennuyeux")).toBeLessThan(0);
  });

  it("never negates emoji", () => {
    expect(net("je ne sais pas 😍")).toBeGreaterThan(0);
  });

  it("drops negated emotion cues", () => {
    const fear = (text: string) => readTokens(tokenize(text), fr).emotions[2];
    expect(fear("j'ai peur")).toBeGreaterThan(0);
    expect(fear("je n'ai pas peur")).toBe(0);
  });

  it("emits negated unigrams and bigrams as features", () => {
    const sink = new FeatureList();
    readTokens(tokenize("pas bon"), fr, sink);
    expect(sink.features).toEqual(["pas", "¬bon", "pas ¬bon"].map(featureHash));
  });
});
