// Polarity, score, emotions and reputation dimensions of mention texts, from the sentiment engine and the lexicons.
import {
  type EmotionName,
  type Polarity,
  type SentimentLanguage,
  scoreSentiment,
} from "../sentiment/score-sentiment.ts";
import {
  type DimensionLexicon,
  type DimensionName,
  dimensionMaskOf,
  dimensionsOfMask,
} from "./dimensions.ts";
import { type MatchableText, prepareText } from "./match-tokens.ts";

export type AuditLanguage = "auto" | "fr" | "en" | "de";

/** What the audit reads in one mention. */
export interface MentionAnalysis {
  polarity: Polarity;
  /** −1..1. */
  score: number;
  emotions: Record<EmotionName, number>;
  dimensions: DimensionName[];
}

/**
 * The sentiment engine's language setting for an audit language: German has no sentiment lexicon or model, so
 * German texts are read with per-text detection (which falls back to French) rather than refused.
 */
export function sentimentLanguage(language: AuditLanguage): SentimentLanguage | "auto" {
  return language === "de" ? "auto" : language;
}

/** Analyzes one mention already prepared for matching (the tokens are shared with the queries). */
export function analyzeMention(
  text: string,
  prepared: MatchableText,
  language: AuditLanguage,
  lexicon?: DimensionLexicon,
): MentionAnalysis & { dimensionMask: number } {
  const sentiment = scoreSentiment(text, sentimentLanguage(language));
  const dimensionMask = dimensionMaskOf(prepared, lexicon);
  return { ...sentiment, dimensions: dimensionsOfMask(dimensionMask), dimensionMask };
}

/** Analyzes a batch of texts: polarity, score and emotions from `scoreSentiment`, dimensions from the lexicons. */
export function analyzeMentions(
  texts: readonly string[],
  language: AuditLanguage,
  lexicon?: DimensionLexicon,
): MentionAnalysis[] {
  return texts.map((text) => {
    const { dimensionMask: _, ...analysis } = analyzeMention(text, prepareText(text), language, lexicon);
    return analysis;
  });
}
