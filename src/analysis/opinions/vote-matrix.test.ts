import { describe, expect, it } from "vitest";
import { buildVoteMatrix, VoteListBuilder, voteListOf } from "./vote-matrix.ts";

describe("buildVoteMatrix", () => {
  it("stores each participant's votes sorted by statement", () => {
    const votes = voteListOf(
      [
        { participant: "a", comment: "2", vote: 1 },
        { participant: "a", comment: "1", vote: -1 },
        { participant: "b", comment: "1", vote: 0 },
      ],
      ["1", "2", "3"],
    );
    const m = buildVoteMatrix(votes);
    expect(m.nParticipants).toBe(2);
    expect(m.nComments).toBe(3);
    expect([...m.rowStart]).toEqual([0, 2, 3]);
    expect([...m.col]).toEqual([0, 1, 0]);
    expect([...m.value]).toEqual([-1, 1, 0]);
  });

  it("keeps the latest vote by timestamp when a participant votes twice", () => {
    const votes = voteListOf([
      { participant: "a", comment: "1", vote: -1, time: 300 },
      { participant: "a", comment: "1", vote: 1, time: 100 },
      { participant: "a", comment: "1", vote: 0, time: 200 },
    ]);
    const m = buildVoteMatrix(votes);
    expect([...m.value]).toEqual([-1]);
  });

  it("keeps the later row when two votes share a timestamp", () => {
    const votes = voteListOf([
      { participant: "a", comment: "1", vote: 1, time: 5 },
      { participant: "a", comment: "1", vote: -1, time: 5 },
    ]);
    expect([...buildVoteMatrix(votes).value]).toEqual([-1]);
  });

  it("keeps participants and statements without votes", () => {
    const builder = new VoteListBuilder();
    builder.addComment("x");
    builder.addParticipant("silent");
    builder.add("p", "y", 1);
    const m = buildVoteMatrix(builder.build());
    expect(m.nParticipants).toBe(2);
    expect(m.nComments).toBe(2);
    expect([...m.rowStart]).toEqual([0, 0, 1]);
  });

  it("grows past its initial capacity and keeps one vote per pair", () => {
    const builder = new VoteListBuilder();
    for (let i = 0; i < 5000; i++) builder.add(`p${i % 50}`, `c${i % 100}`, ((i % 3) - 1) as -1 | 0 | 1, i);
    const votes = builder.build();
    expect(votes.length).toBe(5000);
    // i % 50 and i % 100 repeat together every 100 rows: 100 distinct (participant, statement) pairs.
    expect(buildVoteMatrix(votes).col.length).toBe(100);
  });
});
