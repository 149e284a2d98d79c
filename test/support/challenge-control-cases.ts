// The challenge-control routes' cases of the authorization matrix: each builds a fresh challenge of its workspace.
import type { Action, Role } from "../../src/domain/permissions.ts";
import { createChallenge } from "./challenge-fixture.ts";
import type { WorkspaceFixture } from "./workspace-fixture.ts";

interface ChallengeControlCase {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  route: string;
  action: Action;
  prepare(
    w: WorkspaceFixture,
    role: Role,
  ): Promise<{ path: string; body?: unknown; headers?: Record<string, string> }>;
}

const route = "/api/v1/workspaces/{workspaceId}/challenges/{challengeId}";
const title = "Réinventons le marché du samedi";
const day = 24 * 3_600_000;

/** A fresh challenge open for contributions, made by the owner; `voting` closes its contributions first. */
async function freshPath(w: WorkspaceFixture, voting = false): Promise<string> {
  const owner = w.people.owner.client;
  const path = `/api/v1/workspaces/${w.workspaceId}/challenges/${await createChallenge(owner, w.workspaceId, { title })}`;
  if (voting) {
    const closed = await owner.post(`${path}/phase/close`);
    if (closed.status !== 200) throw new Error(`closing failed: ${JSON.stringify(closed.body)}`);
  }
  return path;
}

const manage: Action = "challenge.manage";

export const challengeControlCases: ChallengeControlCase[] = [
  {
    method: "POST",
    route: `${route}/phase/close`,
    action: manage,
    prepare: async (w) => ({ path: `${await freshPath(w)}/phase/close` }),
  },
  {
    method: "POST",
    route: `${route}/phase/reopen`,
    action: manage,
    prepare: async (w) => ({
      path: `${await freshPath(w, true)}/phase/reopen`,
      body: { until: new Date(Date.now() + day).toISOString() },
    }),
  },
  {
    method: "POST",
    route: `${route}/deadline-moves`,
    action: manage,
    prepare: async (w) => ({
      path: `${await freshPath(w)}/deadline-moves`,
      body: { deadline: "contributionsCloseAt", to: new Date(Date.now() + day).toISOString() },
    }),
  },
  {
    method: "PUT",
    route: `${route}/pause`,
    action: manage,
    prepare: async (w) => ({ path: `${await freshPath(w)}/pause`, body: { paused: true } }),
  },
  {
    method: "PUT",
    route: `${route}/archive`,
    action: manage,
    prepare: async (w) => ({ path: `${await freshPath(w)}/archive`, body: { archived: true } }),
  },
  {
    method: "POST",
    route: `${route}/duplicates`,
    action: manage,
    prepare: async (w) => ({
      path: `${await freshPath(w)}/duplicates`,
      body: { announcementAt: new Date(Date.now() + 7 * day).toISOString() },
    }),
  },
  {
    method: "DELETE",
    route,
    action: manage,
    prepare: async (w) => ({ path: await freshPath(w), body: { confirmTitle: title } }),
  },
];
