import { describe, expect, it } from "vitest";
import { assignTopics, fitTopics, isNewTopic } from "./mention-topics.ts";

const themes = [
  [
    "Le marché de Noël est magnifique",
    "Trop de monde au marché de Noël",
    "Vin chaud au marché de Noël ce soir",
  ],
  [
    "Encore un bus en retard ce matin",
    "Le réseau de bus est pratique",
    "Les tarifs du bus et du tram augmentent",
  ],
  [
    "La piscine municipale ferme en août",
    "Les horaires de la piscine municipale changent",
    "Piscine municipale bondée",
  ],
];
const texts = Array.from({ length: 90 }, (_, i) => {
  const theme = themes[i % 3] as string[];
  return `${theme[Math.floor(i / 3) % 3]} (${["vraiment", "encore", "hier", "aujourd'hui", "enfin"][i % 5]})`;
});

describe("fitTopics and assignTopics", () => {
  it("finds the themes, labels them with their words, and gives unseen texts their theme", () => {
    const model = fitTopics({ texts, seed: 1 });
    expect(model.topics.length).toBeGreaterThanOrEqual(3);
    const labels = model.topics.map((t) => t.label.toLowerCase()).join(" | ");
    expect(labels).toMatch(/march|noël/);
    expect(labels).toMatch(/piscine/);
    const assigned = assignTopics(model, [
      "Je suis allé au marché de Noël avec les enfants",
      "La piscine municipale est fermée",
      "Rien à voir : la météo de demain",
    ]);
    const topicOf = (i: number) => {
      const topic = model.topics[assigned[i] as number];
      return topic ? [topic.label, ...topic.keywords].join(" ").toLowerCase() : null;
    };
    expect(topicOf(0)).toMatch(/march|noël/);
    expect(topicOf(1)).toMatch(/piscine/);
    expect(assigned[2]).toBe(-1);
  });

  it("gives every topic a distinct label and fits nothing on fewer than ten texts", () => {
    const model = fitTopics({ texts, seed: 1, k: 6 });
    const labels = model.topics.map((t) => t.label.toLowerCase());
    expect(new Set(labels).size).toBe(labels.length);
    expect(fitTopics({ texts: texts.slice(0, 5) }).topics).toEqual([]);
    expect(Array.from(assignTopics(fitTopics({ texts: [] }), ["a text"]))).toEqual([-1]);
  });
});

describe("isNewTopic", () => {
  it("is new when its mentions are nearly all in the latest period", () => {
    expect(isNewTopic(0, 40)).toBe(true);
    expect(isNewTopic(3, 40)).toBe(true);
    expect(isNewTopic(10, 40)).toBe(false);
    expect(isNewTopic(0, 4)).toBe(false);
  });
});
