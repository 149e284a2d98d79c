// The write path of challenges: supports over HTTP against `cocrea serve` on the embedded PostgreSQL, 50 clients.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { Pool } from "undici";
import { ApiClient, testPassword, uniqueEmail } from "../test/support/api-client.ts";
import { startCocrea } from "../test/support/cocrea-process.ts";
import { signUpConfirmed } from "../test/support/confirm-sign-up.ts";
import type { BenchSection } from "./run.ts";

const clients = 50;
const ideas = 100;
const seconds = 15;

/**
 * CPU seconds used so far by the server process and by its descendants (the embedded PostgreSQL), read from /proc;
 * undefined where there is no /proc.
 */
function serverCpu(pid: number | undefined): { server: number; postgres: number } | undefined {
  if (pid === undefined || !existsSync("/proc/self/stat")) return undefined;
  const ticks = 100; // USER_HZ on Linux
  const parents = new Map<number, number>();
  const times = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parents.set(Number(name), Number(fields[1]));
      times.set(Number(name), (Number(fields[11]) + Number(fields[12])) / ticks);
    } catch {
      // the process ended meanwhile
    }
  }
  const below = (child: number): boolean => {
    for (let p = parents.get(child); p !== undefined && p > 1; p = parents.get(p)) if (p === pid) return true;
    return false;
  };
  let postgres = 0;
  for (const [child, seconds] of times) if (below(child)) postgres += seconds;
  return { server: times.get(pid) ?? 0, postgres };
}

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
      // The owner seeds the ideas in one go; supports themselves are not write-limited.
      WRITE_LIMITS: "idea=1000/100000",
    });
    try {
      const owner = new ApiClient(server.url);
      await signUpConfirmed(
        owner,
        { email: uniqueEmail(), password: testPassword, name: "Owner" },
        () => server.logs,
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
        await signUpConfirmed(
          client,
          { email: uniqueEmail(), password: testPassword, name: `P${i}` },
          () => server.logs,
        );
        await expectOk(client.post(`/api/v1/invitations/${token}/accept`), "join");
        await client.csrf();
        participants.push(client);
      }

      // The requests go through one undici Pool of keep-alive connections, one per client, each client sending its
      // own session cookie and CSRF token: Node's fetch costs the shared cores about as much as the server does, and
      // this bench measures the server.
      const pool = new Pool(server.url, { connections: clients, pipelining: 1 });
      const identities = await Promise.all(
        participants.map(async (client) => ({ cookie: client.cookieHeader(), csrf: await client.csrf() })),
      );

      // Each client walks the ideas, supporting each one, then taking its supports back, and so on: every request
      // is a real write (the support row, the idea's count, the author's activity, the live event), committed before
      // the answer (PostgreSQL's default synchronous_commit, fsync on).
      const latencies: number[] = [];
      const held = new Set<string>();
      let errors = 0;
      const deadline = performance.now() + seconds * 1000;
      const started = performance.now();
      const cpuBefore = serverCpu(server.pid);
      const clientCpuBefore = process.cpuUsage();
      await Promise.all(
        identities.map(async (identity, c) => {
          for (let n = 0; performance.now() < deadline; n++) {
            const idea = ideaIds[(c * 7 + n) % ideas];
            const supported = Math.floor(n / ideas) % 2 === 0;
            const t0 = performance.now();
            const { statusCode, body } = await pool.request({
              method: supported ? "PUT" : "DELETE",
              path: `${base}/ideas/${idea}/support`,
              headers: { cookie: identity.cookie, "x-csrf-token": identity.csrf },
            });
            const answer = (await body.json()) as { supported?: boolean };
            latencies.push(performance.now() - t0);
            if (statusCode !== 200 || answer.supported !== supported) errors += 1;
            else if (supported) held.add(`${c}:${idea}`);
            else held.delete(`${c}:${idea}`);
          }
        }),
      );
      const elapsed = (performance.now() - started) / 1000;
      const cpuAfter = serverCpu(server.pid);
      const clientCpu = process.cpuUsage(clientCpuBefore);
      await pool.close();
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
      const perSupport = (seconds: number) => `${((seconds * 1000) / latencies.length).toFixed(3)} ms`;
      const cpuLine =
        cpuBefore && cpuAfter
          ? `CPU per support: server ${perSupport(cpuAfter.server - cpuBefore.server)}, PostgreSQL ${perSupport(cpuAfter.postgres - cpuBefore.postgres)}, clients ${perSupport((clientCpu.user + clientCpu.system) / 1e6)}.`
          : "";
      console.error(
        `supports: ${Math.round(rate)}/s, p50 ${quantile(latencies, 0.5).toFixed(1)} ms, p99 ${quantile(latencies, 0.99).toFixed(1)} ms, errors ${errors}. ${cpuLine}`,
      );
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
        cpuLine,
        "",
        "How to read it: durability is on (no answer before its commit is on disk), and everything shares the same",
        "cores: the server (one Node process), its PostgreSQL and the 50 clients. The clients send their requests",
        "through one undici Pool of 50 keep-alive connections, each with its own session cookie and CSRF token, and",
        "read every answer (Node's fetch cost the cores about as much as the server did). The CPU line is each",
        "process's CPU time during the run (from /proc) divided by the supports. A dedicated server with remote clients",
        "does better; a busy machine much worse: the load average above says how busy it was (other work shares these",
        "cores). Concurrent supports share one commit (the server's support batcher), so the rate is bound by CPU, not",
        "by fsync. The last column checks the counts.",
        "",
        "Goal: at least 3,000 supports per second with p99 under 50 ms.",
      ].join("\n");
    } finally {
      await server.stop();
      await rm(data, { recursive: true, force: true });
    }
  },
};
