import { describe, expect, it } from "vitest";
import {
  nextStatement,
  type StatementCandidate,
  statementGroupScores,
  statementPriority,
} from "./next-statement.ts";

const fresh = (id: number, over: Partial<StatementCandidate> = {}): StatementCandidate => ({
  id,
  agrees: 0,
  disagrees: 0,
  passes: 0,
  divisiveness: 0,
  consensus: 0,
  ...over,
});

describe("statementPriority", () => {
  it("ranks a statement with few votes above the same statement with many", () => {
    expect(statementPriority(fresh(0, { agrees: 1, disagrees: 1 }))).toBeGreaterThan(
      statementPriority(fresh(1, { agrees: 20, disagrees: 20 })),
    );
  });

  it("ranks a divisive statement above a quiet one with the same votes", () => {
    const votes = { agrees: 10, disagrees: 10, passes: 2 };
    expect(statementPriority(fresh(0, { ...votes, divisiveness: 0.8 }))).toBeGreaterThan(
      statementPriority(fresh(1, { ...votes, divisiveness: 0 })),
    );
  });

  it("ranks a consensus candidate above a statement everyone passes on", () => {
    expect(statementPriority(fresh(0, { agrees: 15, consensus: 0.7 }))).toBeGreaterThan(
      statementPriority(fresh(1, { passes: 15 })),
    );
  });

  it("matches Pol.is's formula on a hand-checked case", () => {
    // S = 10, A = 4, P = 2: a = 5/12, p = 3/12, importance = 0.75 · 1 · 5/12 = 0.3125, novelty = 1 + 8/4 = 3.
    expect(statementPriority(fresh(0, { agrees: 4, disagrees: 4, passes: 2 }))).toBeCloseTo(0.9375 ** 2, 10);
  });
});

describe("nextStatement", () => {
  it("never returns a statement already voted on", () => {
    const candidates = [fresh(0), fresh(1), fresh(2)];
    for (let seed = 0; seed < 50; seed++) expect(nextStatement(candidates, new Set([0, 2]), seed)).toBe(1);
  });

  it("returns null once every statement has a vote", () => {
    expect(nextStatement([fresh(0), fresh(1)], new Set([0, 1]), 3)).toBeNull();
    expect(nextStatement([], new Set(), 3)).toBeNull();
  });

  it("is deterministic for a seed and draws mostly the statements with the highest priority", () => {
    const candidates = [
      fresh(0, { agrees: 50, disagrees: 50, passes: 40 }),
      fresh(1),
      fresh(2, { divisiveness: 1 }),
    ];
    expect(nextStatement(candidates, new Set(), 7)).toBe(nextStatement(candidates, new Set(), 7));
    const drawn = [0, 0, 0];
    for (let seed = 0; seed < 400; seed++) {
      const id = nextStatement(candidates, new Set(), seed) as number;
      drawn[id] = (drawn[id] as number) + 1;
    }
    expect(drawn[0]).toBeLessThan(drawn[1] as number);
    expect(drawn[1]).toBeLessThan(drawn[2] as number);
  });
});

describe("statementGroupScores", () => {
  it("finds the statement groups split on and the one they share", () => {
    // Group 0 = participants 0, 1; group 1 = participants 2, 3. Statement 0 splits them, statement 1 unites them.
    const votes = [
      { participant: 0, statement: 0, vote: 1 },
      { participant: 1, statement: 0, vote: 1 },
      { participant: 2, statement: 0, vote: -1 },
      { participant: 3, statement: 0, vote: -1 },
      { participant: 0, statement: 1, vote: 1 },
      { participant: 1, statement: 1, vote: 1 },
      { participant: 2, statement: 1, vote: 1 },
      { participant: 3, statement: 1, vote: 1 },
      { participant: 4, statement: 1, vote: -1 },
    ];
    const groups = new Map([
      [0, 0],
      [1, 0],
      [2, 1],
      [3, 1],
    ]);
    const { divisiveness, consensus } = statementGroupScores(votes, groups, 2, 2);
    // Rates: statement 0 → 3/4 and 1/4; statement 1 → 3/4 and 3/4 (participant 4 is in no group).
    expect(divisiveness[0]).toBeCloseTo(0.5, 10);
    expect(divisiveness[1]).toBeCloseTo(0, 10);
    expect(consensus[0]).toBeCloseTo(3 / 16, 10);
    expect(consensus[1]).toBeCloseTo(9 / 16, 10);
  });
});
