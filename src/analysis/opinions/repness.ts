// Representativeness: which statements set each opinion group apart, with Pol.is's pseudocounts and z-tests.
import type { VoteMatrix } from "./vote-matrix.ts";

/** Agree, disagree and seen (agree + disagree + pass) counts per group and statement, index g·nComments + j. */
export interface GroupVotes {
  k: number;
  nComments: number;
  agree: Int32Array;
  disagree: Int32Array;
  seen: Int32Array;
}

/** Counts each group's votes per statement; `groupOf[i]` is participant i's group or -1 (not clustered). */
export function countGroupVotes(matrix: VoteMatrix, groupOf: Int32Array, k: number): GroupVotes {
  const { nComments, rowStart, col, value } = matrix;
  const agree = new Int32Array(k * nComments);
  const disagree = new Int32Array(k * nComments);
  const seen = new Int32Array(k * nComments);
  for (let i = 0; i < matrix.nParticipants; i++) {
    const g = groupOf[i]!;
    if (g < 0) continue;
    const offset = g * nComments;
    for (let p = rowStart[i]!; p < rowStart[i + 1]!; p++) {
      const at = offset + col[p]!;
      seen[at]! += 1;
      if (value[p] === 1) agree[at]! += 1;
      else if (value[p] === -1) disagree[at]! += 1;
    }
  }
  return { k, nComments, agree, disagree, seen };
}

/**
 * One-proportion z statistic with a pseudocount (Pol.is `math/src/polismath/math/stats.clj` `prop-test`):
 * 2·√(n+1)·((s+1)/(n+1) − ½). Tests whether more than half of n trials succeed.
 */
export function proportionTest(successes: number, trials: number): number {
  const n = trials + 1;
  return 2 * Math.sqrt(n) * ((successes + 1) / n - 0.5);
}

/**
 * Two-proportion z statistic with pseudocounts (`stats.clj` `two-prop-test`): compares (s1+1)/(n1+1) with
 * (s2+1)/(n2+1) under the pooled proportion; 0 when the pooled proportion is 1.
 */
export function twoProportionTest(s1: number, n1: number, s2: number, n2: number): number {
  const a = s1 + 1;
  const b = s2 + 1;
  const m = n1 + 1;
  const o = n2 + 1;
  const pooled = (a + b) / (m + o);
  if (pooled === 1) return 0;
  return (a / m - b / o) / Math.sqrt(pooled * (1 - pooled) * (1 / m + 1 / o));
}

/** One-tailed 90% significance for a z statistic (`stats.clj` `z-sig-90?`). */
export const Z_90 = 1.2816;

/** The raw statistics of one statement for one group against the other groups (`repness.clj` legend). */
export interface RepnessStats {
  na: number;
  nd: number;
  ns: number;
  /** Smoothed agree / disagree rates in the group: (n+1)/(ns+2). */
  pa: number;
  pd: number;
  /** z for "most of the group agrees / disagrees". */
  pat: number;
  pdt: number;
  /** Ratio of the group's smoothed rate to the other groups' smoothed rate. */
  ra: number;
  rd: number;
  /** z for "the group agrees / disagrees more than the others". */
  rat: number;
  rdt: number;
}

/** A statement that represents a group, in the form Pol.is's clients read (`finalize-cmt-stats`). */
export interface Representative {
  comment: number;
  direction: "agree" | "disagree";
  nSuccess: number;
  nTrials: number;
  pSuccess: number;
  pTest: number;
  repness: number;
  repnessTest: number;
  /** Set on the group's best agreed statement, which Pol.is always puts first. */
  bestAgree?: boolean;
}

