// The targets the authorization matrix's cases act on: one open challenge and idea per workspace, ideas and contests
// moved into a phase, groups, actions and conversations, each made once per workspace or fresh when a case needs it.
import { sql } from "drizzle-orm";
import type { Db } from "../../src/db/open-database.ts";
import { can, type Role } from "../../src/domain/permissions.ts";
import { createChallenge, submitIdea, timelineIn } from "./challenge-fixture.ts";
import type { WorkspaceFixture } from "./workspace-fixture.ts";

export type ChallengeTargets = ReturnType<typeof challengeTargets>;

/** `db` gives the test server's database once it runs (targets in a phase are moved there by a direct update). */
export function challengeTargets(db: () => Db) {
  /** One published challenge open for contributions per workspace, and one idea of its owner in it. */
  const openChallenges = new Map<WorkspaceFixture, Promise<{ challengeId: string; ideaId: string }>>();
  function openChallengeOf(w: WorkspaceFixture): Promise<{ challengeId: string; ideaId: string }> {
    let found = openChallenges.get(w);
    if (!found) {
      found = (async () => {
        const challengeId = await createChallenge(w.people.owner.client, w.workspaceId);
        const ideaId = await submitIdea(w.people.owner.client, w.workspaceId, challengeId);
        return { challengeId, ideaId };
      })();
      openChallenges.set(w, found);
    }
    return found;
  }
  const challengePath = async (w: WorkspaceFixture, tail = "") =>
    `/api/v1/workspaces/${w.workspaceId}/challenges/${(await openChallengeOf(w)).challengeId}${tail}`;
  const ideaPath = async (w: WorkspaceFixture, tail = "") =>
    `/api/v1/workspaces/${w.workspaceId}/ideas/${(await openChallengeOf(w)).ideaId}${tail}`;
  /** One idea per workspace and phase, in a contest whose dates are moved into that phase after the idea is in. */
  const phasedIdeas = new Map<string, Promise<string>>();
  function phasedIdeaPath(w: WorkspaceFixture, phase: "voting" | "synthesis", tail: string): Promise<string> {
    const key = `${w.workspaceId}:${phase}`;
    let found = phasedIdeas.get(key);
    if (!found) {
      found = (async () => {
        const challengeId = await createChallenge(w.people.owner.client, w.workspaceId, {
          contestPrize: "Un stand offert tout l'été",
        });
        const ideaId = await submitIdea(w.people.owner.client, w.workspaceId, challengeId);
        const t = timelineIn(phase);
        await db().execute(sql`
          UPDATE challenges SET announcement_at = ${t.announcementAt}, contributions_open_at = ${t.contributionsOpenAt},
            contributions_close_at = ${t.contributionsCloseAt}, voting_close_at = ${t.votingCloseAt},
            synthesis_close_at = ${t.synthesisCloseAt}
          WHERE id = ${challengeId}`);
        return ideaId;
      })();
      phasedIdeas.set(key, found);
    }
    return found.then((ideaId) => `/api/v1/workspaces/${w.workspaceId}/ideas/${ideaId}${tail}`);
  }
  async function moveInto(challengeId: string, phase: "voting" | "synthesis"): Promise<void> {
    const t = timelineIn(phase);
    await db().execute(sql`
      UPDATE challenges SET announcement_at = ${t.announcementAt}, contributions_open_at = ${t.contributionsOpenAt},
        contributions_close_at = ${t.contributionsCloseAt}, voting_close_at = ${t.votingCloseAt},
        synthesis_close_at = ${t.synthesisCloseAt}
      WHERE id = ${challengeId}`);
  }
  /** A contest with one criterion and one idea, moved into `phase`, the idea marked finalist by the owner. */
  async function contestIn(w: WorkspaceFixture, phase: "voting" | "synthesis") {
    const owner = w.people.owner.client;
    const challengeId = await createChallenge(owner, w.workspaceId, { contestPrize: "Un stage de six mois" });
    const ideaId = await submitIdea(owner, w.workspaceId, challengeId);
    const base = `/api/v1/workspaces/${w.workspaceId}/challenges/${challengeId}/contest`;
    const defined = await owner.request<{ contest: { criteria: Array<{ id: string }> } }>("PUT", base, {
      juryShare: 70,
      criteria: [{ name: "Impact", weight: 1 }],
    });
    const criterionId = defined.body.contest.criteria[0]?.id ?? "";
    await moveInto(challengeId, "voting");
    await owner.request("PUT", `${base}/finalists/${ideaId}`, { finalist: true });
    if (phase === "synthesis") await moveInto(challengeId, "synthesis");
    return { base, ideaId, criterionId };
  }
  const contests = new Map<WorkspaceFixture, ReturnType<typeof contestIn>>();
  function votingContestOf(w: WorkspaceFixture): ReturnType<typeof contestIn> {
    let found = contests.get(w);
    if (!found) {
      found = contestIn(w, "voting");
      contests.set(w, found);
    }
    return found;
  }
  /** A fresh idea written by `role` when that role may submit (else by the owner), to edit or withdraw. */
  const ownIdeaPath = async (w: WorkspaceFixture, role: Role) => {
    const author = can(role, "idea.submit") ? w.people[role] : w.people.owner;
    const ideaId = await submitIdea(author.client, w.workspaceId, (await openChallengeOf(w)).challengeId);
    return `/api/v1/workspaces/${w.workspaceId}/ideas/${ideaId}`;
  };

  /** A fresh group made by hand by the owner in the open challenge of `w`, holding its idea; returns its path. */
  let groupCount = 0;
  async function manualGroupPath(w: WorkspaceFixture, tail = ""): Promise<string> {
    const { ideaId } = await openChallengeOf(w);
    const name = `Groupe ${++groupCount}`;
    const response = await w.people.owner.client.post<{ groups: Array<{ id: string; name: string | null }> }>(
      await challengePath(w, "/synthesis/groups"),
      { name, ideaIds: [ideaId] },
    );
    const group = response.body.groups.find((g) => g.name === name);
    if (!group) throw new Error(`group creation failed: ${JSON.stringify(response.body)}`);
    return challengePath(w, `/synthesis/groups/${group.id}${tail}`);
  }

  /** A fresh action of the workspace's open challenge, made by its owner. */
  const actionPath = async (w: WorkspaceFixture, tail = "") => {
    const created = await w.people.owner.client.post<{ action: { id: string } }>(
      await challengePath(w, "/actions"),
      {
        title: "Un coin lecture",
        owner: "Médiathèque",
      },
    );
    return `/api/v1/workspaces/${w.workspaceId}/actions/${created.body.action.id}${tail}`;
  };

  /** One published challenge holding a conversation per workspace, with one shown statement (number 0). */
  const conversations = new Map<WorkspaceFixture, Promise<string>>();
  function conversationPath(w: WorkspaceFixture, tail: string): Promise<string> {
    let found = conversations.get(w);
    if (!found) {
      found = (async () => {
        const challengeId = await createChallenge(w.people.owner.client, w.workspaceId, {
          conversation: true,
        });
        const path = `/api/v1/workspaces/${w.workspaceId}/challenges/${challengeId}`;
        const statement = await w.people.owner.client.post(`${path}/statements`, {
          body: "Un marché le soir.",
        });
        if (statement.status !== 201) throw new Error(`statement failed: ${JSON.stringify(statement.body)}`);
        return path;
      })();
      conversations.set(w, found);
    }
    return found.then((path) => `${path}${tail}`);
  }
  /** A fresh, empty conversation to import into. */
  const emptyConversationPath = async (w: WorkspaceFixture, tail: string) =>
    `/api/v1/workspaces/${w.workspaceId}/challenges/${await createChallenge(w.people.owner.client, w.workspaceId, { conversation: true })}${tail}`;

  return {
    db,
    openChallengeOf,
    challengePath,
    ideaPath,
    phasedIdeaPath,
    votingContestOf,
    contestIn,
    ownIdeaPath,
    manualGroupPath,
    actionPath,
    conversationPath,
    emptyConversationPath,
  };
}
