// Small dense linear algebra on flat Float64Arrays: column orthonormalization and symmetric eigenvectors.

/**
 * Orthonormalizes the columns of a row-major rows × cols matrix in place by Cholesky QR, run twice
 * ("CholeskyQR2", Fukaya et al. 2014): G = XᵀX = RᵀR, X ← X R⁻¹. Two passes over contiguous rows instead of
 * Gram–Schmidt's column sweeps; the second pass repairs the orthogonality lost to G's squared condition number.
 * A column dependent on the previous ones becomes zero.
 */
export function orthonormalizeColumns(matrix: Float64Array, rows: number, cols: number): void {
  for (let pass = 0; pass < 2; pass++) {
    const gram = new Float64Array(cols * cols);
    for (let i = 0; i < rows; i++) {
      const base = i * cols;
      for (let a = 0; a < cols; a++) {
        const xa = matrix[base + a] as number;
        if (xa === 0) continue;
        const row = a * cols;
        for (let b = a; b < cols; b++)
          gram[row + b] = (gram[row + b] as number) + xa * (matrix[base + b] as number);
      }
    }
    const r = choleskyUpper(gram, cols);
    const x = new Float64Array(cols);
    for (let i = 0; i < rows; i++) {
      const base = i * cols;
      // Solve x R = row (forward substitution on the columns).
      for (let c = 0; c < cols; c++) {
        const diagonal = r[c * cols + c] as number;
        if (diagonal === 0) {
          x[c] = 0;
          continue;
        }
        let value = matrix[base + c] as number;
        for (let d = 0; d < c; d++) value -= (x[d] as number) * (r[d * cols + c] as number);
        x[c] = value / diagonal;
      }
      matrix.set(x, base);
    }
  }
}

/** Upper-triangular R with RᵀR = G (only G's upper triangle is read); rank-deficient pivots give zero rows. */
function choleskyUpper(gram: Float64Array, n: number): Float64Array {
  const r = new Float64Array(n * n);
  let scale = 0;
  for (let i = 0; i < n; i++) scale = Math.max(scale, gram[i * n + i] as number);
  const tiny = scale * 1e-13;
  for (let i = 0; i < n; i++) {
    let diagonal = gram[i * n + i] as number;
    for (let k = 0; k < i; k++) diagonal -= (r[k * n + i] as number) ** 2;
    if (diagonal <= tiny) continue;
    const root = Math.sqrt(diagonal);
    r[i * n + i] = root;
    for (let j = i + 1; j < n; j++) {
      let value = gram[i * n + j] as number;
      for (let k = 0; k < i; k++) value -= (r[k * n + i] as number) * (r[k * n + j] as number);
      r[i * n + j] = value / root;
    }
  }
  return r;
}

/**
 * Eigen-decomposition of a symmetric n × n matrix (row-major) by the cyclic Jacobi method
 * (Golub & Van Loan, Matrix Computations, 4th ed., §8.5). Returns eigenvalues in decreasing order and the
 * matching eigenvectors as the columns of a row-major n × n matrix. Converges quadratically; n ≤ a few hundred.
 */
export function symmetricEigen(
  input: Float64Array,
  n: number,
): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(input);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    let total = 0;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const x = (a[i * n + j] as number) ** 2;
        total += x;
        if (i !== j) off += x;
      }
    }
    if (off <= 1e-22 * total || off === 0) break;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q] as number;
        if (Math.abs(apq) < 1e-300) continue;
        const app = a[p * n + p] as number;
        const aqq = a[q * n + q] as number;
        const theta = (aqq - app) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p] as number;
          const akq = a[k * n + q] as number;
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k] as number;
          const aqk = a[q * n + k] as number;
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p] as number;
          const vkq = v[k * n + q] as number;
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (x, y) => (a[y * n + y] as number) - (a[x * n + x] as number),
  );
  const values = new Float64Array(n);
  const vectors = new Float64Array(n * n);
  order.forEach((from, to) => {
    values[to] = a[from * n + from] as number;
    for (let k = 0; k < n; k++) vectors[k * n + to] = v[k * n + from] as number;
  });
  return { values, vectors };
}
