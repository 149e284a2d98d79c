// Consensus: statements every opinion group leans the same way on, and Pol.is's plain majority statements.
import { type GroupVotes, proportionTest, Z_90 } from "./repness.ts";
import type { VoteMatrix } from "./vote-matrix.ts";

/** A consensus statement with its score. */
export interface ConsensusStatement {
  comment: number;
  /** Group-informed: Π over groups of the smoothed rate; majority: the smoothed rate over everyone. */
  score: number;
}

export interface Consensus {
  agree: ConsensusStatement[];
  disagree: ConsensusStatement[];
}

/** Group-informed consensus scores of every statement, for agree and for disagree (index = statement). */
export interface GroupInformedScores {
  agree: Float64Array;
  disagree: Float64Array;
}

/**
 * Group-informed consensus (Pol.is `math/src/polismath/math/conversation.clj` `:group-aware-consensus`):
 * the product over groups of each group's smoothed agree rate (A_g + 1) / (S_g + 2), where S_g counts the
 * group's agree, disagree and pass votes; the +1/+2 prior keeps a group that never saw the statement at ½.
 * A statement scores high only when every group agrees with it. The same product of disagree rates gives
 * the disagree score.
 */
export function groupInformedScores(votes: GroupVotes): GroupInformedScores {
  const { k, nComments } = votes;
  const agree = new Float64Array(nComments).fill(k > 0 ? 1 : 0);
  const disagree = new Float64Array(nComments).fill(k > 0 ? 1 : 0);
  for (let g = 0; g < k; g++) {
    for (let j = 0; j < nComments; j++) {
      const at = g * nComments + j;
      const seen = votes.seen[at]! + 2;
      agree[j]! *= (votes.agree[at]! + 1) / seen;
      disagree[j]! *= (votes.disagree[at]! + 1) / seen;
    }
  }
  return { agree, disagree };
}

/**
 * The consensus lists: statements on which every group's smoothed rate is above ½ (each group leans that
 * way), ranked by the group-informed score, at most `limit` each. Moderated-out statements are skipped.
 */
export function selectGroupConsensus(
  votes: GroupVotes,
  scores: GroupInformedScores,
  active: Uint8Array,
  limit = 5,
): Consensus {
  const pick = (counts: Int32Array, score: Float64Array): ConsensusStatement[] => {
    const chosen: ConsensusStatement[] = [];
    if (votes.k === 0) return chosen;
    for (let j = 0; j < votes.nComments; j++) {
      if (!active[j]) continue;
      let everyGroup = true;
      for (let g = 0; g < votes.k && everyGroup; g++) {
        const at = g * votes.nComments + j;
        everyGroup = (counts[at]! + 1) / (votes.seen[at]! + 2) > 0.5;
      }
      if (everyGroup) chosen.push({ comment: j, score: score[j]! });
    }
    return chosen.sort((a, b) => b.score - a.score || a.comment - b.comment).slice(0, limit);
  };
  return { agree: pick(votes.agree, scores.agree), disagree: pick(votes.disagree, scores.disagree) };
}

/**
 * Pol.is's majority consensus (`math/src/polismath/math/repness.clj` `consensus-stats` and
 * `select-consensus-comments`), over every participant, clustered or not: a statement qualifies for agree when
 * its smoothed agree rate pa = (na+1)/(ns+2) is above ½ and the proportion test passes at 90%; ranked by
 * pa × z, at most `limit` (Pol.is: 5). Same for disagree.
 */
export function selectMajority(matrix: VoteMatrix, active: Uint8Array, limit = 5): Consensus {
  const { nComments, col, value } = matrix;
  const agree = new Int32Array(nComments);
  const disagree = new Int32Array(nComments);
  const seen = new Int32Array(nComments);
  for (let p = 0; p < col.length; p++) {
    const j = col[p]!;
    seen[j]! += 1;
    if (value[p] === 1) agree[j]! += 1;
    else if (value[p] === -1) disagree[j]! += 1;
  }
  const pick = (counts: Int32Array): ConsensusStatement[] => {
    const chosen: (ConsensusStatement & { metric: number })[] = [];
    for (let j = 0; j < nComments; j++) {
      if (!active[j]) continue;
      const rate = (counts[j]! + 1) / (seen[j]! + 2);
      const z = proportionTest(counts[j]!, seen[j]!);
      if (rate > 0.5 && z > Z_90) chosen.push({ comment: j, score: rate, metric: rate * z });
    }
    return chosen
      .sort((a, b) => b.metric - a.metric || a.comment - b.comment)
      .slice(0, limit)
      .map(({ comment, score }) => ({ comment, score }));
  };
  return { agree: pick(agree), disagree: pick(disagree) };
}
