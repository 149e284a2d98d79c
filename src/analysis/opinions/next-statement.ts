// Which statement a participant votes on next: the one that makes the opinion map most informative, after Pol.is.
import { createRandom } from "../random.ts";

/** A statement that may be shown, with its vote counts and what the last opinion map says of it. */
export interface StatementCandidate {
  id: number;
  agrees: number;
  disagrees: number;
  passes: number;
  /**
   * How much the opinion groups disagree on it, in [0, 1]: the spread between the highest and the lowest smoothed
   * agree rate of the groups (0 when there is no map yet or a single group).
   */
  divisiveness: number;
  /** Group-informed consensus, in [0, 1]: the product over groups of their smoothed agree rates (0 without a map). */
  consensus: number;
}

/**
 * Pol.is's priority of a statement (`math/src/polismath/math/conversation.clj`, `importance-metric` and
 * `priority-metric`), with its extremity E replaced by our group divisiveness and a consensus term added:
 *
 *   S = votes seen, A = agrees, P = passes;  a = (A + 1) / (S + 2),  p = (P + 1) / (S + 2)
 *   importance = (1 − p) · (E + 1) · a                    statements people pass on matter less
 *   novelty    = 1 + 8 · 2^(−S / 5)                       few votes: up to 9×, halving every 5 votes
 *   priority   = (importance · novelty + C)²              C = consensus, so candidates get confirmed
 *
 * with E = divisiveness (divisive statements separate the groups) and C = consensus in [0, 1].
 */
export function statementPriority(c: StatementCandidate): number {
  const seen = c.agrees + c.disagrees + c.passes;
  const a = (c.agrees + 1) / (seen + 2);
  const p = (c.passes + 1) / (seen + 2);
  const importance = (1 - p) * (c.divisiveness + 1) * a;
  const novelty = 1 + 8 * 2 ** (-seen / 5);
  return (importance * novelty + c.consensus) ** 2;
}

/**
 * Chooses the next statement among `candidates` the participant has not voted on (`voted`), or null when none is
 * left. Like Pol.is, draws at random with probability proportional to the priority, so that everyone does not see the
 * same statement first; the draw uses `seed` (e.g. the participant and their vote count), so the choice is
 * deterministic: the same state and seed give the same statement.
 */
export function nextStatement(
  candidates: readonly StatementCandidate[],
  voted: ReadonlySet<number>,
  seed: number,
): number | null {
  const open = candidates.filter((c) => !voted.has(c.id)).sort((x, y) => x.id - y.id);
  if (open.length === 0) return null;
  const weights = open.map(statementPriority);
  const total = weights.reduce((sum, w) => sum + w, 0);
  let target = createRandom(seed)() * total;
  for (let i = 0; i < open.length; i++) {
    target -= weights[i] as number;
    if (target < 0) return (open[i] as StatementCandidate).id;
  }
  return (open[open.length - 1] as StatementCandidate).id;
}

/**
 * Each group's smoothed agree rate (A + 1) / (S + 2) on each statement, from the votes and the participants' groups,
 * then per statement the divisiveness (highest minus lowest rate) and the group-informed consensus (product of the
 * rates; Pol.is's `group-aware-consensus`). Statements are 0..nStatements−1, groups 0..nGroups−1; a participant
 * in no group (−1) does not count.
 */
export function statementGroupScores(
  votes: ReadonlyArray<{ participant: number; statement: number; vote: number }>,
  groupOf: ReadonlyMap<number, number>,
  nGroups: number,
  nStatements: number,
): { divisiveness: Float64Array; consensus: Float64Array } {
  const agrees = new Float64Array(nGroups * nStatements);
  const seen = new Float64Array(nGroups * nStatements);
  for (const v of votes) {
    const g = groupOf.get(v.participant);
    if (g === undefined || g < 0 || v.statement >= nStatements) continue;
    const at = g * nStatements + v.statement;
    seen[at] = (seen[at] as number) + 1;
    if (v.vote === 1) agrees[at] = (agrees[at] as number) + 1;
  }
  const divisiveness = new Float64Array(nStatements);
  const consensus = new Float64Array(nStatements);
  if (nGroups === 0) return { divisiveness, consensus };
  for (let j = 0; j < nStatements; j++) {
    let low = 1;
    let high = 0;
    let product = 1;
    for (let g = 0; g < nGroups; g++) {
      const at = g * nStatements + j;
      const rate = ((agrees[at] as number) + 1) / ((seen[at] as number) + 2);
      low = Math.min(low, rate);
      high = Math.max(high, rate);
      product *= rate;
    }
    divisiveness[j] = nGroups > 1 ? high - low : 0;
    consensus[j] = product;
  }
  return { divisiveness, consensus };
}
