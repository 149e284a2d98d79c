// The alert rule routes' cases of the authorization matrix: each builds its target in the workspace it is given.
import type { Action, Role } from "../../src/domain/permissions.ts";
import { createProject } from "./listening-fixture.ts";
import type { WorkspaceFixture } from "./workspace-fixture.ts";

interface AlertRouteCase {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  route: string;
  action: Action;
  prepare(w: WorkspaceFixture, role: Role): Promise<{ path: string; body?: unknown }>;
}

/** One project per workspace, made by its owner; returns the path of its alerts. */
const projects = new Map<WorkspaceFixture, Promise<string>>();
function alertsOf(w: WorkspaceFixture): Promise<string> {
  let found = projects.get(w);
  if (!found) {
    found = createProject(w.people.owner.client, w.workspaceId, "Veille des alertes").then(
      (path) => `${path}/alerts`,
    );
    projects.set(w, found);
  }
  return found;
}

/** A fresh rule of the owner, so that each call edits or deletes its own. */
async function rulePath(w: WorkspaceFixture): Promise<string> {
  const alerts = await alertsOf(w);
  const made = await w.people.owner.client.post<{ rule: { id: string } }>(`${alerts}/rules`, {
    name: "Pic",
    kind: "volume-spike",
  });
  return `${alerts}/rules/${made.body.rule.id}`;
}

const alerts = "/api/v1/workspaces/{workspaceId}/listening/projects/{projectId}/alerts";

export const listeningAlertCases: AlertRouteCase[] = [
  {
    method: "GET",
    route: alerts,
    action: "listening.read",
    prepare: async (w) => ({ path: await alertsOf(w) }),
  },
  {
    method: "POST",
    route: `${alerts}/rules`,
    action: "listening.manage",
    prepare: async (w) => ({
      path: `${await alertsOf(w)}/rules`,
      body: { name: "Tram", kind: "query-match", settings: { query: "tram" } },
    }),
  },
  {
    method: "PATCH",
    route: `${alerts}/rules/{ruleId}`,
    action: "listening.manage",
    prepare: async (w) => ({ path: await rulePath(w), body: { paused: true } }),
  },
  {
    method: "DELETE",
    route: `${alerts}/rules/{ruleId}`,
    action: "listening.manage",
    prepare: async (w) => ({ path: await rulePath(w) }),
  },
  {
    method: "PUT",
    route: `${alerts}/subscription`,
    action: "listening.read",
    prepare: async (w) => ({ path: `${await alertsOf(w)}/subscription`, body: { subscribed: true } }),
  },
];
