// Gives the groups of a new synthesis run the identities of the groups of the previous one, by their members.

/** How much two groups must share, as a Jaccard index of their ideas, to be the same group across runs. */
export const sameGroupThreshold = 0.3;

/** |a ∩ b| / |a ∪ b|; 0 when both are empty. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const id of a) if (b.has(id)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * Matches the groups the analysis just computed to the computed groups already stored, so that a group keeps its id
 * (and with it the name a manager gave it, its pinned quotes and its debrief) from one run to the next.
 *
 * Every pair (new group, stored group) is scored by the Jaccard index of their ideas — the ideas the stored group
 * holds now, however they got there, against the ideas the analysis put together. Pairs below `threshold` are never
 * matched. The remaining pairs are taken greedily, best score first, each group at most once on either side
 * (one-to-one); ties go to the larger new group, then to the earlier one in each list, so the result is
 * deterministic. A group that splits keeps its id in the part most like it; a group that merges with another keeps
 * the id of the one most like the merged group; the other part or group gets a new id (new) or none (retired).
 *
 * Returns, for each new group in order, the id of the stored group it continues, or null for a new group; and the
 * stored groups left unmatched.
 */
export function matchGroups(
  stored: ReadonlyArray<{ id: string; memberIds: readonly string[] }>,
  computed: ReadonlyArray<{ memberIds: readonly string[] }>,
  threshold = sameGroupThreshold,
): { matches: Array<string | null>; unmatched: string[] } {
  const storedSets = stored.map((group) => new Set(group.memberIds));
  const computedSets = computed.map((group) => new Set(group.memberIds));
  const pairs: Array<{ c: number; s: number; score: number }> = [];
  computedSets.forEach((members, c) => {
    storedSets.forEach((previous, s) => {
      const score = jaccard(members, previous);
      if (score >= threshold && score > 0) pairs.push({ c, s, score });
    });
  });
  pairs.sort(
    (a, b) =>
      b.score - a.score ||
      (computedSets[b.c]?.size ?? 0) - (computedSets[a.c]?.size ?? 0) ||
      a.c - b.c ||
      a.s - b.s,
  );
  const matches: Array<string | null> = computed.map(() => null);
  const taken = new Set<number>();
  for (const { c, s } of pairs) {
    if (matches[c] !== null || taken.has(s)) continue;
    matches[c] = (stored[s] as { id: string }).id;
    taken.add(s);
  }
  const unmatched = stored.filter((_, s) => !taken.has(s)).map((group) => group.id);
  return { matches, unmatched };
}
