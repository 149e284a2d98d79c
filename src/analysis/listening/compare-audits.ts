// Compares two audits (two snapshots, months apart): delta of every indicator, topics that appeared and vanished.
import { foldText } from "./match-tokens.ts";

/** The parts of an audit result a comparison reads (results written by older versions may lack the others). */
export interface ComparableAudit {
  brands: Array<{
    name: string;
    mentions: number;
    shareOfVoice: number | null;
    reach: number;
    engagement: number;
    netSentiment: number | null;
    reachShare?: number | null;
    engagementShare?: number | null;
    positiveShare?: number | null;
    polarity: { positive: number; neutral: number; negative: number };
  }>;
  topics: Array<{
    id: string;
    label: string;
    keywords: string[];
    size: number;
    netSentiment?: number | null;
  }>;
  dimensions: Array<{ name: string; mentions: number; netSentiment: number | null }>;
  spikes: unknown[];
  stats: { documents: number };
}

/** An indicator before and after; delta is null when either side is null. */
export interface Delta {
  before: number | null;
  after: number | null;
  delta: number | null;
}

const brandIndicators = [
  "mentions",
  "shareOfVoice",
  "reach",
  "engagement",
  "reachShare",
  "engagementShare",
  "positiveShare",
  "netSentiment",
] as const;

export interface AuditComparison {
  brands: Array<
    { name: string; presence: "both" | "before" | "after" } & Record<(typeof brandIndicators)[number], Delta>
  >;
  dimensions: Array<{ name: string; mentions: Delta; share: Delta; netSentiment: Delta }>;
  topics: {
    matched: Array<{
      before: string;
      after: string;
      label: string;
      overlap: number;
      size: Delta;
      netSentiment: Delta;
    }>;
    appeared: Array<{ id: string; label: string; keywords: string[]; size: number }>;
    vanished: Array<{ id: string; label: string; keywords: string[]; size: number }>;
  };
  spikes: Delta;
  documents: Delta;
}

function delta(before: number | null | undefined, after: number | null | undefined): Delta {
  const b = before ?? null;
  const a = after ?? null;
  return { before: b, after: a, delta: a === null || b === null ? null : round(a - b) };
}

/** Jaccard overlap of two topics' keywords, accents and case folded. */
export function keywordOverlap(a: readonly string[], b: readonly string[]): number {
  const left = new Set(a.map(foldText));
  const right = new Set(b.map(foldText));
  if (left.size === 0 && right.size === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared += 1;
  return shared / (left.size + right.size - shared);
}

/**
 * Compares audit A (before) with audit B (after). Names are matched by name; dimensions by name, with their share
 * of the brand's mentions; topics are paired greedily by keyword overlap (Jaccard of their keyword sets, best
 * pairs first, at least `minOverlap`, default 0.2): unpaired topics of B appeared, unpaired topics of A vanished.
 * `shareOf` "documents" measures dimensions' shares against all the audit's mentions (`stats.documents`) instead,
 * for audits whose dimensions count every name's mentions.
 */
export function compareAudits(
  a: ComparableAudit,
  b: ComparableAudit,
  minOverlap = 0.2,
  shareOf: "brand" | "documents" = "brand",
): AuditComparison {
  const names = [...new Set([...a.brands.map((x) => x.name), ...b.brands.map((x) => x.name)])];
  const brands = names.map((name) => {
    const before = a.brands.find((x) => x.name === name);
    const after = b.brands.find((x) => x.name === name);
    const row = {
      name,
      presence: before && after ? "both" : before ? "before" : "after",
    } as AuditComparison["brands"][number];
    for (const key of brandIndicators) row[key] = delta(before?.[key], after?.[key]);
    return row;
  });
  const totalA = shareOf === "documents" ? a.stats.documents : (a.brands[0]?.mentions ?? 0);
  const totalB = shareOf === "documents" ? b.stats.documents : (b.brands[0]?.mentions ?? 0);
  const dimensionNames = [
    ...new Set([...a.dimensions.map((d) => d.name), ...b.dimensions.map((d) => d.name)]),
  ];
  const dimensions = dimensionNames.map((name) => {
    const before = a.dimensions.find((d) => d.name === name);
    const after = b.dimensions.find((d) => d.name === name);
    return {
      name,
      mentions: delta(before?.mentions ?? 0, after?.mentions ?? 0),
      share: delta(
        totalA > 0 ? (before?.mentions ?? 0) / totalA : null,
        totalB > 0 ? (after?.mentions ?? 0) / totalB : null,
      ),
      netSentiment: delta(before?.netSentiment, after?.netSentiment),
    };
  });

  const pairs: Array<{ i: number; j: number; overlap: number }> = [];
  a.topics.forEach((ta, i) => {
    b.topics.forEach((tb, j) => {
      const overlap = keywordOverlap(ta.keywords, tb.keywords);
      if (overlap >= minOverlap) pairs.push({ i, j, overlap });
    });
  });
  pairs.sort((x, y) => y.overlap - x.overlap || x.i - y.i || x.j - y.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const matched: AuditComparison["topics"]["matched"] = [];
  for (const { i, j, overlap } of pairs) {
    if (usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i);
    usedB.add(j);
    const before = a.topics[i] as ComparableAudit["topics"][number];
    const after = b.topics[j] as ComparableAudit["topics"][number];
    matched.push({
      before: before.id,
      after: after.id,
      label: after.label,
      overlap: round(overlap),
      size: delta(before.size, after.size),
      netSentiment: delta(before.netSentiment, after.netSentiment),
    });
  }
  const brief = (t: ComparableAudit["topics"][number]) => ({
    id: t.id,
    label: t.label,
    keywords: t.keywords,
    size: t.size,
  });
  return {
    brands,
    dimensions,
    topics: {
      matched,
      appeared: b.topics.filter((_, j) => !usedB.has(j)).map(brief),
      vanished: a.topics.filter((_, i) => !usedA.has(i)).map(brief),
    },
    spikes: delta(a.spikes.length, b.spikes.length),
    documents: delta(a.stats.documents, b.stats.documents),
  };
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
