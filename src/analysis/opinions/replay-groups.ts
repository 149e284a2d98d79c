// Opinion groups as Pol.is would have them after living through the conversation: updates replayed from vote times.
import { planeDistances, silhouette } from "../silhouette.ts";
import { type CarriedCluster, carryKmeans } from "./carry-kmeans.ts";
import { computePca, projectParticipants } from "./pca.ts";
import { selectClustered } from "./select-clustered.ts";
import { buildVoteMatrix, type VoteList } from "./vote-matrix.ts";

export interface ReplayOptions {
  /** Statements that take part (1) or not (0, moderated out). */
  active: Uint8Array;
  /** One update per window of this many milliseconds that saw votes; default 60,000 (see `replayGroups`). */
  windowMs?: number;
  /** Base clusters; Pol.is: 100. */
  baseK?: number;
  /** Most groups; Pol.is: 5. */
  maxK?: number;
  /** Updates a new best k must win in a row before it is shown; Pol.is: 4 (`:group-k-buffer`). */
  buffer?: number;
  minVotes?: number;
  minClustered?: number;
}

/** Pol.is's `:group-k-smoother` state. */
export interface KSmoother {
  lastK: number;
  lastKCount: number;
  smoothedK: number;
}

export interface ReplayedGroups {
  /** Group of each participant of the vote list (0..k-1 by decreasing size), −1 when not clustered. */
  groupOf: Int32Array;
  k: number;
  /** Silhouettes of the last update, by k. */
  silhouettes: Record<number, number>;
  updates: number;
  /** The best k of each update, before smoothing, in order. */
  bestK: number[];
}

/**
 * Replays a conversation's life (`conversation.clj` `conv-update`, run by `conv_man.clj` whenever votes
 * arrive): at the end of every window of `windowMs` that saw votes, the votes so far give the participants
 * in the conversation, the PCA and their positions; the 100 base clusters and, for each k from 2 to max-k,
 * the groups of base clusters are carried forward from the previous update (`carry-kmeans.ts`); the k with
 * the best silhouette is shown only after it has won `buffer` updates in a row (`:group-k-smoother`, with
 * the clamp to the ks still available of polis#2536). Pol.is updates as fast as its worker allows (seconds
 * apart while votes flow); one update per minute with votes is the cadence used here, a stand-in chosen
 * before looking at any result. Moderation is taken as final throughout (exports do not date it).
 */
