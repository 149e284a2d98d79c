// The write path of challenges: supports over HTTP against `cocrea serve` on the embedded PostgreSQL, 50 clients.
import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { ApiClient, testPassword, uniqueEmail } from "../test/support/api-client.ts";
import { startCocrea } from "../test/support/cocrea-process.ts";
import type { BenchSection } from "./run.ts";

const clients = 50;
const ideas = 100;
const seconds = 15;

/** The q-quantile of sorted numbers (nearest rank). */
function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

async function expectOk<T>(response: Promise<{ status: number; body: T }>, what: string): Promise<T> {
  const { status, body } = await response;
  if (status >= 300) throw new Error(`${what}: ${status} ${JSON.stringify(body)}`);
  return body;
}

export const section: BenchSection = {
  title: "Supports: the write path of challenges",
  async run() {
    const data = await mkdtemp(join(tmpdir(), "cocrea-bench-supports-"));
    const server = await startCocrea(["--data", data, "--no-demo"], {
      AUTH_RATE_LIMIT: "1000000",
    });
    try {
      const owner = new ApiClient(server.url);
      await expectOk(
        owner.post("/api/v1/auth/sign-up", { email: uniqueEmail(), password: testPassword, name: "Owner" }),
        "sign-up",
      );
      const { workspace } = await expectOk(
        owner.post<{ workspace: { id: string } }>("/api/v1/workspaces", { name: "Bench" }),
        "workspace",
      );
      const base = `/api/v1/workspaces/${workspace.id}`;
      const hour = 3_600_000;
      const at = (offset: number) => new Date(Date.now() + offset).toISOString();
      const { challenge } = await expectOk(
        owner.post<{ challenge: { id: string } }>(`${base}/challenges`, {
          title: "Mieux se déplacer en ville",
          question: "Comment rendre les trajets quotidiens plus simples ?",
          benefit: "Voir vos idées testées dans le quartier dès le printemps.",
          projectManager: { name: "Karim Benali" },
          status: "published",
          timeline: {
            announcementAt: at(-2 * hour),
            contributionsOpenAt: at(-hour),
            contributionsCloseAt: at(24 * hour),
            votingCloseAt: at(48 * hour),
            synthesisCloseAt: at(72 * hour),
          },
        }),
        "challenge",
      );
      const ideaIds: string[] = [];
      for (let i = 0; i < ideas; i++) {
        const body = await expectOk(
          owner.post<{ idea: { id: string } }>(`${base}/challenges/${challenge.id}/ideas`, {
            title: `Idée ${i + 1}`,
            body: "Des pistes cyclables continues entre les quartiers et la gare.",
          }),
          "idea",
        );
        ideaIds.push(body.idea.id);
      }
      const { token } = await expectOk(
        owner.post<{ token: string }>(`${base}/invitations`, { role: "participant" }),
        "invitation",
      );
      const participants: ApiClient[] = [];
      for (let i = 0; i < clients; i++) {
        const client = new ApiClient(server.url);
        await expectOk(
          client.post("/api/v1/auth/sign-up", {
            email: uniqueEmail(),
            password: testPassword,
            name: `P${i}`,
          }),
          "participant",
        );
        await expectOk(client.post(`/api/v1/invitations/${token}/accept`), "join");
        await client.csrf();
        participants.push(client);
      }

      // Each client walks the ideas, supporting each one, then taking its supports back, and so on: every request
      // is a real write (the support row, the idea's count, the author's activity, the live event), committed before
      // the answer (PostgreSQL's default synchronous_commit, fsync on).
      const latencies: number[] = [];
      const held = new Set<string>();
      let errors = 0;
      const deadline = performance.now() + seconds * 1000;
      const started = performance.now();
      await Promise.all(
        participants.map(async (client, c) => {
          for (let n = 0; performance.now() < deadline; n++) {
            const idea = ideaIds[(c * 7 + n) % ideas];
            const supported = Math.floor(n / ideas) % 2 === 0;
            const t0 = performance.now();
            const response = await client.request(
              supported ? "PUT" : "DELETE",
              `${base}/ideas/${idea}/support`,
            );
            latencies.push(performance.now() - t0);
            if (response.status !== 200) errors += 1;
            else if (supported) held.add(`${c}:${idea}`);
            else held.delete(`${c}:${idea}`);
          }
        }),
      );
      const elapsed = (performance.now() - started) / 1000;
      latencies.sort((a, b) => a - b);

      // The counts must be exact: each idea's support count equals its supporters.
      const list = await expectOk(
        owner.get<{ ideas: Array<{ id: string; supportCount: number }> }>(
          `${base}/challenges/${challenge.id}/ideas`,
        ),
        "ideas",
      );
      const counted = list.ideas.reduce((sum, idea) => sum + idea.supportCount, 0);

      const rate = latencies.length / elapsed;
      return [
        `${clients} clients over HTTP (keep-alive) against \`cocrea serve\` on the embedded PostgreSQL, each walking ${ideas}`,
        "ideas, supporting then taking back, for",
        `${seconds} s; each answer comes after the transaction's commit (synchronous_commit on, fsync on). Load average at the`,
        `end: ${loadavg()[0]?.toFixed(1)}.`,
        "",
        "| requests | errors | supports per second | p50 latency | p99 latency | supports held: clients / server's counts |",
        "|---|---|---|---|---|---|",
        `| ${latencies.length} | ${errors} | ${Math.round(rate)} | ${quantile(latencies, 0.5).toFixed(1)} ms | ${quantile(latencies, 0.99).toFixed(1)} ms | ${held.size} / ${counted} |`,
        "",
        "How to read it: durability is on (no answer before its commit is on disk), and everything shares the same",
        "cores: the server (one Node process), its PostgreSQL and the 50 clients (Node's fetch; in a CPU profile they",
        "used about 70% of the server process's CPU time). A dedicated server with remote clients does better; a busy",
        "machine much worse: the load average above says how busy it was. Concurrent supports share one commit (the",
        "server's support batcher), so the rate is bound by CPU, not by fsync. The last column checks the counts.",
        "",
        "Goal: at least 3,000 supports per second with p99 under 50 ms.",
      ].join("\n");
    } finally {
      await server.stop();
      await rm(data, { recursive: true, force: true });
    }
  },
};
