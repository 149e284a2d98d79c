import { describe, expect, it } from "vitest";
import {
  countGroupVotes,
  type GroupVotes,
  proportionTest,
  repnessStats,
  selectRepresentatives,
  twoProportionTest,
} from "./repness.ts";
import { buildVoteMatrix, voteListOf } from "./vote-matrix.ts";

/** Two groups of 10 on one statement: group 0 has 8 agree, 1 disagree, 1 pass; group 1 has 2, 7, 1. */
const oneStatement: GroupVotes = {
  k: 2,
  nComments: 1,
  agree: Int32Array.of(8, 2),
  disagree: Int32Array.of(1, 7),
  seen: Int32Array.of(10, 10),
};

describe("proportion tests", () => {
  it("reproduces Pol.is's published p-test (14 of 15 → 3.5, 150ptpt fixture tid 41)", () => {
    // 2·√16·(15/16 − ½) = 8 · 0.4375
    expect(proportionTest(14, 15)).toBeCloseTo(3.5, 12);
  });

  it("computes the two-proportion z by hand", () => {
    // (9/11 − 3/11) / √(6/11 · 5/11 · 2/11)
    expect(twoProportionTest(8, 10, 2, 10)).toBeCloseTo(2.5690465157330262, 12);
    expect(twoProportionTest(3, 3, 3, 3)).toBe(0);
  });
});

describe("repnessStats", () => {
  it("smooths rates with pseudocounts and compares a group with the others", () => {
    const s = repnessStats(oneStatement, 0, 0);
    expect(s.pa).toBeCloseTo(9 / 12, 12); // (8 + 1) / (10 + 2)
    expect(s.pd).toBeCloseTo(2 / 12, 12);
    expect(s.ra).toBeCloseTo(9 / 12 / (3 / 12), 12); // 3
    expect(s.pat).toBeCloseTo(2 * Math.sqrt(11) * (9 / 11 - 0.5), 12);
    expect(s.rat).toBeCloseTo(2.5690465157330262, 12);
    expect(s.rdt).toBeCloseTo(twoProportionTest(1, 10, 7, 10), 12);
  });
});

describe("selectRepresentatives", () => {
  it("picks the statement each group stands out on, with its direction", () => {
    const [first, second] = selectRepresentatives(oneStatement, Uint8Array.of(1));
    expect(first).toHaveLength(1);
    expect(first?.[0]).toMatchObject({ comment: 0, direction: "agree", nSuccess: 8, nTrials: 10 });
    expect(second?.[0]).toMatchObject({ comment: 0, direction: "disagree", nSuccess: 7, nTrials: 10 });
  });

  it("never picks a moderated-out statement", () => {
    expect(selectRepresentatives(oneStatement, Uint8Array.of(0))).toEqual([[], []]);
  });

  it("keeps at most five, agrees before disagrees", () => {
    const n = 8;
    const votes: GroupVotes = {
      k: 2,
      nComments: n,
      agree: new Int32Array(2 * n),
      disagree: new Int32Array(2 * n),
      seen: new Int32Array(2 * n).fill(20),
    };
    for (let j = 0; j < n; j++) {
      const strong = 12 + j; // group 0 leans harder on later statements
      if (j % 2 === 0) {
        votes.agree[j] = strong;
        votes.agree[n + j] = 2;
      } else {
        votes.disagree[j] = strong;
        votes.disagree[n + j] = 2;
      }
    }
    const [group] = selectRepresentatives(votes, new Uint8Array(n).fill(1));
    expect(group).toHaveLength(5);
    const directions = group?.map((r) => r.direction) ?? [];
    expect(directions.indexOf("disagree")).toBeGreaterThan(directions.lastIndexOf("agree"));
    expect(group?.[0]?.bestAgree).toBe(true);
  });
});

describe("countGroupVotes", () => {
  it("counts agree, disagree and seen per group, skipping unclustered participants", () => {
    const matrix = buildVoteMatrix(
      voteListOf(
        [
          { participant: "a", comment: "x", vote: 1 },
          { participant: "b", comment: "x", vote: 0 },
          { participant: "c", comment: "x", vote: -1 },
          { participant: "d", comment: "x", vote: -1 },
        ],
        ["x"],
      ),
    );
    const counts = countGroupVotes(matrix, Int32Array.of(0, 0, 1, -1), 2);
    expect([...counts.agree]).toEqual([1, 0]);
    expect([...counts.disagree]).toEqual([0, 1]);
    expect([...counts.seen]).toEqual([2, 1]);
  });
});
