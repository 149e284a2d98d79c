// Seeded pseudo-random numbers, so every run with the same --seed gives the same groups.

/** A small fast generator (mulberry32, Tommy Ettinger 2017): 32-bit state, period 2^32, uniform in [0, 1). */
export class Random {
  private state: number;
  private spare = Number.NaN;

  constructor(seed: number) {
    this.state = (seed ^ 0x9e3779b9) >>> 0;
  }

  /** A uniform number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** A standard normal number (Box–Muller, the second value kept for the next call). */
  gaussian(): number {
    if (!Number.isNaN(this.spare)) {
      const value = this.spare;
      this.spare = Number.NaN;
      return value;
    }
    const u = 1 - this.next();
    const v = this.next();
    const radius = Math.sqrt(-2 * Math.log(u));
    this.spare = radius * Math.sin(2 * Math.PI * v);
    return radius * Math.cos(2 * Math.PI * v);
  }

  /** `count` distinct indices of [0, n), in increasing order (all of them when count ≥ n). */
  sample(n: number, count: number): Int32Array {
    if (count >= n) return Int32Array.from({ length: n }, (_, i) => i);
    // Floyd's algorithm: `count` draws, no array of size n.
    const chosen = new Set<number>();
    for (let j = n - count; j < n; j++) {
      const t = this.int(j + 1);
      chosen.add(chosen.has(t) ? j : t);
    }
    return Int32Array.from(chosen).sort();
  }
}
