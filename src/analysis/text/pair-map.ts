// A hash map from pairs of non-negative 32-bit integers to integers, in flat typed arrays.

/**
 * Open addressing with linear probing; keys are stored as two Int32Arrays, so a million bigrams cost
 * 12 bytes each and no boxed number (a Map keyed by a·2^26 + b hashes heap numbers, several times slower).
 */
export class PairMap {
  private firsts: Int32Array;
  private seconds: Int32Array;
  private values: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1 << 16) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.firsts = new Int32Array(slots).fill(-1);
    this.seconds = new Int32Array(slots);
    this.values = new Int32Array(slots);
    this.mask = slots - 1;
  }

  /** The value stored for (a, b), or -1. */
  get(a: number, b: number): number {
    let slot = hash(a, b) & this.mask;
    for (;;) {
      const first = this.firsts[slot] as number;
      if (first === -1) return -1;
      if (first === a && this.seconds[slot] === b) return this.values[slot] as number;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Stores value for (a, b); a and b must be ≥ 0. */
  set(a: number, b: number, value: number): void {
    if ((this.size + 1) * 2 > this.firsts.length) this.grow();
    let slot = hash(a, b) & this.mask;
    for (;;) {
      const first = this.firsts[slot] as number;
      if (first === -1) {
        this.firsts[slot] = a;
        this.seconds[slot] = b;
        this.values[slot] = value;
        this.size++;
        return;
      }
      if (first === a && this.seconds[slot] === b) {
        this.values[slot] = value;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  private grow(): void {
    const { firsts, seconds, values } = this;
    this.firsts = new Int32Array(firsts.length * 2).fill(-1);
    this.seconds = new Int32Array(firsts.length * 2);
    this.values = new Int32Array(firsts.length * 2);
    this.mask = this.firsts.length - 1;
    this.size = 0;
    for (let slot = 0; slot < firsts.length; slot++) {
      const first = firsts[slot] as number;
      if (first !== -1) this.set(first, seconds[slot] as number, values[slot] as number);
    }
  }
}

function hash(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 12)) >>> 0;
}
