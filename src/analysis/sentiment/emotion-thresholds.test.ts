import { describe, expect, it } from "vitest";
import type { EmotionName } from "./emotion-cues.ts";
import { emotionThresholds, feltEmotions } from "./emotion-thresholds.ts";
import { scoreSentiment } from "./score-sentiment.ts";

const none: Record<EmotionName, number> = {
  joy: 0,
  trust: 0,
  fear: 0,
  surprise: 0,
  sadness: 0,
  disgust: 0,
  anger: 0,
  anticipation: 0,
};

describe("feltEmotions", () => {
  it("shows an emotion only from its calibrated threshold on", () => {
    const at = emotionThresholds.fr.anticipation!;
    expect(feltEmotions({ ...none, anticipation: at }, "fr")).toEqual(["anticipation"]);
    expect(feltEmotions({ ...none, anticipation: at - 0.01 }, "fr")).toEqual([]);
  });

  it("never shows an emotion without a calibrated threshold, however strong", () => {
    expect(feltEmotions({ ...none, disgust: 1, fear: 1 }, "fr")).toEqual([]);
    expect(feltEmotions({ ...none, joy: 1 }, "en")).toEqual([]);
  });

  it("shows no fear on a wish for trees and shaded benches", () => {
    const result = scoreSentiment("Plus d'arbres et de bancs à l'ombre, s'il vous plaît !", "fr");
    expect(result.felt).not.toContain("fear");
    expect(result.felt).not.toContain("disgust");
  });
});
