// Re-runs a computation after changes, at most one run at a time per key, folding bursts of changes into one run.

export interface CoalescerOptions {
  /** Wait this long after the first change before running, so a burst becomes one run (milliseconds). */
  delayMs: number;
  onError(key: string, error: unknown): void;
}

type State = { phase: "waiting" } | { phase: "running"; dirty: boolean };

/**
 * For recomputations such as an opinion map while votes arrive: `request(key, run)` starts `run` after `delayMs`;
 * requests while it waits are absorbed; requests while it runs schedule exactly one more run when it ends. So the
 * result never lags more than one run plus the delay behind the latest change, whatever the rate of changes.
 */
export class Coalescer {
  private readonly states = new Map<string, State>();
  private readonly runs = new Map<string, () => Promise<void>>();

  constructor(private readonly options: CoalescerOptions) {}

  request(key: string, run: () => Promise<void>): void {
    this.runs.set(key, run);
    const state = this.states.get(key);
    if (state?.phase === "running") {
      state.dirty = true;
      return;
    }
    if (state?.phase === "waiting") return;
    this.states.set(key, { phase: "waiting" });
    setTimeout(() => void this.start(key), this.options.delayMs).unref();
  }

  /** Whether a run is waiting or under way for `key`. */
  busy(key: string): boolean {
    return this.states.has(key);
  }

  private async start(key: string): Promise<void> {
    const state: State = { phase: "running", dirty: false };
    this.states.set(key, state);
    const run = this.runs.get(key);
    try {
      await run?.();
    } catch (error) {
      this.options.onError(key, error);
    }
    this.states.delete(key);
    if (state.dirty) {
      const next = this.runs.get(key);
      if (next) this.request(key, next);
    } else {
      this.runs.delete(key);
    }
  }
}
