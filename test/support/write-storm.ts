// A storm of writes (ideas, comments, supports) from several people against one or more `cocrea serve` processes,
// remembering every write the server acknowledged, so that a test can check after a fault that none was lost.
import type pg from "pg";
import { writeKinds } from "../../src/domain/write-limits/write-limits.ts";
import { ApiClient, testPassword, uniqueEmail } from "./api-client.ts";
import { createChallenge } from "./challenge-fixture.ts";
import { signUpConfirmed } from "./confirm-sign-up.ts";

/** Someone writing during the storm, with what a request of theirs needs (any process reads the session). */
export interface StormPerson {
  userId: string;
  cookie: string;
  csrf: string;
}

/** A workspace with one open challenge, its owner's client and the people who write during the storm. */
export interface StormWorld {
  workspaceId: string;
  challengeId: string;
  owner: ApiClient;
  /** The owner, for writes sent to a process other than the one `owner` talks to. */
  ownerPerson: StormPerson;
  people: StormPerson[];
  /** Ideas known to exist (the seeds, then each acknowledged one), with their authors. */
  ideas: Array<{ id: string; authorId: string }>;
}

/** The writes answered 2xx: idea and comment ids, supports as `userId:ideaId`. */
export interface Acknowledged {
  ideas: Set<string>;
  comments: Set<string>;
  supports: Set<string>;
}

export interface Storm {
  acknowledged: Acknowledged;
  /** Requests that got no 2xx answer (refused, failed or cut by the fault): their writes may or may not exist. */
  unanswered: number;
  /** Ends the storm once each person's request under way has settled. */
  stop(): Promise<void>;
}

async function ok<T>(response: Promise<{ status: number; body: T }>, what: string): Promise<T> {
  const { status, body } = await response;
  if (status >= 300) throw new Error(`${what}: ${status} ${JSON.stringify(body)}`);
  return body;
}

/** Write limits high enough for a storm: the storm is about what survives a fault, not about how much one writes. */
export const stormWriteLimits = writeKinds.map((kind) => `${kind}=100000/100000`).join(",");

/**
 * Builds the storm's workspace through `url`: an owner, an open challenge with two ideas, `count` participants, each
 * account confirmed through the link the server logs (`logs`, the serving process's lines).
 */
export async function prepareStorm(
  url: string,
  logs: () => readonly string[],
  count = 6,
): Promise<StormWorld> {
  const owner = new ApiClient(url);
  const signUp = async (client: ApiClient, name: string) => ({
    user: {
      id: await signUpConfirmed(client, { email: uniqueEmail("storm"), password: testPassword, name }, logs),
    },
  });
  const { user: ownerUser } = await signUp(owner, "Owner");
  const { workspace } = await ok(
    owner.post<{ workspace: { id: string } }>("/api/v1/workspaces", { name: "Tempête" }),
    "workspace",
  );
  const challengeId = await createChallenge(owner, workspace.id);
  const { token } = await ok(
    owner.post<{ token: string }>(`/api/v1/workspaces/${workspace.id}/invitations`, { role: "participant" }),
    "invitation",
  );
  const ownerPerson = { userId: ownerUser.id, cookie: owner.cookieHeader(), csrf: await owner.csrf() };
  const world: StormWorld = {
    workspaceId: workspace.id,
    challengeId,
    owner,
    ownerPerson,
    people: [],
    ideas: [],
  };
  for (let i = 0; i < 2; i++) {
    const { idea } = await ok(
      owner.post<{ idea: { id: string } }>(
        `/api/v1/workspaces/${workspace.id}/challenges/${challengeId}/ideas`,
        {
          title: `Idée de départ ${i + 1}`,
          body: "Une idée que chacun peut soutenir et commenter.",
          category: "Animation",
        },
      ),
      "seed idea",
    );
    world.ideas.push({ id: idea.id, authorId: ownerUser.id });
  }
  for (let i = 0; i < count; i++) {
    const client = new ApiClient(url);
    const { user } = await signUp(client, `Participant ${i + 1}`);
    await ok(client.post(`/api/v1/invitations/${token}/accept`), "join");
    world.people.push({ userId: user.id, cookie: client.cookieHeader(), csrf: await client.csrf() });
  }
  return world;
}

/** The parts of the answers the storm reads. */
export interface StormAnswer {
  idea?: { id: string };
  comment?: { id: string };
  supported?: boolean;
}