export function replayGroups(votes: VoteList, options: ReplayOptions): ReplayedGroups {
  const windowMs = options.windowMs ?? 60_000;
  const baseK = options.baseK ?? 100;
  const buffer = options.buffer ?? 4;
  const order = Array.from({ length: votes.length }, (_, i) => i).sort(
    (a, b) => votes.time[a]! - votes.time[b]! || a - b,
  );
  const sorted: VoteList = {
    participants: votes.participants,
    comments: votes.comments,
    participant: Int32Array.from(order, (i) => votes.participant[i]!),
    comment: Int32Array.from(order, (i) => votes.comment[i]!),
    value: Int8Array.from(order, (i) => votes.value[i]!),
    time: Float64Array.from(order, (i) => votes.time[i]!),
    length: votes.length,
  };
  const ends: number[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const window = Math.floor(sorted.time[i]! / windowMs);
    const nextWindow = i + 1 < sorted.length ? Math.floor(sorted.time[i + 1]! / windowMs) : Number.NaN;
    if (window !== nextWindow) ends.push(i + 1);
  }
  let base: CarriedCluster[] | undefined;
  const groups = new Map<number, CarriedCluster[]>();
  let smoother: KSmoother | undefined;
  let silhouettes: Record<number, number> = {};
  const bestK: number[] = [];
  for (const end of ends) {
    const prefix = slice(sorted, end);
    const matrix = buildVoteMatrix(prefix);
    const clustered = selectClustered(matrix, options.minVotes ?? 7, options.minClustered ?? 15);
    const pca = computePca(matrix, { active: options.active });
    const positions = projectParticipants(matrix, pca, options.active);
    const ids: number[] = [];
    for (let i = 0; i < matrix.nParticipants; i++) if (clustered[i]) ids.push(i);
    if (ids.length < 2) continue;
    const points = Float64Array.from(ids.flatMap((i) => [positions[2 * i]!, positions[2 * i + 1]!]));
    base = carryKmeans({ ids, points }, baseK, base, { maxIterations: 100 });
    const baseItems = {
      ids: base.map((c) => c.id),
      points: Float64Array.from(base.flatMap((c) => c.center)),
      weights: base.map((c) => c.members.length),
    };
    const maxK = Math.min(options.maxK ?? 5, 2 + Math.floor(base.length / 12), base.length);
    silhouettes = {};
    const distances = planeDistances(baseItems.points);
    for (let k = 2; k <= maxK; k++) {
      const clustering = carryKmeans(baseItems, k, groups.get(k), { maxIterations: 20 });
      groups.set(k, clustering);
      silhouettes[k] = silhouette(distances, labelsOf(baseItems.ids, clustering), clustering.length);
    }
    for (const k of [...groups.keys()]) if (k > maxK) groups.delete(k);
    const ks = Object.keys(silhouettes).map(Number);
    if (ks.length === 0) continue;
    smoother = smoothK(smoother, silhouettes, buffer);
    bestK.push(smoother.lastK);
  }
  const groupOf = new Int32Array(votes.participants.length).fill(-1);
  const chosen = smoother ? groups.get(smoother.smoothedK) : undefined;
  if (!chosen || !base) {
    for (const c of base ?? []) for (const m of c.members) groupOf[m] = 0;
    return { groupOf, k: base && base.length > 0 ? 1 : 0, silhouettes, updates: ends.length, bestK };
  }
  const baseMembers = new Map(base.map((c) => [c.id, c.members]));
  const bySize = chosen
    .map((g) => ({ g, size: g.members.reduce((s, b) => s + (baseMembers.get(b)?.length ?? 0), 0) }))
    .sort((a, b) => b.size - a.size || a.g.id - b.g.id);
  bySize.forEach(({ g }, rank) => {
    for (const b of g.members) for (const m of baseMembers.get(b) ?? []) groupOf[m] = rank;
  });
  return { groupOf, k: chosen.length, silhouettes, updates: ends.length, bestK };
}

/**
 * Pol.is's `:group-k-smoother`: the k with the best silhouette this update (ties to the larger k, as Clojure's
 * `max-key` does) counts one more win when it won the last update too; it replaces the shown k once it has
 * won `buffer` updates in a row. A shown k no longer computed is clamped to the largest one computed.
 */
export function smoothK(
  previous: KSmoother | undefined,
  silhouettes: Record<number, number>,
  buffer: number,
): KSmoother {
  const ks = Object.keys(silhouettes)
    .map(Number)
    .sort((a, b) => a - b);
  let thisK = ks[0]!;
  for (const k of ks) if (silhouettes[k]! >= silhouettes[thisK]!) thisK = k;
  const count = previous && previous.lastK === thisK ? previous.lastKCount + 1 : 1;
  let smoothedK = count >= buffer ? thisK : (previous?.smoothedK ?? thisK);
  if (!ks.includes(smoothedK)) smoothedK = Math.min(Math.max(smoothedK, ks[0]!), ks[ks.length - 1]!);
  return { lastK: thisK, lastKCount: count, smoothedK };
}

function labelsOf(ids: number[], clustering: CarriedCluster[]): Int32Array {
  const at = new Map(ids.map((id, i) => [id, i]));
  const labels = new Int32Array(ids.length);
  clustering.forEach((g, index) => {
    for (const m of g.members) labels[at.get(m)!] = index;
  });
  return labels;
}

function slice(votes: VoteList, end: number): VoteList {
  return {
    participants: votes.participants,
    comments: votes.comments,
    participant: votes.participant.subarray(0, end),
    comment: votes.comment.subarray(0, end),
    value: votes.value.subarray(0, end),
    time: votes.time.subarray(0, end),
    length: end,
  };
}
