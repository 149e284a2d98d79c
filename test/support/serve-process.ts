// `cocrea serve` for end-to-end tests: a fresh embedded database in a temporary folder, deleted on stop.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type CocreaProcess, startCocrea } from "./cocrea-process.ts";

export interface ServeProcess extends Pick<CocreaProcess, "url" | "logs"> {
  stop(): Promise<void>;
}

/** `env` adds settings (e.g. FEEDS_ALLOW_LOOPBACK for a feed served by the test). */
export async function startServeProcess(env: Record<string, string> = {}): Promise<ServeProcess> {
  const data = await mkdtemp(join(tmpdir(), "cocrea-e2e-"));
  const server = await startCocrea(["--data", data, "--no-demo"], {
    AUTH_RATE_LIMIT: "1000",
    SMTP_URL: "",
    ...env,
  });
  return {
    url: server.url,
    logs: server.logs,
    async stop() {
      await server.stop();
      await rm(data, { recursive: true, force: true });
    },
  };
}
