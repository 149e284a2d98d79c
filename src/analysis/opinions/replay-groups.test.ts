import { describe, expect, it } from "vitest";
import { replayGroups, smoothK } from "./replay-groups.ts";
import { voteListOf } from "./vote-matrix.ts";

describe("smoothK", () => {
  it("shows a new best k only after it wins 4 updates in a row, as Pol.is's group-k-smoother", () => {
    let state = smoothK(undefined, { 2: 0.5, 3: 0.4 }, 4);
    expect(state).toEqual({ lastK: 2, lastKCount: 1, smoothedK: 2 });
    for (let update = 1; update <= 3; update++) {
      state = smoothK(state, { 2: 0.4, 3: 0.5 }, 4);
      expect(state.smoothedK).toBe(2);
    }
    state = smoothK(state, { 2: 0.4, 3: 0.5 }, 4);
    expect(state).toEqual({ lastK: 3, lastKCount: 4, smoothedK: 3 });
  });

  it("gives exact ties to the larger k, as Clojure's max-key", () => {
    expect(smoothK(undefined, { 2: 0.5, 3: 0.5 }, 4).lastK).toBe(3);
  });

  it("clamps a shown k that is no longer computed", () => {
    const state = smoothK({ lastK: 5, lastKCount: 9, smoothedK: 5 }, { 2: 0.3, 3: 0.6 }, 4);
    expect(state.smoothedK).toBe(3);
  });
});

describe("replayGroups", () => {
  it("finds the two camps of a conversation replayed minute by minute", () => {
    const records: { participant: string; comment: string; vote: -1 | 0 | 1; time: number }[] = [];
    for (let p = 0; p < 40; p++) {
      const side = p % 2 === 0 ? 1 : -1;
      for (let c = 0; c < 10; c++) {
        const vote = (c < 5 ? side : -side) as -1 | 1;
        records.push({ participant: String(p), comment: String(c), vote, time: p * 60_000 + c * 1000 });
      }
    }
    const votes = voteListOf(records);
    const result = replayGroups(votes, { active: new Uint8Array(10).fill(1) });
    expect(result.updates).toBe(40);
    expect(result.k).toBe(2);
    for (let p = 0; p < 40; p++) expect(result.groupOf[p]).toBe(result.groupOf[p % 2]);
    expect(result.groupOf[0]).not.toBe(result.groupOf[1]);
  });
});
