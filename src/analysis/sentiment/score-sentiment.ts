// Entry point: polarity and Plutchik emotions of French or English texts, one at a time or in batches.
import { detectLanguage } from "../text/detect-language.ts";
import type { SentimentLanguage } from "./cues.ts";
import { type EmotionName, emotionNames } from "./emotion-cues.ts";
import { type EmotionModel, emotionsOf } from "./emotions.ts";
import { textFeatures } from "./features.ts";
import { lexiconFor } from "./lexicon.ts";
import { type Polarity, type PolarityModel, polarityOf } from "./polarity.ts";
import frWeights from "./weights/fr.json" with { type: "json" };

export type { SentimentLanguage } from "./cues.ts";
export type { EmotionName } from "./emotion-cues.ts";
export type { Polarity } from "./polarity.ts";

/** The sentiment of one text. */
export interface SentimentResult {
  polarity: Polarity;
  /** −1 (negative) .. 1 (positive). */
  score: number;
  /** Strength of each emotion, 0..1. */
  emotions: Record<EmotionName, number>;
}

export interface SentimentOptions {
  /** Use the trained linear models where the language has them (default true); false scores from lexicons only. */
  useModel?: boolean;
}

interface Models {
  polarity: PolarityModel;
  emotions: EmotionModel;
}

let frModels: Models | undefined;

/** The French models, compiled from their JSON weights on first use; none while the weights are untrained. */
function modelsFor(language: SentimentLanguage): Models | undefined {
  if (language !== "fr" || Object.keys(frWeights.polarity.weights).length === 0) return undefined;
  if (!frModels) {
    const { polarity, emotions } = frWeights as {
      polarity: { bias: number; neutralBand: number; weights: Record<string, number> };
      emotions: { bias: number[]; weights: Record<string, number[]>; thresholds: number[] };
    };
    frModels = {
      polarity: {
        bias: polarity.bias,
        neutralBand: polarity.neutralBand,
        weights: new Map(Object.entries(polarity.weights)),
      },
      emotions: {
        bias: Float64Array.from(emotions.bias),
        thresholds: Float64Array.from(emotions.thresholds),
        weights: new Map(Object.entries(emotions.weights).map(([key, w]) => [key, Float64Array.from(w)])),
      },
    };
  }
  return frModels;
}

/** French or English for `text`: `lang` itself, or with "auto" the detected language (French when unsure). */
export function resolveLanguage(text: string, lang: SentimentLanguage | "auto"): SentimentLanguage {
  if (lang !== "auto") return lang;
  return detectLanguage(text, "fr") === "en" ? "en" : "fr";
}

/** Scores one text: polarity with a score in −1..1 and the eight emotions in 0..1. */
export function scoreSentiment(
  text: string,
  lang: SentimentLanguage | "auto",
  options: SentimentOptions = {},
): SentimentResult {
  const language = resolveLanguage(text, lang);
  const models = options.useModel === false ? undefined : modelsFor(language);
  const features = textFeatures(text, lexiconFor(language), models !== undefined);
  const { polarity, score } = polarityOf(features, models?.polarity);
  const strengths = emotionsOf(features, models?.emotions);
  const emotions = {} as Record<EmotionName, number>;
  for (let e = 0; e < emotionNames.length; e++)
    emotions[emotionNames[e] as EmotionName] = round(strengths[e] ?? 0);
  return { polarity, score: round(score), emotions };
}

/** Scores many texts in the same language setting (with "auto", each text is detected on its own). */
export function scoreSentiments(
  texts: readonly string[],
  lang: SentimentLanguage | "auto",
  options: SentimentOptions = {},
): SentimentResult[] {
  return texts.map((text) => scoreSentiment(text, lang, options));
}

/** Four decimals are plenty for scores and keep the JSON output short. */
function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
