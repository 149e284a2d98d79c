// Entry point: polarity and Plutchik emotions of French or English texts, one at a time or in batches.
import { detectLanguage } from "../text/detect-language.ts";
import type { SentimentLanguage } from "./cues.ts";
import { type EmotionName, emotionNames } from "./emotion-cues.ts";
import { feltEmotions } from "./emotion-thresholds.ts";
import { emotionsOf } from "./emotions.ts";
import { textFeatures } from "./features.ts";
import { lexiconFor } from "./lexicon.ts";
import { compileModel, type LinearModel, type LinearModelData, LinearScorer } from "./linear-model.ts";
import { type Polarity, polarityOf } from "./polarity.ts";
import { tokenize } from "./tokenize.ts";
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
  /**
   * The emotions a reader may be shown, strongest first: those past their calibrated threshold
   * (`emotion-thresholds.ts`, precision ≥ 0.7 on held-apart data); empty means no dominant emotion.
   */
  felt: EmotionName[];
}

export interface SentimentOptions {
  /** Use the trained linear models where the language has them (default true); false scores from lexicons only. */
  useModel?: boolean;
}

let frModel: LinearModel | null | undefined;

/** The French model, compiled from its JSON weights on first use; null while the weights are untrained. */
function modelFor(language: SentimentLanguage): LinearModel | undefined {
  if (language !== "fr") return undefined;
  if (frModel === undefined) frModel = compileModel(frWeights as unknown as LinearModelData) ?? null;
  return frModel ?? undefined;
}

/**
 * Words of short opinions that the function-word detector does not weigh ("I am so angry", "trop bien"):
 * they settle the language when it cannot.
 */
const opinionMarkers: Record<SentimentLanguage, ReadonlySet<string>> = {
  fr: new Set([
    "je",
    "j",
    "tu",
    "suis",
    "moi",
    "mon",
    "ma",
    "mes",
    "c",
    "ça",
    "très",
    "trop",
    "bien",
    "vraiment",
  ]),
  en: new Set([
    "i",
    "im",
    "am",
    "you",
    "my",
    "me",
    "so",
    "very",
    "really",
    "nothing",
    "love",
    "hate",
    "good",
    "bad",
  ]),
};

/** French or English for `text`: `lang` itself, or with "auto" the detected language (French when unsure). */
export function resolveLanguage(text: string, lang: SentimentLanguage | "auto"): SentimentLanguage {
  if (lang !== "auto") return lang;
  const detected = detectLanguage(text);
  if (detected === "en" || detected === "fr") return detected;
  let fr = 0;
  let en = 0;
  for (const token of tokenize(text)) {
    if (opinionMarkers.fr.has(token)) fr += 1;
    if (opinionMarkers.en.has(token)) en += 1;
  }
  return en > fr ? "en" : "fr";
}

/** Scores one text: polarity with a score in −1..1 and the eight emotions in 0..1. */
export function scoreSentiment(
  text: string,
  lang: SentimentLanguage | "auto",
  options: SentimentOptions = {},
): SentimentResult {
  const language = resolveLanguage(text, lang);
  const lexicon = lexiconFor(language);
  const model = options.useModel === false ? undefined : modelFor(language);
  let polarity: ReturnType<typeof polarityOf>;
  let strengths: Float64Array;
  if (model) {
    const scorer = new LinearScorer(model);
    const features = textFeatures(text, lexicon, scorer);
    polarity = polarityOf(features, scorer.sums[0], model.neutralBand);
    strengths = emotionsOf(features, { sums: scorer.sums, bias: model.bias, offset: 1 });
  } else {
    const features = textFeatures(text, lexicon);
    polarity = polarityOf(features);
    strengths = emotionsOf(features);
  }
  const emotions = {} as Record<EmotionName, number>;
  for (let e = 0; e < emotionNames.length; e++)
    emotions[emotionNames[e] as EmotionName] = round(strengths[e] ?? 0);
  const felt = options.useModel === false ? [] : feltEmotions(emotions, language);
  return { polarity: polarity.polarity, score: round(polarity.score), emotions, felt };
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
