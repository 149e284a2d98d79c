// The live opinion map: from a vote over HTTP to a stored map that includes it, at 10,000 participants.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRandom } from "../src/analysis/random.ts";
import { ApiClient, testPassword, uniqueEmail } from "../test/support/api-client.ts";
import { startCocrea } from "../test/support/cocrea-process.ts";
import { signUpConfirmed } from "../test/support/confirm-sign-up.ts";
import { openLiveSocket } from "../test/support/live-socket.ts";
import type { BenchSection } from "./run.ts";

const participants = 10_000;
const statements = 60;
/** Share of statements each participant voted on. */
const density = 0.5;
const groups = 3;
const trials = 10;

async function expectOk<T>(response: Promise<{ status: number; body: T }>, what: string): Promise<T> {
  const { status, body } = await response;
  if (status >= 300) throw new Error(`${what}: ${status} ${JSON.stringify(body).slice(0, 500)}`);
  return body;
}

/**
 * A Pol.is export of `participants` voters in `groups` opinion groups: each group has its own agree probability per
 * statement (drawn uniformly), each voter votes on a random half of the statements, passing 15% of the time.
 */
function syntheticExport(): { comments: string; votes: string; count: number } {
  const random = createRandom(42);
  const lean = Array.from({ length: groups }, () => Array.from({ length: statements }, () => random()));
  const comments = ["timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body"];
  for (let j = 0; j < statements; j++) comments.push(`0,,${j},0,0,0,1,Affirmation numéro ${j + 1}`);
  const votes = ["timestamp,datetime,comment-id,voter-id,vote"];
  let t = 1_700_000_000_000;
  for (let p = 0; p < participants; p++) {
    const g = p % groups;
    for (let j = 0; j < statements; j++) {
      if (random() >= density) continue;
      const vote = random() < 0.15 ? 0 : random() < (lean[g]?.[j] ?? 0.5) ? 1 : -1;
      t += 1;
      votes.push(`${t},,${j},${p},${vote}`);
    }
  }
  return { comments: `${comments.join("\n")}\n`, votes: `${votes.join("\n")}\n`, count: votes.length - 1 };
}

export const section: BenchSection = {
  title: "Live opinion map: from a vote to the map including it",
  async run() {
    const data = await mkdtemp(join(tmpdir(), "cocrea-bench-map-"));
    const server = await startCocrea(["--data", data, "--no-demo"], { AUTH_RATE_LIMIT: "1000000" });
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
      const hour = 3_600_000;
      const at = (offset: number) => new Date(Date.now() + offset).toISOString();
      const { challenge } = await expectOk(
        owner.post<{ challenge: { id: string } }>(`/api/v1/workspaces/${workspace.id}/challenges`, {
          title: "Le centre-ville sans voitures ?",
          question: "Que pensez-vous de ces affirmations ?",
          benefit: "Le conseil municipal lira la carte des opinions avant de décider.",
          projectManager: { name: "Karim Benali" },
          status: "published",
          conversation: true,
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
      const base = `/api/v1/workspaces/${workspace.id}/challenges/${challenge.id}`;
      const seed = syntheticExport();
      const importStarted = performance.now();
      await expectOk(
        owner.post(`${base}/conversation/import`, { comments: seed.comments, votes: seed.votes }),
        "import",
      );
      const importSeconds = (performance.now() - importStarted) / 1000;

      type MapBody = { map: null | { voteCount: number; groups: unknown[]; me: unknown } };
      const waitForMap = async (ready: (body: MapBody) => boolean): Promise<MapBody> => {
        const deadline = performance.now() + 60_000;
        for (;;) {
          const { body } = await owner.get<MapBody>(`${base}/opinion-map`);
          if (ready(body)) return body;
          if (performance.now() > deadline)
            throw new Error(`map not ready: ${JSON.stringify(body).slice(0, 300)}`);
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
      };
      const first = await waitForMap((body) => body.map?.voteCount === seed.count);

      // The owner votes on one statement after another; each time, from the request to reading a map whose vote
      // count includes the vote, as a browser does: it waits for the live event, then fetches the map (the
      // coalescer's 200 ms delay, loading the votes, the worker's computation, storing, NOTIFY, the GET).
      const live = await openLiveSocket(owner, server.url);
      live.send({ type: "subscribe", workspaceId: workspace.id });
      await live.waitFor((m) => m.type === "subscribed");
      const latencies: number[] = [];
      let expected = seed.count;
      for (let n = 0; n < trials; n++) {
        const t0 = performance.now();
        const target = expected + 1;
        const updated = live.waitFor(
          (m) =>
            m.type === "event" &&
            m.event.type === "opinions.updated" &&
            Number(m.event.data.voteCount) >= target,
          30_000,
        );
        await expectOk(
          owner.request("PUT", `${base}/statements/${n}/vote`, { vote: n % 2 === 0 ? 1 : -1 }),
          "vote",
        );
        expected = target;
        await updated;
        const { body } = await owner.get<MapBody>(`${base}/opinion-map`);
        if ((body.map?.voteCount ?? 0) < expected)
          throw new Error("the map read after the event lacks the vote");
        latencies.push(performance.now() - t0);
      }
      live.close();
      latencies.sort((a, b) => a - b);
      const median = latencies[Math.floor(latencies.length / 2)] ?? Number.NaN;
      const worst = latencies[latencies.length - 1] ?? Number.NaN;
      return [
        `${participants.toLocaleString("en")} participants × ${statements} statements, ${seed.count.toLocaleString("en")}`,
        `votes (${groups} synthetic opinion groups, each participant voting on about half the statements, 15% passes),`,
        "seeded through the Pol.is import (INSERT … SELECT FROM unnest of arrays), against `cocrea serve` on the embedded PostgreSQL;",
        `the map found ${first.map?.groups.length ?? 0} groups. Then ${trials} votes over HTTP, one after the other,`,
        "each timed from the request to the live event `opinions.updated` and the read of the map that includes it.",
        "",
        "| Measure | Value |",
        "|---|---|",
        `| Import of ${seed.count.toLocaleString("en")} votes (HTTP, parse, insert) | ${importSeconds.toFixed(1)} s |`,
        `| Vote → map including it, median | ${(median / 1000).toFixed(2)} s |`,
        `| Vote → map including it, worst of ${trials} | ${(worst / 1000).toFixed(2)} s |`,
        "| Goal | under 2 s |",
      ].join("\n");
    } finally {
      await server.stop();
      await rm(data, { recursive: true, force: true });
    }
  },
};
