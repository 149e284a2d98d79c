// Worker-thread entry: runs analysis tasks sent by AnalysisRunner, one at a time, off the server's event loop.
import { parentPort } from "node:worker_threads";
import { type AnalysisTask, analysisTasks } from "../analysis/analysis-tasks.ts";

interface Request {
  id: number;
  task: AnalysisTask;
  input: unknown;
}

parentPort?.on("message", (request: Request) => {
  try {
    const run = analysisTasks[request.task] as (input: unknown) => unknown;
    parentPort?.postMessage({ id: request.id, result: run(request.input) });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    parentPort?.postMessage({ id: request.id, error: message });
  }
});
