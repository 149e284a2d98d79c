// Typed arrays that grow by doubling, so million-row corpora stay in a few flat buffers.

/** An append-only Int32Array, optionally in a SharedArrayBuffer that other threads can read. */
export class Int32List {
  data: Int32Array;
  length = 0;

  constructor(
    capacity = 1024,
    private readonly shared = false,
  ) {
    this.data = this.allocate(capacity);
  }

  private allocate(length: number): Int32Array {
    return this.shared ? new Int32Array(new SharedArrayBuffer(length * 4)) : new Int32Array(length);
  }

  push(value: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length++] = value;
  }

  /** Makes room for `extra` more values without pushing them. */
  reserve(extra: number): void {
    if (this.length + extra > this.data.length) this.grow(this.length + extra);
  }

  private grow(needed: number): void {
    const next = this.allocate(Math.max(needed, this.data.length * 2));
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }

  /** A copy trimmed to the length. */
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/** An append-only Float32Array, optionally in a SharedArrayBuffer that other threads can read. */
export class Float32List {
  data: Float32Array;
  length = 0;

  constructor(
    capacity = 1024,
    private readonly shared = false,
  ) {
    this.data = this.allocate(capacity);
  }

  private allocate(length: number): Float32Array {
    return this.shared ? new Float32Array(new SharedArrayBuffer(length * 4)) : new Float32Array(length);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const next = this.allocate(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }

  toArray(): Float32Array {
    return this.data.slice(0, this.length);
  }
}

/** An append-only Float64Array. */
export class Float64List {
  data: Float64Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Float64Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }

  toArray(): Float64Array {
    return this.data.slice(0, this.length);
  }
}
