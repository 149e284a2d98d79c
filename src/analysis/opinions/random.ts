// Seeded pseudo-random numbers, so every opinion map is reproducible from its seed (no Math.random).

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/**
 * Mulberry32 (Tommy Ettinger, public domain): a 32-bit state generator, fast and good enough for
 * initializing k-means; the seed is first mixed with SplitMix32 so that nearby seeds give unrelated streams.
 */
export function createRandom(seed: number): Random {
  let state = mix32(Math.trunc(seed) >>> 0);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mix32(value: number): number {
  let z = (value + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}
