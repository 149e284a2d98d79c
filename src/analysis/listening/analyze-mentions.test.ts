import { describe, expect, it } from "vitest";
import { analyzeMentions } from "./analyze-mentions.ts";

describe("analyzeMentions", () => {
  it("reads polarity, emotions and dimensions of French mentions", () => {
    const [angry, happy, plain] = analyzeMentions(
      [
        "Scandale : le maire est mis en examen, c'est honteux et révoltant !",
        "Merci pour les nouvelles pistes cyclables, c'est génial, bravo !",
        "",
      ],
      "fr",
    );
    expect(angry?.polarity).toBe("negative");
    expect(angry?.score).toBeLessThan(0);
    expect(angry?.dimensions).toEqual(["governance", "leadership"]);
    expect(happy?.polarity).toBe("positive");
    expect(happy?.dimensions).toEqual(["citizenship"]);
    expect(Object.keys(happy?.emotions ?? {}).sort()).toEqual([
      "anger",
      "anticipation",
      "disgust",
      "fear",
      "joy",
      "sadness",
      "surprise",
      "trust",
    ]);
    expect(plain).toMatchObject({ polarity: "neutral", dimensions: [] });
  });

  it("reads English with detection and German without failing", () => {
    const [english, german] = analyzeMentions(
      ["The mayor did a terrible job, awful service", "Der Bürgermeister ist gut"],
      "auto",
    );
    expect(english?.polarity).toBe("negative");
    expect(english?.dimensions).toEqual(["products-and-services", "workplace", "leadership"]);
    expect(analyzeMentions(["Der Bürgermeister"], "de")).toHaveLength(1);
    expect(german).toBeDefined();
  });

  it("gives nothing for no text", () => {
    expect(analyzeMentions([], "fr")).toEqual([]);
  });
});