/** Statistics of statement j for group g against the sum of the other groups (`repness.clj` `conv-repness`). */
export function repnessStats(votes: GroupVotes, g: number, j: number): RepnessStats {
  const { k, nComments } = votes;
  const at = g * nComments + j;
  const na = votes.agree[at]!;
  const nd = votes.disagree[at]!;
  const ns = votes.seen[at]!;
  let ra0 = 0;
  let rd0 = 0;
  let rs0 = 0;
  for (let h = 0; h < k; h++) {
    if (h === g) continue;
    ra0 += votes.agree[h * nComments + j]!;
    rd0 += votes.disagree[h * nComments + j]!;
    rs0 += votes.seen[h * nComments + j]!;
  }
  const pa = (na + 1) / (ns + 2);
  const pd = (nd + 1) / (ns + 2);
  return {
    na,
    nd,
    ns,
    pa,
    pd,
    pat: proportionTest(na, ns),
    pdt: proportionTest(nd, ns),
    ra: pa / ((ra0 + 1) / (rs0 + 2)),
    rd: pd / ((rd0 + 1) / (rs0 + 2)),
    rat: twoProportionTest(na, ns, ra0, rs0),
    rdt: twoProportionTest(nd, ns, rd0, rs0),
  };
}

/** Chooses agree or disagree by the larger difference test, as `repness.clj` `finalize-cmt-stats` does. */
function finalize(comment: number, s: RepnessStats): Representative {
  return s.rat > s.rdt
    ? {
        comment,
        direction: "agree",
        nSuccess: s.na,
        nTrials: s.ns,
        pSuccess: s.pa,
        pTest: s.pat,
        repness: s.ra,
        repnessTest: s.rat,
      }
    : {
        comment,
        direction: "disagree",
        nSuccess: s.nd,
        nTrials: s.ns,
        pSuccess: s.pd,
        pTest: s.pdt,
        repness: s.rd,
        repnessTest: s.rdt,
      };
}

const metric = (r: Representative): number => r.repness * r.repnessTest * r.pSuccess * r.pTest;

/** `repness.clj` `beats-best-agr?`: the statement the group most clearly agrees with, significant or not. */
function beatsBestAgree(s: RepnessStats, best: RepnessStats | undefined): boolean {
  if (s.na === 0 && s.nd === 0) return false;
  if (best && best.ra > 1) return s.ra * s.rat * s.pa * s.pat > best.ra * best.rat * best.pa * best.pat;
  if (best) return s.pa * s.pat > best.pa * best.pat;
  return s.pat > Z_90 || (s.ra > 1 && s.pa > 0.5);
}

/**
 * Representative statements per group, following `repness.clj` `select-rep-comments`: a statement qualifies
 * when both its proportion test and its difference test pass at 90% (for agree, or for disagree); qualifying
 * statements are ranked by ra·rat·pa·pat, the group's best agreed statement goes first, at most `limit` (5 in
 * Pol.is) are kept, agrees listed before disagrees. A group with no qualifying statement still gets its best one.
 * Statements with `active[j] = 0` (moderated out) are skipped.
 */
export function selectRepresentatives(votes: GroupVotes, active: Uint8Array, limit = 5): Representative[][] {
  const result: Representative[][] = [];
  for (let g = 0; g < votes.k; g++) {
    const sufficient: Representative[] = [];
    let best: Representative | undefined;
    let bestAgree: { comment: number; stats: RepnessStats } | undefined;
    for (let j = 0; j < votes.nComments; j++) {
      if (!active[j]) continue;
      const s = repnessStats(votes, g, j);
      if ((s.rat > Z_90 && s.pat > Z_90) || (s.rdt > Z_90 && s.pdt > Z_90)) sufficient.push(finalize(j, s));
      if (sufficient.length === 0 && (!best || Math.max(s.rat, s.rdt) > best.repnessTest))
        best = finalize(j, s);
      if (beatsBestAgree(s, bestAgree?.stats)) bestAgree = { comment: j, stats: s };
    }
    const head = bestAgree ? { ...finalize(bestAgree.comment, bestAgree.stats), bestAgree: true } : undefined;
    let chosen: Representative[];
    if (sufficient.length === 0) chosen = head ? [head] : best ? [best] : [];
    else {
      const ranked = sufficient
        .filter((r) => r.comment !== head?.comment)
        .sort((a, b) => metric(b) - metric(a) || a.comment - b.comment);
      chosen = (head ? [head, ...ranked] : ranked).slice(0, limit);
      chosen = [
        ...chosen.filter((r) => r.direction === "agree"),
        ...chosen.filter((r) => r.direction !== "agree"),
      ];
    }
    result.push(chosen);
  }
  return result;
}
