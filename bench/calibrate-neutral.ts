// `node bin/run-ts.js bench/calibrate-neutral.ts`: the English neutral band, from labelled neutral and polar lines.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { scoreSentiment } from "../src/analysis/sentiment/score-sentiment.ts";
import { macroF1 } from "./sentiment-metrics.ts";

export interface PolarLine {
  text: string;
  label: "negative" | "neutral" | "positive";
}

/**
 * XED English lines with a 3-class polarity (bench/data/xed-en, CC BY 4.0): neutral lines, and annotated lines
 * whose emotions are all positive (joy, trust) or all negative (anger, disgust, fear, sadness). The first half of
 * each kind calibrates, the second half measures.
 */
export async function xedEnglishPolarity(): Promise<{ calibration: PolarLine[]; test: PolarLine[] }> {
  const folder = resolve(import.meta.dirname, "data/xed-en");
  const neutral: PolarLine[] = (await readFile(`${folder}/neutral.txt`, "utf8"))
    .split("\n")
    .filter((t) => t.trim() !== "")
    .map((text) => ({ text, label: "neutral" }));
  const polar: PolarLine[] = [];
  for (const row of (await readFile(`${folder}/sample.tsv`, "utf8")).split("\n")) {
    const [text, labels] = row.split("\t");
    if (!text || !labels) continue;
    const set = labels.split(",").map((l) => l.trim());
    if (set.every((l) => l === "5" || l === "8")) polar.push({ text, label: "positive" });
    else if (set.every((l) => ["1", "3", "4", "6"].includes(l))) polar.push({ text, label: "negative" });
  }
  const half = <T>(xs: T[]) => [xs.slice(0, xs.length >> 1), xs.slice(xs.length >> 1)] as const;
  const [n1, n2] = half(neutral);
  const [p1, p2] = half(polar);
  return { calibration: [...n1, ...p1], test: [...n2, ...p2] };
}

/** Macro-F1 of the 3 classes when scores within ±band are neutral. */
export function f1AtBand(scores: number[], lines: PolarLine[], band: number): number {
  const predicted = scores.map((s) => (s >= band ? "positive" : s <= -band ? "negative" : "neutral"));
  return macroF1(
    lines.map((l) => l.label),
    predicted,
  );
}

/** The band in 0.00…0.80 (steps of 0.01) with the best macro-F1 on `lines`; ties to the narrower band. */
export function calibrateBand(lines: PolarLine[]): number {
  const scores = lines.map((l) => scoreSentiment(l.text, "en").score);
  let best = 0;
  let bestF1 = -1;
  for (let b = 0; b <= 80; b++) {
    const f1 = f1AtBand(scores, lines, b / 100);
    if (f1 > bestF1 + 1e-12) {
      bestF1 = f1;
      best = b / 100;
    }
  }
  return best;
}

if (process.argv[1]?.endsWith("calibrate-neutral.ts")) {
  const { calibration, test } = await xedEnglishPolarity();
  const band = calibrateBand(calibration);
  const scores = test.map((l) => scoreSentiment(l.text, "en").score);
  console.log(
    JSON.stringify({
      band,
      calibration: calibration.length,
      test: test.length,
      testF1: f1AtBand(scores, test, band),
      testF1AtCurrent: f1AtBand(scores, test, 0.1),
    }),
  );
}
