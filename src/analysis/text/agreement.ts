// Agreement between a clustering and reference labels: NMI (arithmetic mean normalization) and adjusted Rand index.

/** Contingency counts of two labelings of the same items. */
function contingency(a: ArrayLike<string | number>, b: ArrayLike<string | number>) {
  const table = new Map<string, number>();
  const rowSums = new Map<string | number, number>();
  const colSums = new Map<string | number, number>();
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as string | number;
    const y = b[i] as string | number;
    const key = `${x}\u0000${y}`;
    table.set(key, (table.get(key) ?? 0) + 1);
    rowSums.set(x, (rowSums.get(x) ?? 0) + 1);
    colSums.set(y, (colSums.get(y) ?? 0) + 1);
  }
  return { table, rowSums, colSums, n: a.length };
}

/**
 * Normalized mutual information with the arithmetic mean of the entropies, as scikit-learn's
 * normalized_mutual_info_score default (Vinh, Epps & Bailey 2010).
 */
export function nmi(a: ArrayLike<string | number>, b: ArrayLike<string | number>): number {
  const { table, rowSums, colSums, n } = contingency(a, b);
  const entropy = (sums: Map<string | number, number>) => {
    let h = 0;
    for (const count of sums.values()) h -= (count / n) * Math.log(count / n);
    return h;
  };
  let mi = 0;
  for (const [key, count] of table) {
    const [x, y] = key.split("\u0000") as [string, string];
    const rx = rowSums.get(typeof a[0] === "number" ? Number(x) : x) as number;
    const cy = colSums.get(typeof b[0] === "number" ? Number(y) : y) as number;
    mi += (count / n) * Math.log((n * count) / (rx * cy));
  }
  const ha = entropy(rowSums);
  const hb = entropy(colSums);
  const mean = (ha + hb) / 2;
  return mean === 0 ? 1 : Math.max(0, mi / mean);
}

/** Adjusted Rand index (Hubert & Arabie 1985). */
export function ari(a: ArrayLike<string | number>, b: ArrayLike<string | number>): number {
  const { table, rowSums, colSums, n } = contingency(a, b);
  const pairs = (x: number) => (x * (x - 1)) / 2;
  let index = 0;
  for (const count of table.values()) index += pairs(count);
  let rows = 0;
  for (const count of rowSums.values()) rows += pairs(count);
  let cols = 0;
  for (const count of colSums.values()) cols += pairs(count);
  const expected = (rows * cols) / pairs(n);
  const max = (rows + cols) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}
