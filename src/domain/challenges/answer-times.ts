// How quickly the project manager answers: the median time from an idea to its first official answer.

/** Median of `values` (the mean of the two middle ones for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] as number) + upper) / 2;
}

/**
 * Median time to a first official answer, in whole seconds (rounded), over the ideas that have one; null when no
 * idea has been answered yet. Unanswered ideas are not counted as zero nor as infinity: the unanswered list shows them.
 */
export function medianFirstAnswerSeconds(
  ideas: ReadonlyArray<{ createdAt: Date; firstOfficialAnswerAt: Date | null }>,
): number | null {
  const waits = ideas
    .filter((idea) => idea.firstOfficialAnswerAt !== null)
    .map((idea) => ((idea.firstOfficialAnswerAt as Date).getTime() - idea.createdAt.getTime()) / 1000);
  const value = median(waits);
  return value === null ? null : Math.round(value);
}
