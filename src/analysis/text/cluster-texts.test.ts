import { describe, expect, it } from "vitest";
import { clusterCorpus } from "./cluster-texts.ts";
import { CorpusBuilder } from "./vocabulary.ts";

const themes = {
  vélo: ["pistes cyclables", "vélos en libre service", "stationnement des vélos", "sécurité des cyclistes"],
  bus: ["lignes de bus", "bus de nuit", "fréquence des bus", "arrêts de bus"],
  école: ["cantine scolaire", "rythmes scolaires", "cour de l'école", "périscolaire"],
};

/** 60 short contributions on three themes, plus an empty one and an emoji-only one. */
function contributions(): { texts: string[]; themes: string[] } {
  const texts: string[] = [];
  const labels: string[] = [];
  const openings = [
    "Il faut améliorer",
    "Je propose de revoir",
    "Merci de penser aux",
    "Pourquoi pas plus de",
  ];
  let i = 0;
  for (const [theme, topics] of Object.entries(themes)) {
    for (let j = 0; j < 20; j++) {
      const a = topics[j % topics.length] as string;
      const b = topics[(j + 1 + (j >> 2)) % topics.length] as string;
      texts.push(`${openings[i++ % openings.length]} ${a} et ${b} dans le quartier ${j}.`);
      labels.push(theme);
    }
  }
  texts.push("", "👍");
  labels.push("none", "none");
  return { texts, themes: labels };
}

function run(k: number | "auto", seed = 1) {
  const builder = new CorpusBuilder("auto");
  const { texts, themes: labels } = contributions();
  for (const text of texts) builder.add(text);
  return { result: clusterCorpus(builder.finish(), { k, seed, rank: 10 }), labels };
}

describe("clusterCorpus", () => {
  it("finds the three themes with readable labels", () => {
    const { result, labels } = run(3);
    expect(result.groups).toHaveLength(3);
    for (const group of result.groups) {
      const themesInGroup = new Set(Array.from(group.members, (row) => labels[row]));
      expect(themesInGroup.size).toBe(1);
      expect(group.label).not.toBe("");
      expect(group.representatives.length).toBeGreaterThan(0);
    }
    expect(result.groups.map((group) => group.label).join(" ")).toMatch(/vélo|bus|scolaire|école/);
  });
  it("leaves empty texts unassigned", () => {
    const { result } = run(3);
    expect(Array.from(result.unassigned)).toEqual(expect.arrayContaining([60, 61]));
  });
  it("chooses k itself", () => {
    const { result } = run("auto");
    expect(result.stats.k).toBeGreaterThanOrEqual(2);
    expect(result.stats.kScores?.length).toBeGreaterThan(0);
  });
  it("gives the same groups for the same seed", () => {
    const a = run(3, 7).result.groups.map((group) => Array.from(group.members));
    const b = run(3, 7).result.groups.map((group) => Array.from(group.members));
    expect(a).toEqual(b);
  });
  it("copes with a corpus of only empty texts", () => {
    const builder = new CorpusBuilder("fr");
    builder.add("");
    builder.add("…");
    const result = clusterCorpus(builder.finish(), { k: "auto", seed: 1 });
    expect(result.groups).toEqual([]);
    expect(Array.from(result.unassigned)).toEqual([0, 1]);
  });
});
