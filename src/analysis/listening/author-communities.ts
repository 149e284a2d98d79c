// Communities of authors who talk about the same things: authors grouped by the topics of their mentions.

/** One author's mentions per topic (mentions without a topic left out). */
export interface AuthorProfile {
  author: string;
  mentions: number;
  reach: number;
  topics: Readonly<Record<string, number>>;
}

/** A group of authors with a similar mix of topics. */
export interface AuthorCommunity {
  /** The community's topics, largest first, each with its share of the members' mentions that have a topic. */
  topics: Array<{ label: string; share: number }>;
  /** Members, most active first. */
  authors: string[];
  mentions: number;
  /** The sum of the members' reach. */
  reach: number;
}

/**
 * Groups authors by the cosine similarity of their topic profiles with the leader algorithm (Hartigan,
 * *Clustering Algorithms*, 1975, ch. 3): authors are taken most active first; each joins the community whose
 * summed profile is most similar to its own if that cosine reaches `minSimilarity` (default 0.6), else founds
 * one. Communities of fewer than `minAuthors` (default 2) are left out: one person is not a community.
 * Deterministic (ties by name). Sorted by members' mentions.
 */
export function authorCommunities(
  profiles: readonly AuthorProfile[],
  options: { minSimilarity?: number; minAuthors?: number } = {},
): AuthorCommunity[] {
  const minSimilarity = options.minSimilarity ?? 0.6;
  const minAuthors = options.minAuthors ?? 2;
  const ordered = [...profiles]
    .filter((p) => Object.values(p.topics).some((n) => n > 0))
    .sort((a, b) => b.mentions - a.mentions || a.author.localeCompare(b.author));
  const groups: Array<{ sum: Map<string, number>; members: AuthorProfile[] }> = [];
  for (const profile of ordered) {
    let best: (typeof groups)[number] | undefined;
    let bestCosine = minSimilarity;
    for (const group of groups) {
      const c = cosine(profile.topics, group.sum);
      if (c >= bestCosine) {
        best = group;
        bestCosine = c;
      }
    }
    if (!best) {
      best = { sum: new Map(), members: [] };
      groups.push(best);
    }
    best.members.push(profile);
    for (const [label, n] of Object.entries(profile.topics))
      best.sum.set(label, (best.sum.get(label) ?? 0) + n);
  }
  return groups
    .filter((g) => g.members.length >= minAuthors)
    .map((g) => {
      const total = [...g.sum.values()].reduce((a, b) => a + b, 0);
      return {
        topics: [...g.sum]
          .filter(([, n]) => n > 0)
          .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
          .map(([label, n]) => ({ label, share: total > 0 ? n / total : 0 })),
        authors: g.members.map((m) => m.author),
        mentions: g.members.reduce((a, m) => a + m.mentions, 0),
        reach: g.members.reduce((a, m) => a + m.reach, 0),
      };
    })
    .sort((a, b) => b.mentions - a.mentions || (a.authors[0] ?? "").localeCompare(b.authors[0] ?? ""));
}

function cosine(a: Readonly<Record<string, number>>, b: ReadonlyMap<string, number>): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const [label, n] of Object.entries(a)) {
    normA += n * n;
    dot += n * (b.get(label) ?? 0);
  }
  for (const n of b.values()) normB += n * n;
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}
