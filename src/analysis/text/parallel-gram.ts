// Runs the SVD's fused Aᵀ A x sweep on several threads over shared memory, each thread on a band of rows.
import { Worker } from "node:worker_threads";
import type { SparseMatrix } from "./sparse.ts";

/**
 * The worker's loop, kept as plain JavaScript so it runs without a TypeScript loader. It is the same
 * arithmetic as multiplyGram in svd.ts, on rows [from, to), into its own output (Aᵀ scatters collide).
 */
const workerSource = `
const { parentPort } = require("node:worker_threads");
parentPort.on("message", (job) => {
  if (job === "stop") { parentPort.close(); return; }
  const { rowPtr, colIdx, values, x, out, width, from, to, flag } = job;
  const acc = new Float64Array(width);
  out.fill(0);
  for (let i = from; i < to; i++) {
    const start = rowPtr[i], end = rowPtr[i + 1];
    if (start === end) continue;
    acc.fill(0);
    for (let p = start; p < end; p++) {
      const v = values[p], base = colIdx[p] * width;
      for (let c = 0; c < width; c++) acc[c] += v * x[base + c];
    }
    for (let p = start; p < end; p++) {
      const v = values[p], base = colIdx[p] * width;
      for (let c = 0; c < width; c++) out[base + c] += v * acc[c];
    }
  }
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});
`;

/** Whether a matrix's buffers can be handed to other threads without copying. */
export function isShared(matrix: SparseMatrix): boolean {
  return (
    matrix.rowPtr.buffer instanceof SharedArrayBuffer &&
    matrix.colIdx.buffer instanceof SharedArrayBuffer &&
    matrix.values.buffer instanceof SharedArrayBuffer
  );
}

/**
 * out = Aᵀ (A x) over a fixed number of row bands holding equal non-zero counts, summed in band order, so
 * the result is the same bit for bit whatever the number of threads. The calling thread takes the first
 * band (and any band without a helper) and waits (Atomics.wait) for the helpers, so the call is synchronous.
 */
export class ParallelGram {
  private readonly workers: Worker[] = [];
  private readonly bounds: number[];

  constructor(
    private readonly matrix: SparseMatrix,
    bands: number,
    threads: number,
  ) {
    const nnz = matrix.rowPtr[matrix.rows] as number;
    this.bounds = [0];
    let row = 0;
    for (let b = 1; b < bands; b++) {
      const target = (nnz * b) / bands;
      while (row < matrix.rows && (matrix.rowPtr[row] as number) < target) row++;
      this.bounds.push(row);
    }
    this.bounds.push(matrix.rows);
    const helpers = isShared(matrix) ? Math.min(threads, bands) - 1 : 0;
    for (let t = 0; t < helpers; t++) {
      const worker = new Worker(workerSource, { eval: true });
      worker.unref();
      this.workers.push(worker);
    }
  }

  /** out (m × width) = Aᵀ A x; x must live in a SharedArrayBuffer when helpers run. */
  run(
    x: Float32Array,
    width: number,
    out: Float64Array,
    local: (from: number, to: number, out: Float64Array) => void,
  ): void {
    const { rowPtr, colIdx, values } = this.matrix;
    const bands = this.bounds.length - 1;
    const jobs: { flag?: Int32Array; part: Float64Array }[] = [];
    for (let band = 1; band < bands; band++) {
      const worker = this.workers[band - 1];
      const from = this.bounds[band] as number;
      const to = this.bounds[band + 1] as number;
      if (worker) {
        const flag = new Int32Array(new SharedArrayBuffer(4));
        const part = new Float64Array(new SharedArrayBuffer(out.length * 8));
        worker.postMessage({ rowPtr, colIdx, values, x, out: part, width, from, to, flag });
        jobs.push({ flag, part });
      } else {
        jobs.push({ part: new Float64Array(out.length) });
      }
    }
    local(this.bounds[0] as number, this.bounds[1] as number, out);
    jobs.forEach((job, index) => {
      if (!job.flag) local(this.bounds[index + 1] as number, this.bounds[index + 2] as number, job.part);
    });
    for (const { flag, part } of jobs) {
      if (flag) Atomics.wait(flag, 0, 0);
      for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) + (part[i] as number);
    }
  }

  /** Stops the helper threads. */
  close(): void {
    for (const worker of this.workers) worker.postMessage("stop");
  }
}
