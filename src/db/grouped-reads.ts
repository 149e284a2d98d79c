// Reads asked by many requests at once, made in one query: keys asked while reads are under way go in the next one.

export interface GroupedReadsOptions {
  /** How many reads may be under way at once; a key asked beyond that waits for the next one. */
  concurrency: number;
  /** The most keys in one read. */
  maxKeys: number;
}

interface Asked<K, V> {
  key: K;
  resolve(value: V): void;
  reject(error: unknown): void;
}

/**
 * `read(key)` starts a query at once while fewer than `concurrency` are under way; otherwise the key waits with
 * the others, and the next `readMany` reads them all. Not a cache: every key is read by a query that starts after
 * it was asked, so it sees every change committed before that moment (a session closed, a member blocked).
 */
export class GroupedReads<K, V> {
  private waiting: Array<Asked<K, V>> = [];
  private running = 0;

  constructor(
    private readonly readMany: (keys: K[]) => Promise<V[]>,
    private readonly options: GroupedReadsOptions,
  ) {}

  read(key: K): Promise<V> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ key, resolve, reject });
      this.drain();
    });
  }

  private drain(): void {
    while (this.running < this.options.concurrency && this.waiting.length > 0) {
      const group = this.waiting.splice(0, this.options.maxKeys);
      this.running += 1;
      this.readMany(group.map((asked) => asked.key))
        .then(
          (values) => {
            group.forEach((asked, i) => {
              asked.resolve(values[i] as V);
            });
          },
          (error: unknown) => {
            for (const asked of group) asked.reject(error);
          },
        )
        .finally(() => {
          this.running -= 1;
          this.drain();
        });
    }
  }
}
