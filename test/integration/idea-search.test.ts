// A challenge's ideas searched, filtered and paged by the server, over HTTP against a real PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createChallenge, submitIdea } from "../support/challenge-fixture.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { createWorkspaceFixture, type WorkspaceFixture } from "../support/workspace-fixture.ts";

let server: TestServer;
let w: WorkspaceFixture;
let path = "";
const ids: Record<string, string> = {};
type Page = { ideas: Array<{ id: string; title: string }>; total: number };

beforeAll(async () => {
  server = await startTestServer();
  w = await createWorkspaceFixture(server, { name: "Recherche" });
  const { manager, participant, moderator } = w.people;
  const challengeId = await createChallenge(manager.client, w.workspaceId);
  path = `/api/v1/workspaces/${w.workspaceId}/challenges/${challengeId}`;
  const ideas: Array<[string, typeof participant, string, string]> = [
    ["fanfare", participant, "Une fanfare le samedi", "De la musique à 100% acoustique."],
    ["bancs", participant, "Des bancs à l'ombre", "Pour s'asseoir sous les tilleuls."],
    ["velos", moderator, "Un parking à vélos", "Des arceaux près de la fontaine."],
  ];
  for (const [key, author, title, body] of ideas) {
    ids[key] = await submitIdea(author.client, w.workspaceId, challengeId, { title, body });
  }
  await manager.client.post(`/api/v1/workspaces/${w.workspaceId}/ideas/${ids.bancs}/comments`, {
    body: "Nous regardons les emplacements possibles.",
  });
  await moderator.client.put(`/api/v1/workspaces/${w.workspaceId}/ideas/${ids.velos}/support`);
  await participant.client.put(`/api/v1/workspaces/${w.workspaceId}/ideas/${ids.velos}/support`);
  await moderator.client.put(`/api/v1/workspaces/${w.workspaceId}/ideas/${ids.fanfare}/support`);
});
afterAll(() => server.stop());

const list = async (query: string, who: keyof WorkspaceFixture["people"] = "participant") => {
  const response = await w.people[who].client.get<Page>(`${path}/ideas${query}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return { titles: response.body.ideas.map((i) => i.title), total: response.body.total };
};

describe("searching a challenge's ideas", () => {
  it("finds words in the title or the text, case ignored, every word required", async () => {
    expect((await list("?q=BANCS")).titles).toEqual(["Des bancs à l'ombre"]);
    expect((await list("?q=fontaine")).titles).toEqual(["Un parking à vélos"]);
    expect((await list(`?q=${encodeURIComponent("des tilleuls")}`)).titles).toEqual(["Des bancs à l'ombre"]);
    expect((await list("?q=tuba")).total).toBe(0);
  });

  it("takes % and _ literally", async () => {
    expect((await list(`?q=${encodeURIComponent("100%")}`)).titles).toEqual(["Une fanfare le samedi"]);
    expect((await list(`?q=${encodeURIComponent("%")}`)).titles).toEqual(["Une fanfare le samedi"]);
    expect((await list("?q=_")).total).toBe(0);
  });

  it("filters by official answer, by one's own ideas, and sorts by supports", async () => {
    expect((await list("?status=answered")).titles).toEqual(["Des bancs à l'ombre"]);
    expect((await list("?status=unanswered")).total).toBe(2);
    expect((await list("?status=undecided")).total).toBe(3);
    expect((await list("?mine=true")).titles.sort()).toEqual([
      "Des bancs à l'ombre",
      "Une fanfare le samedi",
    ]);
    expect((await list("?mine=true", "moderator")).titles).toEqual(["Un parking à vélos"]);
    expect((await list("?sort=supported")).titles).toEqual([
      "Un parking à vélos",
      "Une fanfare le samedi",
      "Des bancs à l'ombre",
    ]);
  });

  it("pages the list and counts every match", async () => {
    const first = await list("?sort=oldest&limit=2");
    const second = await list("?sort=oldest&limit=2&offset=2");
    expect(first).toEqual({ titles: ["Une fanfare le samedi", "Des bancs à l'ombre"], total: 3 });
    expect(second).toEqual({ titles: ["Un parking à vélos"], total: 3 });
  });

  it("filters by a group of the synthesis", async () => {
    const made = await w.people.manager.client.post<{ groups: Array<{ id: string; name: string | null }> }>(
      `${path}/synthesis/groups`,
      { name: "S'asseoir et flâner", ideaIds: [ids.bancs, ids.fanfare] },
    );
    const group = made.body.groups.find((g) => g.name === "S'asseoir et flâner");
    expect(group).toBeDefined();
    expect((await list(`?group=${group?.id}&sort=oldest`)).titles).toEqual([
      "Une fanfare le samedi",
      "Des bancs à l'ombre",
    ]);
  });

  it("refuses a page size out of range, naming the parameter", async () => {
    const response = await w.people.participant.client.get(`${path}/ideas?limit=1000`);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: "invalid-input", field: "limit" });
  });
});
