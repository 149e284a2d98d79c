// k-means that carries its clusters from one update to the next by membership, as Pol.is's incremental updates do.

/** A cluster of items named by stable ids (participant indices for base clusters, base-cluster ids for groups). */
export interface CarriedCluster {
  id: number;
  members: number[];
  center: [number, number];
}

/** Items to cluster: stable ids, their 2-D positions (x, y interleaved) and optional weights (default 1). */
export interface CarryItems {
  ids: ArrayLike<number>;
  points: Float64Array;
  weights?: ArrayLike<number>;
}

export interface CarryOptions {
  /** Lloyd steps at most; Pol.is: 100 for base clusters (`:base-iters`), 20 for groups (kmeans' default). */
  maxIterations?: number;
  /** Stop once every sorted center moved less than this; Pol.is: 0.01 (`clusters.clj` `same-clustering?`). */
  threshold?: number;
}

/**
 * Pol.is's `clusters.clj` `kmeans` with `:last-clusters` (`clean-start-clusters`): each previous cluster is
 * recentered on the current positions of its members still present (clusters left empty are dropped, clusters
 * on the same center merged); while there are fewer clusters than min(k, distinct points), the point farthest
 * from every center starts a cluster of its own (`most-distal`); then Lloyd steps (`cluster-step`, empty
 * clusters dropped) until the centers stop moving. Without previous clusters, the first k distinct points in
 * item order seed them (`init-clusters`). Carrying clusters by membership, not by coordinates, keeps them
 * stable when the PCA axes turn or flip between updates. Ids of carried clusters are kept; new ones get
 * the next free id. Returns clusters sorted by id.
 */
export function carryKmeans(
  items: CarryItems,
  k: number,
  previous: readonly CarriedCluster[] | undefined,
  options: CarryOptions = {},
): CarriedCluster[] {
  const n = items.ids.length;
  if (n === 0 || k < 1) return [];
  const { points } = items;
  const weight = (i: number) => (items.weights ? items.weights[i]! : 1);
  let clusters: Work[];
  if (previous && previous.length > 0) clusters = cleanStart(items, k, previous, weight);
  else clusters = firstDistinct(points, n, k);
  const maxIterations = options.maxIterations ?? 20;
  const threshold = options.threshold ?? 0.01;
  let labels: Int32Array = new Int32Array(n);
  for (let iteration = 0; iteration <= maxIterations; iteration++) {
    labels = assign(points, n, clusters);
    const next = recenter(points, n, labels, clusters, weight);
    const same = sameCenters(clusters, next, threshold);
    clusters = next;
    if (same) break;
  }
  labels = assign(points, n, clusters);
  const members = clusters.map(() => [] as number[]);
  for (let i = 0; i < n; i++) members[labels[i]!]!.push(items.ids[i]!);
  return clusters
    .map((c, index) => ({ id: c.id, members: members[index]!, center: [c.x, c.y] as [number, number] }))
    .filter((c) => c.members.length > 0)
    .sort((a, b) => a.id - b.id);
}

interface Work {
  id: number;
  x: number;
  y: number;
}

