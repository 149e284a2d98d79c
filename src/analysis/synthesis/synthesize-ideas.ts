// A challenge's synthesis: its ideas grouped by what they say, each group labelled, quoted, dated and felt.
import { emotionNames } from "../sentiment/emotion-cues.ts";
import { scoreSentiment } from "../sentiment/score-sentiment.ts";
import { clusterCorpus } from "../text/cluster-texts.ts";
import type { TrendDirection } from "../text/trend.ts";
import { CorpusBuilder } from "../text/vocabulary.ts";

/** An idea as the synthesis reads it. */
export interface SynthesisIdea {
  id: string;
  /** Title and body together. */
  text: string;
  /** Milliseconds since 1970, for the groups' trends. */
  createdAt: number;
}

export interface SynthesisGroup {
  /** Idea ids, most central first. */
  memberIds: string[];
  label: string;
  keywords: string[];
  /** Representative ideas (central and diverse), as ids. */
  quoteIds: string[];
  trend: TrendDirection | null;
  /** Share of the group's ideas in which each emotion is felt (past its calibrated threshold), two decimals. */
  emotions: Record<string, number>;
}

export interface Synthesis {
  /** "grouped", or "too-few-ideas" when there are fewer than `minimumIdeas` ideas: no groups then. */
  status: "grouped" | "too-few-ideas";
  groups: SynthesisGroup[];
  /** Ideas too far from every group (or all of them when too few). */
  outlierIds: string[];
}

/** A group of the previous run, as stored: its ideas (those still present are used), name and keywords. */
export interface PreviousGroup {
  memberIds: string[];
  label: string;
  keywords: string[];
}

/** Below this many ideas, groups would be guesses: the synthesis says so rather than inventing them. */
export const minimumIdeas = 6;

/**
 * Groups the ideas (French first; English and German are detected per idea). Deterministic for a given seed and
 * input order; the caller sorts the ideas (e.g. by creation date) so a re-run sees the same order.
 *
 * With the `previous` run's groups (and no `k`), the groups start from those and keep their number while the
 * challenge has not grown or shrunk by more than a quarter since: one idea added, edited or withdrawn then moves
 * only the group it touches, and a group whose ideas are exactly those it had keeps its name and keywords.
 */
export function synthesizeIdeas(input: {
  ideas: SynthesisIdea[];
  seed?: number;
  k?: number;
  previous?: PreviousGroup[];
}): Synthesis {
  const { ideas } = input;
  if (ideas.length < minimumIdeas) {
    return { status: "too-few-ideas", groups: [], outlierIds: ideas.map((idea) => idea.id) };
  }
  const builder = new CorpusBuilder("auto");
  for (const idea of ideas) builder.add(idea.text);
  const previous = input.k === undefined ? carriedGroups(ideas, input.previous ?? []) : undefined;
  const clustering = clusterCorpus(builder.finish(), {
    k: input.k ?? groupCountFor(ideas.length),
    seed: input.seed ?? 1,
    dates: Float64Array.from(ideas, (idea) => idea.createdAt),
    representatives: 3,
    ...(previous ? { previous } : {}),
  });
  const idOf = (row: number) => (ideas[row] as SynthesisIdea).id;
  const named = new Map((input.previous ?? []).map((g) => [[...g.memberIds].sort().join(), g]));
  const groups = clustering.groups.map((group): SynthesisGroup => {
    const rows = Array.from(group.members);
    const memberIds = rows.map(idOf);
    const same = named.get([...memberIds].sort().join());
    return {
      memberIds,
      label: same?.label ?? group.label,
      keywords: same?.keywords ?? group.keywords,
      quoteIds: group.representatives.map(idOf),
      trend: group.trend?.direction ?? null,
      emotions: emotionShares(rows.map((row) => (ideas[row] as SynthesisIdea).text)),
    };
  });
  return { status: "grouped", groups, outlierIds: Array.from(clustering.unassigned, idOf) };
}

/**
 * Each idea's group in the previous run (−1 for a new idea), or nothing when there is no usable previous run: fewer
 * than two groups with ideas still present, or a challenge that changed by more than a quarter of its ideas.
 */
function carriedGroups(ideas: SynthesisIdea[], previous: PreviousGroup[]): Int32Array | undefined {
  const rowOf = new Map(ideas.map((idea, row) => [idea.id, row]));
  const groupOf = new Int32Array(ideas.length).fill(-1);
  let kept = 0;
  let placed = 0;
  let before = 0;
  for (const group of previous) {
    before += group.memberIds.length;
    let present = 0;
    for (const id of group.memberIds) {
      const row = rowOf.get(id);
      if (row === undefined) continue;
      groupOf[row] = kept;
      present += 1;
    }
    if (present > 0) kept += 1;
    placed += present;
  }
  const changed = ideas.length - placed + (before - placed);
  if (kept < 2 || changed > ideas.length / 4) return undefined;
  return groupOf;
}

/**
 * How many groups to look for. The silhouette's candidates grow as √(n/2), which allows only 2 or 3 groups for a
 * challenge of a few dozen ideas; below 100 ideas we take √(n/1.5) (24 ideas: 4 groups), and let the silhouette
 * choose above.
 */
export function groupCountFor(ideas: number): number | "auto" {
  return ideas < 100 ? Math.max(2, Math.round(Math.sqrt(ideas / 1.5))) : "auto";
}

/**
 * For each of the eight emotions, the share of texts where it is felt (`felt` of `scoreSentiment`: past a
 * threshold of calibrated precision ≥ 0.7); emotions felt nowhere are left out, so a group may have none.
 */
export function emotionShares(texts: string[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const name of scoreSentiment(text, "auto").felt) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const shares: Record<string, number> = {};
  for (const name of emotionNames) {
    const count = counts.get(name);
    if (count) shares[name] = Math.round((count / texts.length) * 100) / 100;
  }
  return shares;
}
