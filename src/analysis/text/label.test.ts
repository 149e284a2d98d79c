import { describe, expect, it } from "vitest";
import { describeGroups } from "./label.ts";
import { defaultTermFilter, inverseDocumentFrequency, pruneTerms, weighTfidf } from "./tfidf.ts";
import { CorpusBuilder } from "./vocabulary.ts";

describe("describeGroups", () => {
  it("labels a group with the phrase people wrote, not a stem", () => {
    const texts = [
      "Il faut plus de pistes cyclables",
      "Des pistes cyclables protégées pour les enfants",
      "Les pistes cyclables sont trop étroites",
      "Plus de bus la nuit",
      "Des bus plus fréquents le dimanche",
      "Le bus de nuit manque",
    ];
    const builder = new CorpusBuilder("fr");
    for (const text of texts) builder.add(text);
    const corpus = builder.finish();
    const { matrix, kept, documentFrequency } = pruneTerms(corpus.counts, {
      ...defaultTermFilter(texts.length),
      maxShare: 0.6,
    });
    weighTfidf(matrix, inverseDocumentFrequency(documentFrequency, texts.length));
    const groups = describeGroups({ ...corpus, matrix, kept }, Int32Array.from([0, 0, 0, 1, 1, 1]), 2);
    expect(groups[0]?.label).toBe("pistes cyclables");
    expect(groups[0]?.keywords).toContain("pistes cyclables");
    expect(groups[0]?.keywords).not.toContain("pistes");
    expect(groups[1]?.label).toMatch(/^bus (la|de) nuit$/);
  });
});

describe("describeGroups and filler words", () => {
  it("never names a group by the verb that introduces the proposals", () => {
    const texts = [
      "Je pense que le stationnement manque",
      "Je pense que le stationnement est trop cher",
      "Je pense que le stationnement gêne les vélos",
      "Des arbres dans la cour",
      "Des arbres le long de la rue",
      "Planter des arbres au parc",
    ];
    const builder = new CorpusBuilder("fr");
    for (const text of texts) builder.add(text);
    const corpus = builder.finish();
    const { matrix, kept, documentFrequency } = pruneTerms(corpus.counts, {
      ...defaultTermFilter(texts.length),
      maxShare: 0.6,
    });
    weighTfidf(matrix, inverseDocumentFrequency(documentFrequency, texts.length));
    const groups = describeGroups({ ...corpus, matrix, kept }, Int32Array.from([0, 0, 0, 1, 1, 1]), 2);
    expect(groups[0]?.label).toBe("stationnement");
    expect(groups[0]?.keywords.some((k) => /pense/.test(k))).toBe(false);
  });
});
