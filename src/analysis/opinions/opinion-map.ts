// The whole opinion map: votes in; positions, opinion groups, representative statements and consensus out.

import { createRandom } from "../random.ts";
import {
  type ConsensusStatement,
  groupInformedScores,
  selectGroupConsensus,
  selectMajority,
} from "./consensus.ts";
import { findGroups, type OpinionGroups } from "./groups.ts";
import { computePca, projectParticipants } from "./pca.ts";
import { replayGroups } from "./replay-groups.ts";
import { countGroupVotes, type Representative, selectRepresentatives } from "./repness.ts";
import { selectClustered } from "./select-clustered.ts";
import { buildVoteMatrix, type VoteList } from "./vote-matrix.ts";

export interface OpinionMapOptions {
  /** Seed of the k-means initializations; the same votes and seed give the same map. Default 0. */
  seed?: number;
  /** Statement ids left out (moderated out): no weight in the map, never representative or consensus. */
  excluded?: Iterable<string>;
  /** Votes needed to be clustered; Pol.is: 7, or every statement when there are fewer. */
  minVotes?: number;
  /** When fewer participants qualify, the most active are added up to this many; Pol.is: 15. */
  minClustered?: number;
  /** Base clusters; Pol.is: 100. */
  baseK?: number;
  /** Most groups; Pol.is: 5. */
  maxK?: number;
  /** Representative statements per group and consensus statements per list; Pol.is: 5. */
  limit?: number;
  /**
   * Replay the conversation's updates from the vote times (`replay-groups.ts`), as Pol.is computed them over
   * its life; only meaningful when `time` holds real clock times in milliseconds (a votes.csv export).
   * Default false: one computation on all votes, k chosen by bootstrap stability (`groups.ts`).
   */
  replay?: boolean;
  /** Called between stages, for progress bars. */
  onStage?: (stage: OpinionStage) => void;
}

export type OpinionStage = "matrix" | "pca" | "groups" | "statements";

export interface RepresentativeStatement extends Omit<Representative, "comment"> {
  comment: string;
}

export interface ScoredStatement {
  comment: string;
  score: number;
}

export interface OpinionGroup {
  id: number;
  members: string[];
  center: [number, number];
  representative: RepresentativeStatement[];
}

export interface ParticipantPosition {
  participant: string;
  x: number;
  y: number;
  /** Group id, or null when the participant voted too little to be clustered. */
  group: number | null;
}

export interface OpinionMap {
  groups: OpinionGroup[];
  /** Group-informed consensus: statements every group leans to agree (or disagree) with. */
  consensus: {
    agree: string[];
    disagree: string[];
    scores: { agree: ScoredStatement[]; disagree: ScoredStatement[] };
  };
  /** Pol.is's majority statements over all participants (the `consensus` of its math output). */
  majority: { agree: ScoredStatement[]; disagree: ScoredStatement[] };
  participants: { in: number; total: number };
  statements: { total: number; excluded: number; voted: number };
  votes: number;
  k: number;
  silhouettes: Record<number, number>;
  pca: { iterations: number; eigenvalues: [number, number] };
  positions: ParticipantPosition[];
}

/**
 * Computes the opinion map of a conversation the way Pol.is does (`math/src/polismath/math/conversation.clj`,
 * small-conversation update): sparse vote matrix (latest vote wins) → participants with enough votes
 * (`:in-conv`) → PCA of everyone's votes with mean imputation (`pca.ts`) → sparsity-aware 2-D projection →
 * 100 base clusters of the clustered participants → 2 to 5 groups by silhouette (`groups.ts`) →
 * representative statements (`repness.ts`) and consensus (`consensus.ts`).
 */
