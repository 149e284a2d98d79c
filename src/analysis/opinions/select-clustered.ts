// Who takes part in the opinion groups: Pol.is's `:in-conv` rule.
import type { VoteMatrix } from "./vote-matrix.ts";

/**
 * Who is clustered (`conversation.clj` `:in-conv`): participants with at least min(minVotes, statements voted
 * on) votes — votes on moderated-out statements count, as in Pol.is's `user-vote-counts` on the raw matrix;
 * when fewer than `minClustered` qualify, the most active of the others are added (ties: first seen first).
 */
export function selectClustered(matrix: VoteMatrix, minVotes: number, minClustered: number): Uint8Array {
  const { nParticipants, rowStart, col } = matrix;
  const voted = new Uint8Array(matrix.nComments);
  for (let p = 0; p < col.length; p++) voted[col[p]!] = 1;
  let nVoted = 0;
  for (let j = 0; j < matrix.nComments; j++) nVoted += voted[j]!;
  const threshold = Math.min(minVotes, nVoted);
  const clustered = new Uint8Array(nParticipants);
  let count = 0;
  for (let i = 0; i < nParticipants; i++) {
    const n = rowStart[i + 1]! - rowStart[i]!;
    if (n > 0 && n >= threshold) {
      clustered[i] = 1;
      count += 1;
    }
  }
  if (count < minClustered) {
    const others: number[] = [];
    for (let i = 0; i < nParticipants; i++)
      if (!clustered[i] && rowStart[i + 1]! > rowStart[i]!) others.push(i);
    others.sort((a, b) => rowStart[b + 1]! - rowStart[b]! - (rowStart[a + 1]! - rowStart[a]!) || a - b);
    for (const i of others.slice(0, minClustered - count)) clustered[i] = 1;
  }
  return clustered;
}
