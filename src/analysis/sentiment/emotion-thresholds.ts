// The strength from which an emotion is shown to a reader, per language: calibrated on held-apart labelled data.
import type { SentimentLanguage } from "./cues.ts";
import type { EmotionName } from "./emotion-cues.ts";

/**
 * An emotion is shown only from a strength at which, on labelled texts the model never trained on, its precision
 * is at least 0.7 with 95 % confidence (Wilson lower bound). French: the XED-fr validation part
 * (`bench/calibrate-emotions.ts` writes these numbers; measured on the XED-fr test part in BENCHMARKS.md). Only
 * anticipation reaches it; the other seven are never shown. English: half of a sample of XED's English
 * annotations (bench/data/xed-en); no emotion read from English cue words reaches it, so none is shown. A
 * missing emotion means "no dominant emotion", which is an answer.
 */
export const emotionThresholds: Record<SentimentLanguage, Partial<Record<EmotionName, number>>> = {
  fr: { anticipation: 0.3927 },
  en: {},
};

/** The emotions shown for these strengths in `language`, strongest first. */
export function feltEmotions(
  strengths: Record<EmotionName, number>,
  language: SentimentLanguage,
): EmotionName[] {
  const thresholds = emotionThresholds[language];
  return (Object.keys(thresholds) as EmotionName[])
    .filter((name) => strengths[name] >= (thresholds[name] ?? Number.POSITIVE_INFINITY))
    .sort((a, b) => strengths[b] - strengths[a]);
}