export function computeOpinionMap(votes: VoteList, options: OpinionMapOptions = {}): OpinionMap {
  const stage = options.onStage ?? (() => {});
  stage("matrix");
  const matrix = buildVoteMatrix(votes);
  const excluded = new Set(options.excluded ?? []);
  const active = new Uint8Array(matrix.nComments);
  let nExcluded = 0;
  votes.comments.forEach((id, j) => {
    active[j] = excluded.has(id) ? 0 : 1;
    if (excluded.has(id)) nExcluded += 1;
  });
  const clustered = selectClustered(matrix, options.minVotes ?? 7, options.minClustered ?? 15);

  stage("pca");
  const pca = computePca(matrix, { active });
  const positions = projectParticipants(matrix, pca, active);

  stage("groups");
  const members: number[] = [];
  for (let i = 0; i < matrix.nParticipants; i++) if (clustered[i]) members.push(i);
  const points = new Float64Array(members.length * 2);
  members.forEach((i, m) => {
    points[2 * m] = positions[2 * i]!;
    points[2 * m + 1] = positions[2 * i + 1]!;
  });
  const found = options.replay
    ? replayed(votes, active, members, positions, options)
    : findGroups(points, {
        random: createRandom(options.seed ?? 0),
        order: pidOrder(votes, members),
        ...(options.baseK === undefined ? {} : { baseK: options.baseK }),
        ...(options.maxK === undefined ? {} : { maxK: options.maxK }),
      });
  const groupOf = new Int32Array(matrix.nParticipants).fill(-1);
  members.forEach((i, m) => {
    groupOf[i] = found.labels[m]!;
  });

  stage("statements");
  const limit = options.limit ?? 5;
  const groupVotes = countGroupVotes(matrix, groupOf, found.k);
  const representatives = selectRepresentatives(groupVotes, active, limit);
  const scores = groupInformedScores(groupVotes);
  const consensus = selectGroupConsensus(groupVotes, scores, active, limit);
  const majority = selectMajority(matrix, active, limit);
  const name = (list: ConsensusStatement[]): ScoredStatement[] =>
    list.map((s) => ({ comment: votes.comments[s.comment]!, score: s.score }));

  const groups: OpinionGroup[] = [];
  for (let g = 0; g < found.k; g++) {
    groups.push({
      id: g,
      members: members.filter((i) => groupOf[i] === g).map((i) => votes.participants[i]!),
      center: [found.centers[2 * g]!, found.centers[2 * g + 1]!],
      representative: (representatives[g] ?? []).map((r) => ({ ...r, comment: votes.comments[r.comment]! })),
    });
  }
  let voted = 0;
  const seen = new Uint8Array(matrix.nComments);
  for (let p = 0; p < matrix.col.length; p++) seen[matrix.col[p]!] = 1;
  for (let j = 0; j < matrix.nComments; j++) voted += seen[j]!;

  return {
    groups,
    consensus: {
      agree: consensus.agree.map((s) => votes.comments[s.comment]!),
      disagree: consensus.disagree.map((s) => votes.comments[s.comment]!),
      scores: { agree: name(consensus.agree), disagree: name(consensus.disagree) },
    },
    majority: { agree: name(majority.agree), disagree: name(majority.disagree) },
    participants: { in: members.length, total: matrix.nParticipants },
    statements: { total: matrix.nComments, excluded: nExcluded, voted },
    votes: matrix.col.length,
    k: found.k,
    silhouettes: found.silhouettes,
    pca: { iterations: pca.iterations, eigenvalues: pca.eigenvalues },
    positions: votes.participants.map((participant, i) => ({
      participant,
      x: positions[2 * i]!,
      y: positions[2 * i + 1]!,
      group: groupOf[i]! >= 0 ? groupOf[i]! : null,
    })),
  };
}

/** Pol.is seeds base clusters with its earliest participants (pid order); numeric ids are pids. */
function pidOrder(votes: VoteList, members: number[]): number[] {
  const order = members.map((_, m) => m);
  if (members.every((i) => /^\d+$/.test(votes.participants[i]!)))
    order.sort((a, b) => Number(votes.participants[members[a]!]) - Number(votes.participants[members[b]!]));
  return order;
}

/** Groups from the replayed updates, for the participants clustered on all votes (late joiners: nearest group). */
function replayed(
  votes: VoteList,
  active: Uint8Array,
  members: number[],
  positions: Float64Array,
  options: OpinionMapOptions,
): OpinionGroups {
  const history = replayGroups(votes, {
    active,
    ...(options.baseK === undefined ? {} : { baseK: options.baseK }),
    ...(options.maxK === undefined ? {} : { maxK: options.maxK }),
    ...(options.minVotes === undefined ? {} : { minVotes: options.minVotes }),
    ...(options.minClustered === undefined ? {} : { minClustered: options.minClustered }),
  });
  const k = history.k;
  const sums = new Float64Array(2 * k);
  const sizes = new Float64Array(k);
  for (const i of members) {
    const g = history.groupOf[i]!;
    if (g < 0) continue;
    sums[2 * g]! += positions[2 * i]!;
    sums[2 * g + 1]! += positions[2 * i + 1]!;
    sizes[g]! += 1;
  }
  const centers = new Float64Array(2 * k);
  for (let g = 0; g < k; g++) {
    centers[2 * g] = sizes[g]! > 0 ? sums[2 * g]! / sizes[g]! : 0;
    centers[2 * g + 1] = sizes[g]! > 0 ? sums[2 * g + 1]! / sizes[g]! : 0;
  }
  const labels = Int32Array.from(members, (i) => {
    const g = history.groupOf[i]!;
    if (g >= 0 || k === 0) return Math.max(g, 0);
    let best = 0;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (let c = 0; c < k; c++) {
      const d =
        (positions[2 * i]! - centers[2 * c]!) ** 2 + (positions[2 * i + 1]! - centers[2 * c + 1]!) ** 2;
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    return best;
  });
  return {
    labels,
    k: Math.max(k, members.length > 0 ? 1 : 0),
    centers,
    silhouettes: history.silhouettes,
    baseClusters: 0,
  };
}
