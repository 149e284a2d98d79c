// The authorization matrix's cases for the routes of plan sessions, versions and exports (read by
// authorization.test.ts, which runs every case against every role and another workspace's members).
import type { ApiClient } from "./api-client.ts";
import { createPlan, scheduleSession, workspaceApi } from "./plan-fixture.ts";
import type { RouteCase } from "./route-case.ts";
import type { WorkspaceFixture } from "./workspace-fixture.ts";

/** One plan per workspace, with one closed session (version 1), one open session and a path and deliverable in it. */
const plans = new Map<
  string,
  Promise<{ planId: string; sessionId: string; pathId: string; deliverableId: string }>
>();
function planOf(w: WorkspaceFixture) {
  let found = plans.get(w.workspaceId);
  if (!found) {
    found = (async () => {
      const owner: ApiClient = w.people.owner.client;
      const api = workspaceApi(w.workspaceId);
      const planId = await createPlan(owner, w.workspaceId);
      const closed = await scheduleSession(owner, w.workspaceId, planId);
      await owner.post(`${api}/plan-sessions/${closed}/close`);
      const sessionId = await scheduleSession(owner, w.workspaceId, planId);
      const path = await owner.post<{ session: { paths: Array<{ id: string }> } }>(
        `${api}/plan-sessions/${sessionId}/paths`,
        { title: "Une piste" },
      );
      const deliverable = await owner.post<{ session: { deliverables: Array<{ id: string }> } }>(
        `${api}/plan-sessions/${sessionId}/deliverables`,
        { title: "Un texte", file: { name: "note.txt", mediaType: "text/plain", base64: "Ym9uam91cg==" } },
      );
      return {
        planId,
        sessionId,
        pathId: path.body.session.paths[0]?.id ?? "",
        deliverableId: deliverable.body.session.deliverables[0]?.id ?? "",
      };
    })();
    plans.set(w.workspaceId, found);
  }
  return found;
}

const ws = "/api/v1/workspaces/{workspaceId}";

export const planSessionCases: RouteCase[] = [
  {
    method: "GET",
    route: `${ws}/plans/{planId}/sessions`,
    action: "plan.read",
    prepare: async (w) => ({
      path: `${workspaceApi(w.workspaceId)}/plans/${(await planOf(w)).planId}/sessions`,
    }),
  },
  {
    method: "POST",
    route: `${ws}/plans/{planId}/sessions`,
    action: "plan.manage",
    prepare: async (w) => ({
      path: `${workspaceApi(w.workspaceId)}/plans/${(await planOf(w)).planId}/sessions`,
      body: { title: "Session", scheduledAt: "2027-04-01T08:00:00.000Z", attendeeIds: [], agenda: [] },
    }),
  },
  {
    method: "PATCH",
    route: `${ws}/plan-sessions/{sessionId}`,
    action: "plan.edit",
    prepare: async (w) => ({
      path: `${workspaceApi(w.workspaceId)}/plan-sessions/${(await planOf(w)).sessionId}`,
      body: { notes: "Compte rendu" },
    }),
  },
  {
    method: "POST",
    route: `${ws}/plan-sessions/{sessionId}/close`,
    action: "plan.manage",
    prepare: async (w) => {
      const sessionId = await scheduleSession(w.people.owner.client, w.workspaceId, (await planOf(w)).planId);
      return { path: `${workspaceApi(w.workspaceId)}/plan-sessions/${sessionId}/close`, body: {} };
    },
  },
  ...(
    [
      ["decisions", { statement: "Viser les familles" }],
      ["paths", { title: "Une piste" }],
      ["needs", { need: "Un texte", kind: "text", response: "Écrit", metOn: "2027-02-01" }],
      ["deliverables", { title: "Un texte", body: "Bonjour" }],
    ] as const
  ).map(
    ([tail, body]): RouteCase => ({
      method: "POST",
      route: `${ws}/plan-sessions/{sessionId}/${tail}`,
      action: "plan.edit",
      prepare: async (w) => ({
        path: `${workspaceApi(w.workspaceId)}/plan-sessions/${(await planOf(w)).sessionId}/${tail}`,
        body,
      }),
    }),
  ),
  {
    method: "PUT",
    route: `${ws}/plan-paths/{pathId}/status`,
    action: "plan.edit",
    prepare: async (w) => ({
      path: `${workspaceApi(w.workspaceId)}/plan-paths/${(await planOf(w)).pathId}/status`,
      body: { status: "kept" },
    }),
  },
  {
    method: "PUT",
    route: `${ws}/plan-deliverables/{deliverableId}/status`,
    action: "plan.validate",
    prepare: async (w) => ({
      path: `${workspaceApi(w.workspaceId)}/plan-deliverables/${(await planOf(w)).deliverableId}/status`,
      body: { status: "validated" },
    }),
  },
  {
    method: "GET",
    route: `${ws}/plan-deliverables/{deliverableId}/file`,
    action: "plan.read",
    prepare: async (w) => ({
      path: `${workspaceApi(w.workspaceId)}/plan-deliverables/${(await planOf(w)).deliverableId}/file`,
    }),
  },
  {
    method: "GET",
    route: `${ws}/plans/{planId}/versions/compare`,
    action: "plan.read",
    prepare: async (w) => ({
      path: `${workspaceApi(w.workspaceId)}/plans/${(await planOf(w)).planId}/versions/compare?from=1&to=current`,
    }),
  },
  {
    method: "GET",
    route: `${ws}/plans/{planId}/export`,
    action: "plan.read",
    prepare: async (w) => ({
      path: `${workspaceApi(w.workspaceId)}/plans/${(await planOf(w)).planId}/export?format=markdown`,
    }),
  },
  {
    method: "GET",
    route: `${ws}/plans/{planId}/exports`,
    action: "plan.read",
    prepare: async (w) => ({
      path: `${workspaceApi(w.workspaceId)}/plans/${(await planOf(w)).planId}/exports`,
    }),
  },
  {
    method: "POST",
    route: `${ws}/plan-exports/{exportId}/delivered`,
    action: "plan.manage",
    prepare: async (w) => {
      const planId = (await planOf(w)).planId;
      const made = await w.people.owner.client.get(
        `${workspaceApi(w.workspaceId)}/plans/${planId}/export?format=markdown`,
      );
      return {
        path: `${workspaceApi(w.workspaceId)}/plan-exports/${made.headers.get("x-export-id")}/delivered`,
        body: {},
      };
    },
  },
];
