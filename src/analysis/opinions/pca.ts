// Two-component PCA of the sparse vote matrix with Pol.is's handling of missing votes, never densified.
import type { VoteMatrix } from "./vote-matrix.ts";

export interface PcaOptions {
  /** Statements that take part (1) or are left out (0), e.g. moderated out; default all. */
  active?: Uint8Array;
  /** Cap on products with the matrix (Lanczos steps); Pol.is runs 100 power iterations (pca.clj). */
  maxIterations?: number;
  /** Convergence: stop when both Ritz residuals are below this fraction of the largest eigenvalue. */
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
 * centered matrix X_c keeps the sparsity of the votes, with x_ij − μ_j on observed entries, and
 * C·q = X_cᵀ(X_c q) is computed in one pass over the votes without ever building the dense matrix
 * (2 multiply-adds per vote).
 *
 * Pol.is finds the axes by power iteration (100 steps from an all-ones vector, then deflation by
 * `factor-matrix`). Power iteration only ever looks at the latest vector of the Krylov sequence q, Cq, C²q, …;
 * Lanczos (Golub & Van Loan, Matrix Computations, §10.1) keeps the whole sequence, orthonormalized, and reads
 * the top eigenvectors from the small tridiagonal matrix it builds. Same start (all ones), same products,
 * same answer — the top two eigenvectors of X_cᵀX_c — in far fewer passes over the votes when the second and
 * third eigenvalues are close, as they are in vote data. We reorthogonalize fully (the basis holds at most a
 * few hundred vectors of nComments entries) and stop when both Ritz residuals ‖Cy − θy‖ fall under
 * `tolerance`·θ₁. Signs are made deterministic: the largest entry of each axis is positive.
 */
export function computePca(matrix: VoteMatrix, options: PcaOptions = {}): Pca {
  const { nParticipants, nComments, rowStart, col, value } = matrix;
  const active = options.active ?? new Uint8Array(nComments).fill(1);
  const maxIterations = Math.min(options.maxIterations ?? 300, nComments);
  const tolerance = options.tolerance ?? 1e-7;

  const center = new Float64Array(nComments);
  const seen = new Float64Array(nComments);
  for (let k = 0; k < col.length; k++) {
    center[col[k]!]! += value[k]!;
    seen[col[k]!]! += 1;
  }
  for (let j = 0; j < nComments; j++) center[j] = active[j] && seen[j]! > 0 ? center[j]! / seen[j]! : 0;
  // x_ij − μ_j looked up by (statement, vote) instead of stored per vote: 5 bytes read per vote instead of 12.
  const table = new Float64Array(nComments * 3);
  for (let j = 0; j < nComments; j++) {
    if (!active[j]) continue;
    for (let v = -1; v <= 1; v++) table[3 * j + v + 1] = v - center[j]!;
  }
  const multiply = (q: Float64Array, out: Float64Array) => {
    out.fill(0);
    for (let i = 0; i < nParticipants; i++) {
      const from = rowStart[i]!;
      const end = rowStart[i + 1]!;
      let y = 0;
      for (let k = from; k < end; k++) {
        const j = col[k]!;
        y += table[3 * j + value[k]! + 1]! * q[j]!;
      }
      if (y === 0) continue;
      for (let k = from; k < end; k++) {
        const j = col[k]!;
        out[j]! += table[3 * j + value[k]! + 1]! * y;
      }
    }
  };

  const basis: Float64Array[] = [];
  const alpha: number[] = [];
  const beta: number[] = [];
  // All ones as in Pol.is, slightly tilted (deterministically) so that the start cannot be orthogonal to an
  // axis by symmetry of the data.
  let q = new Float64Array(nComments);
  for (let j = 0; j < nComments; j++) if (active[j]) q[j] = 1 + 0.01 * Math.sin(j + 1);
  let norm = Math.sqrt(dot(q, q));
  if (norm === 0 || maxIterations === 0) {
    const components: [Float64Array, Float64Array] = [
      new Float64Array(nComments),
      new Float64Array(nComments),
    ];
    return { center, components, eigenvalues: [0, 0], iterations: 0 };
  }
  for (let j = 0; j < nComments; j++) q[j]! /= norm;
  const w = new Float64Array(nComments);
  let ritz: { values: Float64Array; vectors: Float64Array; size: number } = {
    values: new Float64Array(0),
    vectors: new Float64Array(0),
    size: 0,
  };
  let iterations = 0;
  while (iterations < maxIterations) {
    basis.push(q);
    iterations += 1;
    multiply(q, w);
    const a = dot(q, w);
    alpha.push(a);
    // Full reorthogonalization, twice ("twice is enough", Parlett): keeps the basis orthonormal in floating point.
    for (let pass = 0; pass < 2; pass++) {
      for (const u of basis) {
        const c = dot(u, w);
        for (let j = 0; j < nComments; j++) w[j]! -= c * u[j]!;
      }
    }
    norm = Math.sqrt(dot(w, w));
    const k = basis.length;
    const exhausted = norm <= 1e-12 * Math.max(1, Math.abs(alpha[0]!));
    if (k >= 2 && (exhausted || k % 4 === 0 || iterations === maxIterations)) {
      ritz = { ...tridiagonalEigen(alpha, beta), size: k };
      const theta = Math.max(Math.abs(ritz.values[0]!), 1e-300);
      const residual = (i: number) => Math.abs(norm * ritz.vectors[(k - 1) * k + i]!);
      if (exhausted || (residual(0) <= tolerance * theta && residual(1) <= tolerance * theta)) break;
    }
    if (exhausted) break;
    beta.push(norm);
    q = new Float64Array(nComments);
    for (let j = 0; j < nComments; j++) q[j] = w[j]! / norm;
  }
  if (ritz.size !== basis.length)
    ritz = { ...tridiagonalEigen(alpha, beta.slice(0, basis.length - 1)), size: basis.length };
  const k = ritz.size;
  const components: [Float64Array, Float64Array] = [new Float64Array(nComments), new Float64Array(nComments)];
  for (let c = 0; c < Math.min(2, k); c++) {
    const axis = components[c]!;
    for (let i = 0; i < k; i++) {
      const s = ritz.vectors[i * k + c]!;
      const u = basis[i]!;
      for (let j = 0; j < nComments; j++) axis[j]! += s * u[j]!;
    }
    const length = Math.sqrt(dot(axis, axis));
    let largest = 0;
    for (let j = 0; j < nComments; j++) if (Math.abs(axis[j]!) > Math.abs(largest)) largest = axis[j]!;
    const scale = (largest < 0 ? -1 : 1) / (length || 1);
    for (let j = 0; j < nComments; j++) axis[j]! *= scale;
  }
  return {
    center,
    components,
    eigenvalues: [ritz.values[0] ?? 0, ritz.values[1] ?? 0],
    iterations,
  };
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let j = 0; j < a.length; j++) sum += a[j]! * b[j]!;
  return sum;
}