function firstDistinct(points: Float64Array, n: number, k: number): Work[] {
  const seen = new Set<string>();
  const out: Work[] = [];
  for (let i = 0; i < n && out.length < k; i++) {
    const key = `${points[2 * i]},${points[2 * i + 1]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ id: out.length, x: points[2 * i]!, y: points[2 * i + 1]! });
  }
  return out;
}

function cleanStart(
  items: CarryItems,
  k: number,
  previous: readonly CarriedCluster[],
  weight: (i: number) => number,
): Work[] {
  const { points } = items;
  const n = items.ids.length;
  const position = new Map<number, number>();
  for (let i = 0; i < n; i++) position.set(items.ids[i]!, i);
  // Members still present, recentered; empty clusters dropped; identical centers merged (larger id kept).
  const owner = new Int32Array(n).fill(-1);
  const merged: { id: number; members: number[]; x: number; y: number }[] = [];
  for (const cluster of previous) {
    const present = cluster.members.map((m) => position.get(m)).filter((i): i is number => i !== undefined);
    if (present.length === 0) continue;
    const [x, y] = meanOf(points, present, weight);
    const same = merged.find((c) => c.x === x && c.y === y);
    if (same) {
      if (present.length > same.members.length) same.id = cluster.id;
      same.members.push(...present);
    } else merged.push({ id: cluster.id, members: present, x, y });
  }
  merged.forEach((c, index) => {
    for (const i of c.members) owner[i] = index;
  });
  const distinct = new Set<string>();
  for (let i = 0; i < n; i++) distinct.add(`${points[2 * i]},${points[2 * i + 1]}`);
  const possible = Math.min(k, distinct.size);
  let nextId = Math.max(-1, ...previous.map((c) => c.id)) + 1;
  while (merged.length < possible) {
    // The point farthest from its nearest center starts a new cluster (`most-distal`).
    let far = -1;
    let farDistance = 0;
    for (let i = 0; i < n; i++) {
      let nearest = Number.POSITIVE_INFINITY;
      for (const c of merged)
        nearest = Math.min(nearest, Math.hypot(points[2 * i]! - c.x, points[2 * i + 1]! - c.y));
      if (nearest > farDistance) {
        farDistance = nearest;
        far = i;
      }
    }
    if (far < 0) break;
    const from = owner[far]!;
    if (from >= 0) {
      const old = merged[from]!;
      old.members = old.members.filter((i) => i !== far);
      if (old.members.length > 0) [old.x, old.y] = meanOf(points, old.members, weight);
    }
    owner[far] = merged.length;
    merged.push({ id: nextId++, members: [far], x: points[2 * far]!, y: points[2 * far + 1]! });
  }
  return merged.filter((c) => c.members.length > 0).map((c) => ({ id: c.id, x: c.x, y: c.y }));
}

function meanOf(points: Float64Array, members: number[], weight: (i: number) => number): [number, number] {
  let x = 0;
  let y = 0;
  let mass = 0;
  for (const i of members) {
    const w = weight(i);
    x += w * points[2 * i]!;
    y += w * points[2 * i + 1]!;
    mass += w;
  }
  return mass > 0 ? [x / mass, y / mass] : [points[2 * members[0]!]!, points[2 * members[0]! + 1]!];
}

/** Nearest center of each point, ties to the first (`add-to-closest`). */
function assign(points: Float64Array, n: number, clusters: Work[]): Int32Array {
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let best = 0;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (let c = 0; c < clusters.length; c++) {
      const d = (points[2 * i]! - clusters[c]!.x) ** 2 + (points[2 * i + 1]! - clusters[c]!.y) ** 2;
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    labels[i] = best;
  }
  return labels;
}

function recenter(
  points: Float64Array,
  n: number,
  labels: Int32Array,
  clusters: Work[],
  weight: (i: number) => number,
): Work[] {
  const sx = new Float64Array(clusters.length);
  const sy = new Float64Array(clusters.length);
  const mass = new Float64Array(clusters.length);
  const count = new Int32Array(clusters.length);
  for (let i = 0; i < n; i++) {
    const c = labels[i]!;
    const w = weight(i);
    sx[c]! += w * points[2 * i]!;
    sy[c]! += w * points[2 * i + 1]!;
    mass[c]! += w;
    count[c]! += 1;
  }
  const out: Work[] = [];
  clusters.forEach((c, index) => {
    if (count[index]! === 0) return;
    const m = mass[index]!;
    out.push(m > 0 ? { id: c.id, x: sx[index]! / m, y: sy[index]! / m } : { id: c.id, x: c.x, y: c.y });
  });
  return out;
}

function sameCenters(a: Work[], b: Work[], threshold: number): boolean {
  if (a.length !== b.length) return false;
  const sort = (list: Work[]) => [...list].sort((p, q) => p.x - q.x || p.y - q.y);
  const sa = sort(a);
  const sb = sort(b);
  return sa.every((p, i) => Math.hypot(p.x - sb[i]!.x, p.y - sb[i]!.y) < threshold);
}
