import { describe, expect, it } from "vitest";
import { groupInformedScores, selectGroupConsensus, selectMajority } from "./consensus.ts";
import type { GroupVotes } from "./repness.ts";
import { buildVoteMatrix, type VoteValue, voteListOf } from "./vote-matrix.ts";

/** Statement 0: everyone agrees (5 of 5, 4 of 4). Statement 1: the groups split. Statement 2: all disagree. */
const votes: GroupVotes = {
  k: 2,
  nComments: 3,
  agree: Int32Array.of(5, 5, 0, 4, 0, 0),
  disagree: Int32Array.of(0, 0, 5, 0, 4, 4),
  seen: Int32Array.of(5, 5, 5, 4, 4, 4),
};

describe("groupInformedScores", () => {
  it("multiplies each group's smoothed agree rate", () => {
    const scores = groupInformedScores(votes);
    expect(scores.agree[0]).toBeCloseTo((6 / 7) * (5 / 6), 12);
    expect(scores.agree[1]).toBeCloseTo((6 / 7) * (1 / 6), 12);
    expect(scores.disagree[2]).toBeCloseTo((6 / 7) * (5 / 6), 12);
  });
});

describe("selectGroupConsensus", () => {
  it("lists a statement everyone agrees with, and not one the groups split on", () => {
    const result = selectGroupConsensus(votes, groupInformedScores(votes), Uint8Array.of(1, 1, 1));
    expect(result.agree.map((s) => s.comment)).toEqual([0]);
    expect(result.disagree.map((s) => s.comment)).toEqual([2]);
  });

  it("leaves out moderated-out statements", () => {
    const result = selectGroupConsensus(votes, groupInformedScores(votes), Uint8Array.of(0, 1, 1));
    expect(result.agree).toEqual([]);
  });
});

describe("selectMajority", () => {
  it("keeps significant majorities over all participants, ranked by rate × z", () => {
    const records: { participant: string; comment: string; vote: VoteValue }[] = [];
    for (let i = 0; i < 10; i++) {
      records.push({ participant: `p${i}`, comment: "all", vote: 1 });
      records.push({ participant: `p${i}`, comment: "most", vote: i < 8 ? 1 : -1 });
      records.push({ participant: `p${i}`, comment: "split", vote: i < 5 ? 1 : -1 });
    }
    const matrix = buildVoteMatrix(voteListOf(records));
    const result = selectMajority(matrix, Uint8Array.of(1, 1, 1));
    expect(result.agree.map((s) => s.comment)).toEqual([0, 1]);
    expect(result.agree[0]?.score).toBeCloseTo(11 / 12, 12);
    expect(result.disagree).toEqual([]);
  });
});
