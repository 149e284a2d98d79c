// The soak's load: clients supporting and taking back supports at a fixed total rate, with a report every minute.
import { readFileSync } from "node:fs";
import { Pool } from "undici";
import { ApiClient, testPassword, uniqueEmail } from "../test/support/api-client.ts";
import { createChallenge } from "../test/support/challenge-fixture.ts";
import { signUpConfirmed } from "../test/support/confirm-sign-up.ts";

/** One minute of the soak (the last one may be shorter). */
export interface SoakMinute {
  minute: number;
  /** Its length in seconds (60, except perhaps the last). */
  seconds: number;
  requests: number;
  errors: number;
  p50: number;
  p99: number;
  /** Resident memory of each server process at the minute's end, in MiB. */
  rss: number[];
}

export interface SoakWorld {
  base: string;
  challengeId: string;
  ideaIds: string[];
  owner: ApiClient;
  identities: Array<{ cookie: string; csrf: string }>;
}

async function ok<T>(response: Promise<{ status: number; body: T }>, what: string): Promise<T> {
  const { status, body } = await response;
  if (status >= 300) throw new Error(`${what}: ${status} ${JSON.stringify(body)}`);
  return body;
}

/** A workspace with an open challenge of `ideas` ideas and `clients` signed-in participants, built through `url`. */
export async function prepareSoak(
  url: string,
  logs: () => readonly string[],
  clients: number,
  ideas: number,
): Promise<SoakWorld> {
  const owner = new ApiClient(url);
  // Accounts open through the link the server logs, as a person's would through their e-mail.
  await signUpConfirmed(owner, { email: uniqueEmail(), password: testPassword, name: "Owner" }, logs);
  const { workspace } = await ok(
    owner.post<{ workspace: { id: string } }>("/api/v1/workspaces", { name: "Soak" }),
    "workspace",
  );
  const base = `/api/v1/workspaces/${workspace.id}`;
  const challengeId = await createChallenge(owner, workspace.id);
  const ideaIds: string[] = [];
  for (let i = 0; i < ideas; i++) {
    const { idea } = await ok(
      owner.post<{ idea: { id: string } }>(`${base}/challenges/${challengeId}/ideas`, {
        title: `Idée ${i + 1}`,
        body: "Des pistes cyclables continues entre les quartiers et la gare.",
        category: "Animation",
      }),
      "idea",
    );
    ideaIds.push(idea.id);
  }
  const { token } = await ok(
    owner.post<{ token: string }>(`${base}/invitations`, { role: "participant" }),
    "invite",
  );
  const identities: SoakWorld["identities"] = [];
  for (let i = 0; i < clients; i++) {
    const client = new ApiClient(url);
    await signUpConfirmed(client, { email: uniqueEmail(), password: testPassword, name: `P${i}` }, logs);
    await ok(client.post(`/api/v1/invitations/${token}/accept`), "accept");
    identities.push({ cookie: client.cookieHeader(), csrf: await client.csrf() });
  }
  return { base, challengeId, ideaIds, owner, identities };
}

/** Resident set size of a process in MiB, from /proc (NaN where there is none). */
export function rssMiB(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]) / 1024;
  } catch {
    return Number.NaN;
  }
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

/**
 * Drives `rate` requests per second for `minutes`, shared by the clients, client c going to `urls[c % urls.length]`.
 * Each client walks the ideas supporting each one, then taking its supports back (every request a real write), and
 * paces itself to its share of the rate: a late answer delays its next request (no pile-up, so a slow server shows
 * as a lower rate and a higher latency). Returns the minutes' figures and the supports the clients hold.
 */
export async function driveSoak(
  world: SoakWorld,
  urls: string[],
  pids: Array<number | undefined>,
  options: { rate: number; minutes: number; onMinute?: (minute: SoakMinute) => void },
): Promise<{ minutes: SoakMinute[]; held: number }> {
  const pools = urls.map(
    (url) => new Pool(url, { connections: Math.ceil(world.identities.length / urls.length), pipelining: 1 }),
  );
  const interval = (1000 * world.identities.length) / options.rate;
  const held = new Set<string>();
  // Each request counts in the minute it was sent in (its answer may come after the minute's end).
  const buckets: Array<{ latencies: number[]; errors: number }> = [];
  const rss: number[][] = [];
  const started = performance.now();
  const end = started + options.minutes * 60_000;
  const figures = (minute: number): SoakMinute => {
    const bucket = buckets[minute - 1] ?? { latencies: [], errors: 0 };
    const sorted = [...bucket.latencies].sort((a, b) => a - b);
    return {
      minute,
      seconds: Math.min(60, (end - started) / 1000 - (minute - 1) * 60),
      requests: sorted.length,
      errors: bucket.errors,
      p50: quantile(sorted, 0.5),
      p99: quantile(sorted, 0.99),
      rss: rss[minute - 1] ?? [],
    };
  };
  const ticker = setInterval(() => {
    rss.push(pids.map(rssMiB));
    options.onMinute?.(figures(rss.length));
  }, 60_000);
  const ideas = world.ideaIds.length;
  await Promise.all(
    world.identities.map(async (identity, c) => {
      const pool = pools[c % pools.length] as Pool;
      let next = started + (interval * c) / world.identities.length;
      for (let n = 0; ; n++) {
        const wait = next - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        if (performance.now() >= end) return;
        next = Math.max(next + interval, performance.now());
        const idea = world.ideaIds[(c * 7 + n) % ideas];
        const supported = Math.floor(n / ideas) % 2 === 0;
        const t0 = performance.now();
        const minute = Math.floor((t0 - started) / 60_000);
        buckets[minute] ??= { latencies: [], errors: 0 };
        const bucket = buckets[minute];
        try {
          const { statusCode, body } = await pool.request({
            method: supported ? "PUT" : "DELETE",
            path: `${world.base}/ideas/${idea}/support`,
            headers: { cookie: identity.cookie, "x-csrf-token": identity.csrf },
          });
          const answer = (await body.json()) as { supported?: boolean };
          if (statusCode !== 200 || answer.supported !== supported) bucket.errors += 1;
          else if (supported) held.add(`${c}:${idea}`);
          else held.delete(`${c}:${idea}`);
        } catch {
          bucket.errors += 1;
        }
        bucket.latencies.push(performance.now() - t0);
      }
    }),
  );
  clearInterval(ticker);
  while (rss.length < buckets.length) rss.push(pids.map(rssMiB));
  const minutes = buckets.map((_, i) => figures(i + 1));
  await Promise.all(pools.map((pool) => pool.close()));
  return { minutes, held: held.size };
}
