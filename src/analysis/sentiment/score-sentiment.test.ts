import { describe, expect, it } from "vitest";
import { emotionNames } from "./emotion-cues.ts";
import { resolveLanguage, scoreSentiment, scoreSentiments } from "./score-sentiment.ts";

const top = (emotions: Record<string, number>) =>
  Object.entries(emotions).sort((a, b) => b[1] - a[1])[0]?.[0];

describe("scoreSentiment in French", () => {
  it("reads Je ne suis pas content du tout as negative", () => {
    expect(scoreSentiment("Je ne suis pas content du tout", "fr").polarity).toBe("negative");
    expect(scoreSentiment("pas du tout content", "fr").polarity).toBe("negative");
  });

  it("scores très bien above bien", () => {
    const plain = scoreSentiment("bien", "fr");
    expect(plain.polarity).toBe("positive");
    expect(scoreSentiment("très bien", "fr").score).toBeGreaterThan(plain.score);
  });

  it("reads emoji: c'est génial 😍 is positive with joy", () => {
    const result = scoreSentiment("c'est génial 😍", "fr");
    expect(result.polarity).toBe("positive");
    expect(result.emotions.joy).toBeGreaterThan(0);
    expect(scoreSentiment("😡😡", "fr").polarity).toBe("negative");
  });

  it("reads the idiom pas mal as positive-ish", () => {
    const result = scoreSentiment("c'est pas mal", "fr");
    expect(result.score).toBeGreaterThan(0);
  });

  it("finds fear in j'ai peur", () => {
    const result = scoreSentiment("j'ai peur", "fr");
    expect(top(result.emotions)).toBe("fear");
    expect(result.emotions.fear).toBeGreaterThan(0.2);
  });

  it("handles accents, their absence and elisions", () => {
    expect(scoreSentiment("l'équipe est géniale", "fr").polarity).toBe("positive");
    expect(scoreSentiment("l'equipe est geniale", "fr").polarity).toBe("positive");
    expect(scoreSentiment("quelle déception, c'est nul", "fr").polarity).toBe("negative");
  });

  it("gives empty text a neutral polarity and no emotion", () => {
    for (const text of ["", "   ", "..."]) {
      const result = scoreSentiment(text, "fr");
      expect(result.polarity).toBe("neutral");
      expect(result.score).toBe(0);
      expect(Object.values(result.emotions).every((value) => value === 0)).toBe(true);
    }
  });

  it("scores a very long text within bounds", () => {
    const text = "Le service était lent mais le personnel très aimable. ".repeat(5_000);
    const result = scoreSentiment(text, "fr");
    expect(result.score).toBeGreaterThanOrEqual(-1);
    expect(result.score).toBeLessThanOrEqual(1);
    for (const name of emotionNames) {
      expect(result.emotions[name]).toBeGreaterThanOrEqual(0);
      expect(result.emotions[name]).toBeLessThanOrEqual(1);
    }
  });
});

describe("scoreSentiment in English", () => {
  it("reads negation, intensifiers and emoji", () => {
    expect(scoreSentiment("I am not happy", "en").polarity).toBe("negative");
    expect(scoreSentiment("very good", "en").score).toBeGreaterThan(scoreSentiment("good", "en").score);
    expect(scoreSentiment("love it 😍", "en").polarity).toBe("positive");
    expect(scoreSentiment("I'm so scared", "en").emotions.fear).toBeGreaterThan(0);
  });

  it("settles the language of short opinions without function words", () => {
    expect(resolveLanguage("Nothing works, I am so angry", "auto")).toBe("en");
    expect(resolveLanguage("trop bien 😍", "auto")).toBe("fr");
    expect(resolveLanguage("😍", "auto")).toBe("fr");
    expect(resolveLanguage("I am so angry", "fr")).toBe("fr");
  });

  it("detects the language with auto", () => {
    const results = scoreSentiments(["This is not good at all", "Ce n'est pas bon du tout"], "auto");
    expect(results.map((r) => r.polarity)).toEqual(["negative", "negative"]);
  });
});
