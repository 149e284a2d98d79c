// Seeded pseudo-random numbers for every analysis: the same seed always gives the same groups (no Math.random).

/** A small fast generator (mulberry32, Tommy Ettinger 2017): 32-bit state, period 2^32, uniform in [0, 1). */
export class Random {
  private state: number;
  private spare = Number.NaN;

  /** The seed mixed with the golden ratio's bits: the streams text clustering has always used. */
  constructor(seed: number) {
    this.state = (seed ^ 0x9e3779b9) >>> 0;
  }

  /**
   * A generator whose seed is first mixed with SplitMix32, so that nearby seeds give unrelated streams: the streams
   * opinion maps have always used (their k-means++ initializations).
   */
  static splitMixed(seed: number): Random {
    const random = new Random(0);
    random.state = mix32(Math.trunc(seed) >>> 0);
    return random;
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

/** A source of uniform numbers in [0, 1), as the opinion maps' k-means takes it. */
export type RandomSource = () => number;

/** `Random.splitMixed(seed)` as a function. */
export function createRandom(seed: number): RandomSource {
  const random = Random.splitMixed(seed);
  return () => random.next();
}

function mix32(value: number): number {
  let z = (value + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}
