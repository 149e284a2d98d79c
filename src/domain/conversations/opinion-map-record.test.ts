import { describe, expect, it } from "vitest";
import { computeOpinionMap } from "../../analysis/opinions/opinion-map.ts";
import { voteListOf } from "../../analysis/opinions/vote-matrix.ts";
import type { VoteRecord } from "../../db/stores/conversation-store.ts";
import { opinionMapRecord } from "./opinion-map-record.ts";

/** Two camps of three who split on statements 0 to 3 and all agree on 4 and 5. */
function camps(): VoteRecord[] {
  const votes: VoteRecord[] = [];
  for (let p = 0; p < 6; p++) {
    for (let s = 0; s < 6; s++) {
      const vote = s >= 4 ? 1 : s < 2 === p < 3 ? 1 : -1;
      votes.push({ participant: p, statement: s, vote, time: votes.length });
    }
  }
  return votes;
}

describe("opinionMapRecord", () => {
  it("keeps groups, statements by number, per-statement scores and one position per participant", () => {
    const votes = camps();
    const map = computeOpinionMap(
      voteListOf(
        votes.map((v) => ({
          participant: String(v.participant),
          comment: String(v.statement),
          vote: v.vote,
        })),
      ),
    );
    const record = opinionMapRecord(map, votes, [0, 1, 2, 3, 4, 5]);
    expect(record.groups.map((g) => g.size).sort()).toEqual([3, 3]);
    expect(Object.keys(record.positions).sort()).toEqual(["0", "1", "2", "3", "4", "5"]);
    const groupOf = (p: number) => record.positions[p]?.[2];
    expect(groupOf(0)).toBe(groupOf(2));
    expect(groupOf(0)).not.toBe(groupOf(3));
    // Statement 0 splits the groups (smoothed rates 4/5 and 1/5); statement 4 unites them (4/5 each).
    expect(record.scores[0]?.[0]).toBeCloseTo(0.6, 4);
    expect(record.scores[4]?.[0]).toBeCloseTo(0, 4);
    expect(record.scores[4]?.[1]).toBeCloseTo(0.64, 4);
    expect(record.counts[0]).toEqual([3, 3, 0]);
    expect(record.counts[4]).toEqual([6, 0, 0]);
    expect(record.consensus.agree.map((c) => c.statement).sort()).toEqual([4, 5]);
    const [minX, maxX] = record.extent;
    for (const [x] of Object.values(record.positions)) {
      expect(x).toBeGreaterThanOrEqual(minX);
      expect(x).toBeLessThanOrEqual(maxX);
    }
  });
});
