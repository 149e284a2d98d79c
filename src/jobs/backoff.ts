// When a failed job runs again: exponential backoff with jitter, and the dead letter after its last attempt.

export interface BackoffOptions {
  /** Delay before the second attempt (milliseconds); each further attempt doubles it. */
  baseMs: number;
  /** Longest delay between two attempts (milliseconds). */
  maxMs: number;
  /** Share of the delay taken off at random (0 to 1), so that jobs failing together do not retry together. */
  jitter: number;
}

export const defaultBackoff: BackoffOptions = { baseMs: 2_000, maxMs: 3_600_000, jitter: 0.2 };

/**
 * Milliseconds to wait after the `attempts`-th failed attempt: `baseMs · 2^(attempts − 1)`, at most `maxMs`, less a
 * random share of up to `jitter` of it (`random` returns [0, 1), as Math.random).
 */
export function retryDelayMs(attempts: number, options = defaultBackoff, random = Math.random): number {
  const exponent = Math.max(0, attempts - 1);
  const delay = Math.min(options.maxMs, options.baseMs * 2 ** Math.min(exponent, 52));
  return Math.round(delay * (1 - options.jitter * random()));
}

/** What becomes of a job whose attempt failed: dead when it has used `maxAttempts`, else retried after a delay. */
export function afterFailure(
  job: { attempts: number; maxAttempts: number },
  now: Date,
  options = defaultBackoff,
  random = Math.random,
): { status: "dead" } | { status: "failed"; retryAt: Date } {
  if (job.attempts >= job.maxAttempts) return { status: "dead" };
  return { status: "failed", retryAt: new Date(now.getTime() + retryDelayMs(job.attempts, options, random)) };
}
