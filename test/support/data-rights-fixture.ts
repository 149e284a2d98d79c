// A challenge where three people acted in a known order, one of whom will be erased, and its open data by pseudonym.
import type { ApiClient } from "./api-client.ts";
import { createChallenge, submitIdea } from "./challenge-fixture.ts";
import type { Person, WorkspaceFixture } from "./workspace-fixture.ts";

export interface Scene {
  challengeId: string;
  /** First to act (participant-1), then the person to erase (participant-2), then `second` (participant-3). */
  first: Person;
  erased: Person;
  second: Person;
  firstIdea: string;
  erasedIdea: string;
  erasedComment: string;
  replyOfSecond: string;
}

/**
 * In `w`: `first` proposes an idea, `erased` proposes one, supports and comments on `first`'s, reacts, proposes a
 * statement and votes; `second` replies to that comment and supports both ideas.
 */
export async function actedScene(w: WorkspaceFixture): Promise<Scene> {
  const challengeId = await createChallenge(w.people.owner.client, w.workspaceId, { conversation: true });
  const first = await w.addMember("participant");
  const erased = await w.addMember("participant");
  const second = await w.addMember("participant");
  const base = `/api/v1/workspaces/${w.workspaceId}`;
  const firstIdea = await submitIdea(first.client, w.workspaceId, challengeId, {
    title: "Des bancs à l'ombre",
  });
  const erasedIdea = await submitIdea(erased.client, w.workspaceId, challengeId, {
    title: '=HYPERLINK("http://x") un marché de nuit',
  });
  await must(erased.client.request("PUT", `${base}/ideas/${firstIdea}/support`));
  const comment = await must(
    erased.client.post<{ comment: { id: string } }>(`${base}/ideas/${firstIdea}/comments`, {
      body: "Avec des fontaines, ce serait mieux.",
    }),
  );
  await must(erased.client.post(`${base}/ideas/${firstIdea}/reactions`, { emotion: "love" }));
  const statement = await must(
    erased.client.post<{ statement: { number: number } }>(`${base}/challenges/${challengeId}/statements`, {
      body: "Le marché doit ouvrir le soir.",
    }),
  );
  await must(
    erased.client.request(
      "PUT",
      `${base}/challenges/${challengeId}/statements/${statement.body.statement.number}/vote`,
      { vote: 1 },
    ),
  );
  const reply = await must(
    second.client.post<{ comment: { id: string } }>(`${base}/ideas/${firstIdea}/comments`, {
      body: "Oui, et des jeux d'eau.",
      parentId: comment.body.comment.id,
    }),
  );
  await must(second.client.request("PUT", `${base}/ideas/${firstIdea}/support`));
  await must(second.client.request("PUT", `${base}/ideas/${erasedIdea}/support`));
  return {
    challengeId,
    first,
    erased,
    second,
    firstIdea,
    erasedIdea,
    erasedComment: comment.body.comment.id,
    replyOfSecond: reply.body.comment.id,
  };
}

async function must<T extends { status: number; body: unknown }>(pending: Promise<T>): Promise<T> {
  const response = await pending;
  if (response.status >= 300) throw new Error(`scene step failed: ${JSON.stringify(response.body)}`);
  return response;
}

/** The open data as the managers download it: who wrote each idea and comment, and who supports what. */
export async function openDataOf(
  manager: ApiClient,
  workspaceId: string,
  challengeId: string,
): Promise<{ ideas: Map<string, string | null>; comments: Map<string, string | null>; supports: string[] }> {
  const base = `/api/v1/workspaces/${workspaceId}/challenges/${challengeId}/export`;
  type Row = { id: string; idea_id: string; participant: string | null };
  const read = async (dataset: string): Promise<Row[]> => {
    const response = await manager.get<Record<string, Row[]>>(`${base}/${dataset}.json`);
    if (response.status !== 200) throw new Error(`export failed: ${JSON.stringify(response.body)}`);
    return response.body[dataset] ?? [];
  };
  return {
    ideas: new Map((await read("ideas")).map((row) => [row.id, row.participant])),
    comments: new Map((await read("comments")).map((row) => [row.id, row.participant])),
    supports: (await read("supports")).map((row) => `${row.idea_id} ${row.participant}`).sort(),
  };
}
