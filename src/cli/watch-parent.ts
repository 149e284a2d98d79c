// Notices when the process that started this one ends (npm, npx, a shell), since not every parent passes signals on.

/**
 * Calls `onGone` once when this process's parent changes (the orphan is adopted by init or a subreaper).
 * Checks every `intervalMs` milliseconds; the timer does not keep the process alive.
 */
export function watchParent(onGone: () => void, intervalMs = 1_000): () => void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    onGone();
  }, intervalMs).unref();
  return () => clearInterval(timer);
}
