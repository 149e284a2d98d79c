// `node bin/run-ts.js bench/calibrate-emotions.ts`: the strength from which each emotion is shown, from held-apart data.
import { emotionNames } from "../src/analysis/sentiment/emotion-cues.ts";
import { scoreSentiment } from "../src/analysis/sentiment/score-sentiment.ts";
import { type EmotionText, xedEnglishSplit, xedSplit } from "./sentiment-data.ts";

/** Wilson score interval's lower bound for a proportion (one-sided, z = 1.645: 95 %). */
export function wilsonLower(successes: number, trials: number, z = 1.645): number {
  if (trials === 0) return 0;
  const p = successes / trials;
  const z2 = z * z;
  return (
    (p + z2 / (2 * trials) - z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) /
    (1 + z2 / trials)
  );
}

/**
 * For each emotion, the lowest strength t at which the texts scored ≥ t are, with 95 % confidence, at least
 * `precision` right (Wilson lower bound over a calibration part, never used to fit the model); null when no
 * strength reaches it with at least 10 texts.
 */
export function calibrate(
  set: EmotionText[],
  language: "fr" | "en",
  precision = 0.7,
): Record<string, number | null> {
  const scored = set.map((t) => ({ strengths: scoreSentiment(t.text, language).emotions, labels: t.labels }));
  const thresholds: Record<string, number | null> = {};
  emotionNames.forEach((name, e) => {
    const candidates = [...new Set(scored.map((x) => x.strengths[name]))]
      .filter((x) => x > 0)
      .sort((a, b) => a - b);
    thresholds[name] = null;
    for (const t of candidates) {
      const predicted = scored.filter((x) => x.strengths[name] >= t);
      if (predicted.length < 10) break;
      const right = predicted.filter((x) => x.labels[e] === 1).length;
      if (wilsonLower(right, predicted.length) >= precision) {
        thresholds[name] = t;
        break;
      }
    }
  });
  return thresholds;
}

if (import.meta.main || process.argv[1]?.endsWith("calibrate-emotions.ts")) {
  const { validation } = await xedSplit();
  const english = await xedEnglishSplit();
  console.log(
    JSON.stringify({ fr: calibrate(validation, "fr"), en: calibrate(english.validation, "en") }, null, 2),
  );
}
