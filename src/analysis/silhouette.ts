// The mean silhouette of a labelling: text clustering and opinion groups both choose their number of groups by it.

/**
 * Mean silhouette (Rousseeuw 1987) from the full n × n matrix of distances (row-major): for each point, a = mean
 * distance to the others of its group, b = lowest mean distance to another group, s = (b − a) / max(a, b); a point
 * alone in its group, or with a = b = 0, scores 0; every point counts once. As in Pol.is (`clusters.clj`
 * `silhouette`, applied in `conversation.clj` to base-cluster centers). O(n²): called on samples and base clusters.
 */
export function silhouette(distance: Float32Array | Float64Array, labels: Int32Array, k: number): number {
  const n = labels.length;
  if (k < 2 || n < 2) return 0;
  const sizes = new Int32Array(k);
  for (let i = 0; i < n; i++) sizes[labels[i] as number]! += 1;
  const sums = new Float64Array(k);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const own = labels[i] as number;
    if ((sizes[own] as number) <= 1) continue;
    sums.fill(0);
    const row = i * n;
    for (let j = 0; j < n; j++) sums[labels[j] as number]! += distance[row + j] as number;
    const a = (sums[own] as number) / ((sizes[own] as number) - 1);
    let b = Number.POSITIVE_INFINITY;
    for (let c = 0; c < k; c++) {
      if (c !== own && (sizes[c] as number) > 0) b = Math.min(b, (sums[c] as number) / (sizes[c] as number));
    }
    if (Number.isFinite(b)) {
      const m = Math.max(a, b);
      total += m > 0 ? (b - a) / m : 0;
    }
  }
  return total / n;
}

/** The Euclidean distances between points of the plane given as (x, y) pairs: an n × n matrix, row-major. */
export function planeDistances(points: Float64Array): Float64Array {
  const n = points.length / 2;
  const distance = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const d = Math.hypot(points[2 * i]! - points[2 * j]!, points[2 * i + 1]! - points[2 * j + 1]!);
      distance[i * n + j] = d;
      distance[j * n + i] = d;
    }
  }
  return distance;
}
