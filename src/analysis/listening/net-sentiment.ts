// Net sentiment of a set of mentions: (positive − negative) / (positive + negative).

/**
 * Talkwalker's net sentiment: (pos − neg) / (pos + neg), in −1..1, neutral mentions left out; null when there is
 * neither a positive nor a negative mention (the figure is undefined, not zero). Source: Talkwalker's histogram
 * API guide, "sentiment" (developer.talkwalker.com).
 */
export function netSentiment(positive: number, negative: number): number | null {
  const polar = positive + negative;
  return polar === 0 ? null : (positive - negative) / polar;
}

/** Counts of mentions per polarity. */
export interface PolarityCounts {
  positive: number;
  neutral: number;
  negative: number;
}

/** An empty tally. */
export function emptyPolarity(): PolarityCounts {
  return { positive: 0, neutral: 0, negative: 0 };
}
