// Runs analysis tasks in a worker thread, so that heavy computations never stall HTTP and live traffic.
import { Worker } from "node:worker_threads";
import type { AnalysisTask, TaskInput, TaskOutput } from "../analysis/analysis-tasks.ts";

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/**
 * Starts the worker. Under tsx (our TypeScript sources), the worker must register tsx itself before importing its
 * entry: Node 20 applies neither the parent's loader nor an `--import` in execArgv to a worker's first module.
 */
function startWorker(): Worker {
  const entry = new URL(
    `./analysis-worker.${import.meta.url.endsWith(".ts") ? "ts" : "js"}`,
    import.meta.url,
  );
  if (!import.meta.url.endsWith(".ts")) return new Worker(entry);
  const api = import.meta.resolve("tsx/esm/api");
  const boot = `import(${JSON.stringify(api)})
    .then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); })
    .catch((error) => { console.error(error); process.exit(1); });`;
  return new Worker(boot, { eval: true });
}

/** One worker thread, started on first use and restarted after a crash; tasks queue in order. */
export class AnalysisRunner {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  run<T extends AnalysisTask>(task: T, input: TaskInput<T>): Promise<TaskOutput<T>> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ id, task, input });
    });
  }

  /** Stops the worker; tasks still queued are rejected. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
    this.failAll(new Error("the analysis worker was stopped"));
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker();
    worker.unref();
    worker.on("message", (message: { id: number; result?: unknown; error?: string }) => {
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      if (message.error !== undefined) pending.reject(new Error(message.error));
      else pending.resolve(message.result);
    });
    worker.on("error", (error: Error) => {
      this.worker = undefined;
      this.failAll(error);
    });
    worker.on("exit", () => {
      if (this.worker === worker) this.worker = undefined;
      this.failAll(new Error("the analysis worker exited"));
    });
    this.worker = worker;
    return worker;
  }

  private failAll(error: Error): void {
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}