/** Eigen-decomposition of the Lanczos tridiagonal matrix (diagonal `alpha`, off-diagonal `beta`). */
function tridiagonalEigen(alpha: readonly number[], beta: readonly number[]) {
  const k = alpha.length;
  const t = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    t[i * k + i] = alpha[i]!;
    if (i + 1 < k) {
      t[i * k + i + 1] = beta[i]!;
      t[(i + 1) * k + i] = beta[i]!;
    }
  }
  return symmetricEigen(t, k);
}

/**
 * Eigenvalues (descending) and eigenvectors (columns of a row-major b × b matrix) of a small symmetric matrix,
 * by cyclic Jacobi rotations (Golub & Van Loan §8.5); used on Lanczos matrices of at most a few hundred rows.
 */
export function symmetricEigen(
  input: Float64Array,
  b: number,
): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(input);
  const q = new Float64Array(b * b);
  for (let i = 0; i < b; i++) q[i * b + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let r = 0; r < b; r++) for (let c = r + 1; c < b; c++) off += a[r * b + c]! ** 2;
    if (off < 1e-30) break;
    for (let p = 0; p < b; p++) {
      for (let r = p + 1; r < b; r++) {
        const apr = a[p * b + r]!;
        if (Math.abs(apr) < 1e-300) continue;
        const theta = (a[r * b + r]! - a[p * b + p]!) / (2 * apr);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const cos = 1 / Math.sqrt(t * t + 1);
        const sin = t * cos;
        for (let k = 0; k < b; k++) {
          const akp = a[k * b + p]!;
          const akr = a[k * b + r]!;
          a[k * b + p] = cos * akp - sin * akr;
          a[k * b + r] = sin * akp + cos * akr;
        }
        for (let k = 0; k < b; k++) {
          const apk = a[p * b + k]!;
          const ark = a[r * b + k]!;
          a[p * b + k] = cos * apk - sin * ark;
          a[r * b + k] = sin * apk + cos * ark;
        }
        for (let k = 0; k < b; k++) {
          const qkp = q[k * b + p]!;
          const qkr = q[k * b + r]!;
          q[k * b + p] = cos * qkp - sin * qkr;
          q[k * b + r] = sin * qkp + cos * qkr;
        }
      }
    }
  }
  const order = Array.from({ length: b }, (_, i) => i).sort((x, y) => a[y * b + y]! - a[x * b + x]!);
  const values = Float64Array.from(order, (i) => a[i * b + i]!);
  const vectors = new Float64Array(b * b);
  order.forEach((from, to) => {
    for (let k = 0; k < b; k++) vectors[k * b + to] = q[k * b + from]!;
  });
  return { values, vectors };
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
