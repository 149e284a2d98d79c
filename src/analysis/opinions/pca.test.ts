import { describe, expect, it } from "vitest";
import { computePca, projectParticipants } from "./pca.ts";
import { buildVoteMatrix, type VoteValue, voteListOf } from "./vote-matrix.ts";

/** Rows are participants, columns statements; null = did not vote. */
function matrixOf(rows: (VoteValue | null)[][]) {
  const records: { participant: string; comment: string; vote: VoteValue }[] = [];
  rows.forEach((row, i) => {
    row.forEach((vote, j) => {
      if (vote !== null) records.push({ participant: `p${i}`, comment: `c${j}`, vote });
    });
  });
  const comments = rows[0]!.map((_, j) => `c${j}`);
  return buildVoteMatrix(voteListOf(records, comments));
}

/** Two camps: p0–p2 agree with c0, c1 and reject c2; p3–p5 the opposite; c3 is agreed by all. */
const camps: (VoteValue | null)[][] = [
  [1, 1, -1, 1],
  [1, 1, -1, 1],
  [1, null, -1, 1],
  [-1, -1, 1, 1],
  [-1, -1, 1, 1],
  [-1, -1, null, 1],
];

describe("computePca", () => {
  it("centers on each statement's mean over the votes cast", () => {
    const pca = computePca(matrixOf(camps));
    expect(pca.center[0]).toBeCloseTo(0);
    expect(pca.center[1]).toBeCloseTo(-1 / 5);
    expect(pca.center[2]).toBeCloseTo(-1 / 5);
    expect(pca.center[3]).toBeCloseTo(1);
  });

  it("finds an eigenvector of the mean-imputed covariance as the first axis", () => {
    const m = matrixOf(camps);
    const pca = computePca(m);
    // Dense reference: missing → column mean, centered, C = XᵀX.
    const x = camps.map((row) => row.map((v, j) => (v === null ? 0 : v - pca.center[j]!)));
    const c = [0, 1, 2, 3].map((a) =>
      [0, 1, 2, 3].map((b) => x.reduce((s, row) => s + row[a]! * row[b]!, 0)),
    );
    const v = pca.components[0];
    const cv = c.map((row) => row.reduce((s, value, j) => s + value * v[j]!, 0));
    const lambda = pca.eigenvalues[0];
    cv.forEach((value, j) => {
      expect(value).toBeCloseTo(lambda * v[j]!, 6);
    });
    // The camps split along c0, c1, c2; c3 has no variance.
    expect(Math.abs(v[3]!)).toBeLessThan(1e-9);
    expect(Math.sign(v[0]!)).toBe(Math.sign(v[1]!));
    expect(Math.sign(v[0]!)).toBe(-Math.sign(v[2]!));
  });

  it("returns orthonormal axes", () => {
    const pca = computePca(matrixOf(camps));
    const [a, b] = pca.components;
    const dot = (u: Float64Array, w: Float64Array) => u.reduce((s, value, j) => s + value * w[j]!, 0);
    expect(dot(a, a)).toBeCloseTo(1, 9);
    expect(dot(b, b)).toBeCloseTo(1, 9);
    expect(dot(a, b)).toBeCloseTo(0, 9);
  });

  it("gives no weight to inactive statements", () => {
    const active = Uint8Array.of(1, 1, 0, 1);
    const pca = computePca(matrixOf(camps), { active });
    expect(pca.components[0][2]).toBe(0);
    expect(pca.center[2]).toBe(0);
  });
});

describe("projectParticipants", () => {
  it("puts the two camps on opposite sides of the first axis", () => {
    const m = matrixOf(camps);
    const positions = projectParticipants(m, computePca(m));
    const side = (i: number) => Math.sign(positions[2 * i]!);
    expect(side(0)).toBe(side(1));
    expect(side(0)).toBe(side(2));
    expect(side(3)).toBe(-side(0));
    expect(side(5)).toBe(side(3));
  });

  it("scales a participant by sqrt(statements / votes cast)", () => {
    const m = matrixOf([
      [1, 1, -1, -1],
      [1, 1, null, null],
      [-1, -1, 1, 1],
    ]);
    const pca = computePca(m);
    const positions = projectParticipants(m, pca);
    const [pc1] = pca.components;
    const raw = (1 - pca.center[0]!) * pc1[0]! + (1 - pca.center[1]!) * pc1[1]!;
    expect(positions[2]).toBeCloseTo(raw * Math.sqrt(4 / 2), 12);
  });

  it("counts a moderated-out statement as voted by everyone, as Pol.is's zeroed columns do", () => {
    const m = matrixOf([
      [1, 1, -1, -1],
      [1, null, null, 1],
      [-1, -1, 1, 1],
    ]);
    const active = Uint8Array.of(1, 1, 1, 0);
    const pca = computePca(m, { active });
    const positions = projectParticipants(m, pca, active);
    const [pc1] = pca.components;
    const raw = (1 - pca.center[0]!) * pc1[0]!;
    expect(positions[2]).toBeCloseTo(raw * Math.sqrt(4 / 2), 12);
  });
});
