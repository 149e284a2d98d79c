// Two-component PCA of the sparse vote matrix with Pol.is's handling of missing votes, never densified.
import type { VoteMatrix } from "./vote-matrix.ts";

export interface PcaOptions {
  /** Statements that take part (1) or are left out (0), e.g. moderated out; default all. */
  active?: Uint8Array;
  /** Power-iteration cap; Pol.is runs 100 (pca.clj `power-iteration`), we stop earlier once converged. */
  maxIterations?: number;
  /** Convergence: stop when both components move less than this (Euclidean norm of the change). */
  tolerance?: number;
}

export interface Pca {
  /** Per-statement mean of the observed votes (the imputed value for a missing vote); 0 for inactive ones. */
  center: Float64Array;
  /** The two principal axes, unit length, over statements (zero on inactive statements). */
  components: [Float64Array, Float64Array];
  /** The eigenvalues of X_cᵀX_c for each axis (variance × participants). */
  eigenvalues: [number, number];
  iterations: number;
}

/**
 * PCA as in Pol.is (`math/src/polismath/math/pca.clj` `powerit-pca`, and `conversation.clj` `:mat`, which
 * replaces each missing vote by its statement's mean): after centering, an imputed entry is exactly 0, so the
 * centered matrix X_c keeps the sparsity of the votes, with x_ij − μ_j on observed entries. Each power step
 * computes X_cᵀ(X_c V) for both axes in one pass over the non-zeros, then orthonormalizes them
 * (Gram–Schmidt, the same subspace Pol.is reaches by deflating with `factor-matrix`). Start vectors are all
 * ones for the first axis (Pol.is's default) and an alternating ±1 vector for the second, so the result is
 * deterministic without a seed. Cost per step: 4 multiply-adds per vote.
 */
export function computePca(matrix: VoteMatrix, options: PcaOptions = {}): Pca {
  const { nParticipants, nComments, rowStart, col, value } = matrix;
  const active = options.active ?? new Uint8Array(nComments).fill(1);
  const maxIterations = options.maxIterations ?? 500;
  const tolerance = options.tolerance ?? 1e-9;

  const center = new Float64Array(nComments);
  const seen = new Float64Array(nComments);
  for (let k = 0; k < col.length; k++) {
    center[col[k]!]! += value[k]!;
    seen[col[k]!]! += 1;
  }
  for (let j = 0; j < nComments; j++) center[j] = active[j] && seen[j]! > 0 ? center[j]! / seen[j]! : 0;
  // Centered values, once: float32 would halve memory but cost parity with the double-precision reference.
  const centered = new Float64Array(col.length);
  for (let k = 0; k < col.length; k++) {
    const j = col[k]!;
    centered[k] = active[j] ? value[k]! - center[j]! : 0;
  }

  let v1 = new Float64Array(nComments);
  let v2 = new Float64Array(nComments);
  for (let j = 0; j < nComments; j++) {
    if (!active[j]) continue;
    v1[j] = 1;
    v2[j] = j % 2 === 0 ? 1 : -1;
  }
  orthonormalize(v1, v2);
  let eigenvalues: [number, number] = [0, 0];
  let iterations = 0;
  const w1 = new Float64Array(nComments);
  const w2 = new Float64Array(nComments);
  for (iterations = 1; iterations <= maxIterations; iterations++) {
    w1.fill(0);
    w2.fill(0);
    for (let i = 0; i < nParticipants; i++) {
      const end = rowStart[i + 1]!;
      let y1 = 0;
      let y2 = 0;
      for (let k = rowStart[i]!; k < end; k++) {
        const x = centered[k]!;
        y1 += x * v1[col[k]!]!;
        y2 += x * v2[col[k]!]!;
      }
      if (y1 === 0 && y2 === 0) continue;
      for (let k = rowStart[i]!; k < end; k++) {
        const x = centered[k]!;
        w1[col[k]!]! += x * y1;
        w2[col[k]!]! += x * y2;
      }
    }
    const norms = orthonormalize(w1, w2);
    eigenvalues = norms;
    const change = Math.max(distance(w1, v1), distance(w2, v2));
    [v1, v2] = [Float64Array.from(w1), Float64Array.from(w2)];
    if (change < tolerance) break;
  }
  return { center, components: [v1, v2], eigenvalues, iterations: Math.min(iterations, maxIterations) };
}

/** Normalizes a, then makes b orthogonal to a and unit length; returns the norms before normalizing. */
function orthonormalize(a: Float64Array, b: Float64Array): [number, number] {
  const na = norm(a);
  if (na > 0) for (let j = 0; j < a.length; j++) a[j]! /= na;
  let dot = 0;
  for (let j = 0; j < a.length; j++) dot += a[j]! * b[j]!;
  for (let j = 0; j < b.length; j++) b[j]! -= dot * a[j]!;
  const nb = norm(b);
  if (nb > 0) for (let j = 0; j < b.length; j++) b[j]! /= nb;
  return [na, nb];
}

function norm(a: Float64Array): number {
  let sum = 0;
  for (let j = 0; j < a.length; j++) sum += a[j]! * a[j]!;
  return Math.sqrt(sum);
}

function distance(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let j = 0; j < a.length; j++) sum += (a[j]! - b[j]!) ** 2;
  return Math.sqrt(sum);
}

/**
 * Pol.is's sparsity-aware projection (`pca.clj` `sparsity-aware-project-ptpt`): a participant's position is
 * Σ over the statements they voted on of (x_ij − μ_j)·pc_j, scaled by sqrt(nStatements / nVoted) so that
 * someone who voted on few statements is not pulled toward the center by the votes they never cast.
 * nStatements counts the statements anyone voted on. Pol.is zeroes the columns of moderated-out statements
 * (`named_matrix.clj` `zero-out-columns`, used for `conversation.clj` `:rating-mat`), which turns their missing
 * votes into 0s: each such statement adds nothing to the sum but counts as voted by everyone, so we do the same.
 * Returns x, y interleaved.
 */
export function projectParticipants(matrix: VoteMatrix, pca: Pca, active?: Uint8Array): Float64Array {
  const { nParticipants, nComments, rowStart, col, value } = matrix;
  const on = active ?? new Uint8Array(nComments).fill(1);
  const hasVotes = new Uint8Array(nComments);
  for (let k = 0; k < col.length; k++) hasVotes[col[k]!] = 1;
  let nStatements = 0;
  let nZeroed = 0;
  for (let j = 0; j < nComments; j++) {
    nStatements += hasVotes[j]!;
    if (hasVotes[j] && !on[j]) nZeroed += 1;
  }
  const [pc1, pc2] = pca.components;
  const positions = new Float64Array(nParticipants * 2);
  for (let i = 0; i < nParticipants; i++) {
    let x = 0;
    let y = 0;
    let voted = 0;
    for (let k = rowStart[i]!; k < rowStart[i + 1]!; k++) {
      const j = col[k]!;
      if (!on[j]) continue;
      const d = value[k]! - pca.center[j]!;
      x += d * pc1[j]!;
      y += d * pc2[j]!;
      voted += 1;
    }
    const scale = Math.sqrt(nStatements / Math.max(voted + nZeroed, 1));
    positions[2 * i] = x * scale;
    positions[2 * i + 1] = y * scale;
  }
  return positions;
}
