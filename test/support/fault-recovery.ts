// What the fault-injection tests check after a fault: readiness again, and live events reaching a subscriber.
import { type LiveSocket, openLiveSocket } from "./live-socket.ts";
import { type StormWorld, write } from "./write-storm.ts";

/** Polls `check` every 200 ms until it holds; fails after `ms` (a generous bound, not a measure of speed). */
export async function eventually(
  check: () => Promise<boolean> | boolean,
  ms: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (
      await Promise.resolve()
        .then(check)
        .catch(() => false)
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what} did not happen within ${ms} ms`);
}

/** Whether `url` answers its readiness check (database, migrations and live channel) with 200. */
export async function isReady(url: string): Promise<boolean> {
  const response = await fetch(`${url}/api/v1/health`, { signal: AbortSignal.timeout(5_000) });
  return response.status === 200;
}

/**
 * Waits until `url` is ready and returns the milliseconds since `since` (a `performance.now()`), for the log: the
 * time is recorded, never asserted (the shared machine's load decides it; `npm run bench` measures start-up).
 */
export async function readyAfter(url: string, since: number, ms = 60_000): Promise<number> {
  await eventually(() => isReady(url), ms, `readiness of ${url}`);
  return Math.round(performance.now() - since);
}

/** Opens a live socket on `url` as the storm's owner, subscribed to the storm's workspace. */
export async function subscribe(world: StormWorld, url: string): Promise<LiveSocket> {
  const live = await openLiveSocket(world.owner, url);
  live.send({ type: "subscribe", workspaceId: world.workspaceId });
  await live.waitFor((m) => m.type === "subscribed", 15_000);
  return live;
}

/**
 * Submits a new idea through `writeUrl` and waits for `live` to hear its `idea.submitted` event: events flow again.
 * Resolves with the idea's id.
 */
export async function hearsNewIdea(world: StormWorld, live: LiveSocket, writeUrl: string): Promise<string> {
  const path = `/api/v1/workspaces/${world.workspaceId}/challenges/${world.challengeId}/ideas`;
  const answer = await write(writeUrl, world.ownerPerson, "POST", path, {
    title: "Après la panne",
    body: "Une idée écrite une fois le service revenu.",
    category: "Animation",
  });
  const id = answer?.idea?.id;
  if (!id) throw new Error(`the idea written after recovery through ${writeUrl} was refused`);
  await live.waitFor(
    (m) => m.type === "event" && m.event.type === "idea.submitted" && JSON.stringify(m.event).includes(id),
    20_000,
  );
  return id;
}