/** One write as `person` on `url`; resolves with the answer's JSON when it is 2xx, undefined otherwise. */
export async function write(
  url: string,
  person: StormPerson,
  method: string,
  path: string,
  body?: unknown,
): Promise<StormAnswer | undefined> {
  try {
    const response = await fetch(url + path, {
      method,
      headers: {
        cookie: person.cookie,
        "x-csrf-token": person.csrf,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    });
    const text = await response.text();
    if (response.status < 200 || response.status >= 300) return undefined;
    return text ? JSON.parse(text) : {};
  } catch {
    return undefined;
  }
}

/**
 * Starts the storm: each person writes in turn an idea, a support of someone else's idea, a comment and another
 * support, one request at a time, against `targets[(person + n) % targets.length]` (read at each request, so a test
 * can swap in the address of a restarted process). A request with no 2xx answer is counted and retried later.
 */
export function startStorm(world: StormWorld, targets: string[]): Storm {
  const acknowledged: Acknowledged = { ideas: new Set(), comments: new Set(), supports: new Set() };
  const storm = { acknowledged, unanswered: 0, stop: async () => {} };
  let running = true;
  const challenge = `/api/v1/workspaces/${world.workspaceId}/challenges/${world.challengeId}`;
  const ideaPath = (id: string) => `/api/v1/workspaces/${world.workspaceId}/ideas/${id}`;
  const loops = world.people.map(async (person, p) => {
    for (let n = 0; running; n++) {
      const url = targets[(p + n) % targets.length] ?? "";
      const others = world.ideas.filter(
        (idea) =>
          idea.authorId !== person.userId && !acknowledged.supports.has(`${person.userId}:${idea.id}`),
      );
      const idea = world.ideas[(p * 7 + n) % world.ideas.length];
      let answered = false;
      if (n % 4 === 0 || (n % 2 === 1 && others.length === 0)) {
        const body = await write(url, person, "POST", `${challenge}/ideas`, {
          title: `Idée ${p + 1}.${n}`,
          body: "Écrite pendant la tempête, elle doit survivre à la panne.",
          category: "Animation",
        });
        const id = body?.idea?.id;
        if (id) {
          acknowledged.ideas.add(id);
          world.ideas.push({ id, authorId: person.userId });
          answered = true;
        }
      } else if (n % 2 === 1) {
        const target = others[(p + n) % others.length];
        if (target) {
          const body = await write(url, person, "PUT", `${ideaPath(target.id)}/support`);
          if (body?.supported === true) {
            acknowledged.supports.add(`${person.userId}:${target.id}`);
            answered = true;
          }
        }
      } else if (idea) {
        const body = await write(url, person, "POST", `${ideaPath(idea.id)}/comments`, {
          body: `Commentaire ${p + 1}.${n}`,
        });
        const id = body?.comment?.id;
        if (id) {
          acknowledged.comments.add(id);
          answered = true;
        }
      }
      if (!answered) {
        storm.unanswered += 1;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  });
  storm.stop = async () => {
    running = false;
    await Promise.all(loops);
  };
  return storm;
}

/** What the database holds of the storm's challenge, to compare with what was acknowledged. */
export interface StormCheck {
  /** Acknowledged writes missing from the database (ids or `userId:ideaId`): must be empty. */
  lost: string[];
  /** Ideas whose kept support count differs from their support rows: must be empty. */
  miscounted: string[];
  acknowledged: number;
}

export async function checkStorm(pool: pg.Pool, world: StormWorld, storm: Storm): Promise<StormCheck> {
  const ideas = await pool.query<{ id: string; support_count: number; rows: number }>(
    `SELECT i.id, i.support_count, (SELECT count(*)::int FROM supports s WHERE s.idea_id = i.id) AS rows
       FROM ideas i WHERE i.challenge_id = $1`,
    [world.challengeId],
  );
  const comments = await pool.query<{ id: string }>(
    "SELECT c.id FROM comments c JOIN ideas i ON i.id = c.idea_id WHERE i.challenge_id = $1",
    [world.challengeId],
  );
  const supports = await pool.query<{ pair: string }>(
    `SELECT s.user_id || ':' || s.idea_id AS pair FROM supports s JOIN ideas i ON i.id = s.idea_id
      WHERE i.challenge_id = $1`,
    [world.challengeId],
  );
  const stored = new Set([
    ...ideas.rows.map((row) => row.id),
    ...comments.rows.map((row) => row.id),
    ...supports.rows.map((row) => row.pair),
  ]);
  const { ideas: i, comments: c, supports: s } = storm.acknowledged;
  const all = [...i, ...c, ...s];
  return {
    lost: all.filter((key) => !stored.has(key)),
    miscounted: ideas.rows.filter((row) => row.support_count !== row.rows).map((row) => row.id),
    acknowledged: all.length,
  };
}
