import { describe, expect, it } from "vitest";
import { groupCountFor, synthesizeIdeas } from "./synthesize-ideas.ts";

const hour = 3_600_000;
/** Twenty French ideas on four themes: bicycles, children, plastic waste, the evening market. */
const texts = [
  "Un parking à vélos sécurisé près de l'entrée du marché, contre le vol des vélos.",
  "Plus d'arceaux à vélos : le samedi on ne trouve aucune place pour garer son vélo.",
  "Garer son vélo cargo près du marché, avec des arceaux à vélos pour les familles.",
  "Un stationnement vélo surveillé pendant le marché, contre le vol des vélos.",
  "Des places de vélos en plus devant la halle, le parking à vélos est plein.",
  "Des jeux en bois pour les enfants sur la place pendant que les parents font le marché.",
  "Un atelier cuisine où les enfants préparent une recette avec les légumes du marché.",
  "Un espace de jeux pour les enfants, à l'ombre, avec des bancs pour les parents.",
  "Une chasse au trésor entre les stands pour les enfants.",
  "Un atelier du goût pour les enfants avec les fruits et légumes de saison.",
  "Zéro sac plastique au marché : des sacs en tissu réutilisables.",
  "Des gobelets consignés à la buvette, pour ne plus jeter de plastique.",
  "Venir avec ses bocaux et ses sacs en tissu : moins d'emballages plastique.",
  "Interdire les sacs plastique et les emballages plastique au marché.",
  "Moins de plastique : des sacs en papier ou en tissu chez tous les commerçants.",
  "Un marché du soir le vendredi en été, avec de la musique.",
  "Un marché du soir une fois par mois pour les gens qui travaillent.",
  "Le marché du soir en été avec des tables pour manger sur place.",
  "Ouvrir un marché du soir : le samedi matin on travaille.",
  "Un marché du soir en semaine, avec des producteurs et de la musique.",
];
const ideas = texts.map((text, i) => ({ id: `idea-${i}`, text, createdAt: 1_700_000_000_000 + i * hour }));

describe("synthesizeIdeas", () => {
  it("groups French ideas by theme, with a label, keywords, quotes among the members, a trend and emotions", () => {
    const result = synthesizeIdeas({ ideas });
    expect(result.status).toBe("grouped");
    expect(result.groups.length).toBeGreaterThanOrEqual(3);
    const placed = [...result.groups.flatMap((g) => g.memberIds), ...result.outlierIds];
    expect(placed.sort()).toEqual(ideas.map((idea) => idea.id).sort());
    for (const group of result.groups) {
      expect(group.label.length).toBeGreaterThan(0);
      expect(group.keywords.length).toBeGreaterThan(0);
      expect(group.quoteIds.length).toBeGreaterThan(0);
      for (const quote of group.quoteIds) expect(group.memberIds).toContain(quote);
      expect([null, "growing", "stable", "fading"]).toContain(group.trend);
      for (const share of Object.values(group.emotions)) {
        expect(share).toBeGreaterThan(0);
        expect(share).toBeLessThanOrEqual(1);
      }
    }
    // The five bicycle ideas land together.
    const bikes = result.groups.find((g) => g.memberIds.includes("idea-0"));
    expect(bikes?.memberIds).toEqual(expect.arrayContaining(["idea-1", "idea-2", "idea-3", "idea-4"]));
    expect(bikes?.label).toMatch(/vélo/);
  });

  it("starts from the previous run's groups: a new idea leaves the other groups, their names and keywords, as they were", () => {
    const base = synthesizeIdeas({ ideas });
    // Names a manager would never see computed: they can only come from the previous run.
    const previous = base.groups.map((g, i) => ({ ...g, label: `Groupe ${i}`, keywords: [`mot-${i}`] }));
    const added = {
      id: "idea-new",
      text: "Un marché du soir avec des food-trucks.",
      createdAt: 1_800_000_000_000,
    };
    const next = synthesizeIdeas({ ideas: [...ideas, added], previous });
    const holding = next.groups.find((g) => g.memberIds.includes("idea-new"));
    for (const group of next.groups) {
      if (group === holding) continue;
      const before = previous.find((p) => p.memberIds.some((id) => group.memberIds.includes(id)));
      expect(group.memberIds.slice().sort()).toEqual(before?.memberIds.slice().sort());
      expect(group.label).toBe(before?.label);
      expect(group.keywords).toEqual(before?.keywords);
    }
    expect(next.groups.length).toBe(base.groups.length);
  });

  it("chooses its groups afresh when more than a quarter of the ideas changed since the previous run", () => {
    const base = synthesizeIdeas({ ideas });
    expect(base.groups.length).toBe(4);
    // Six of twenty withdrawn, from every theme: the previous run's four groups would all still have ideas.
    const left = ideas.filter((_, i) => ![0, 1, 5, 6, 10, 15].includes(i));
    const next = synthesizeIdeas({ ideas: left, previous: base.groups });
    expect(next.groups.length).toBe(groupCountFor(left.length));
    expect(groupCountFor(left.length)).toBe(3);
  });

  it("is deterministic for the same input", () => {
    expect(synthesizeIdeas({ ideas })).toEqual(synthesizeIdeas({ ideas }));
  });

  it("makes no groups from too few ideas, and says so", () => {
    const result = synthesizeIdeas({ ideas: ideas.slice(0, 5) });
    expect(result).toEqual({
      status: "too-few-ideas",
      groups: [],
      outlierIds: ["idea-0", "idea-1", "idea-2", "idea-3", "idea-4"],
    });
  });

  it("looks for more groups than the silhouette's candidates in small challenges", () => {
    expect(groupCountFor(6)).toBe(2);
    expect(groupCountFor(20)).toBe(4);
    expect(groupCountFor(500)).toBe("auto");
  });
});
