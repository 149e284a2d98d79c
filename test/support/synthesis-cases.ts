// The authorization matrix's cases for the synthesis (groups), the debrief and its actions, open data, supports and
// follows.

import type { ChallengeTargets } from "./challenge-targets.ts";
import { insertGroup } from "./group-fixture.ts";
import type { RouteCase } from "./route-case.ts";

export function synthesisCases(targets: ChallengeTargets): RouteCase[] {
  const { openChallengeOf, challengePath, ideaPath, manualGroupPath, actionPath } = targets;
  return [
    {
      method: "GET",
      route: "/api/v1/workspaces/{workspaceId}/challenges/{challengeId}/synthesis",
      action: "challenge.manage",
      prepare: async (w) => ({ path: await challengePath(w, "/synthesis") }),
    },
    {
      method: "POST",
      route: "/api/v1/workspaces/{workspaceId}/challenges/{challengeId}/synthesis/recompute",
      action: "challenge.manage",
      prepare: async (w) => ({ path: await challengePath(w, "/synthesis/recompute"), body: {} }),
    },
    {
      method: "POST",
      route: "/api/v1/workspaces/{workspaceId}/challenges/{challengeId}/synthesis/groups",
      action: "challenge.manage",
      prepare: async (w) => ({
        path: await challengePath(w, "/synthesis/groups"),
        body: { name: "À la main", ideaIds: [(await openChallengeOf(w)).ideaId] },
      }),
    },
    {
      method: "PATCH",
      route: "/api/v1/workspaces/{workspaceId}/challenges/{challengeId}/synthesis/groups/{groupId}",
      action: "challenge.manage",
      prepare: async (w) => ({ path: await manualGroupPath(w), body: { name: "Renommé" } }),
    },
    {
      method: "DELETE",
      route: "/api/v1/workspaces/{workspaceId}/challenges/{challengeId}/synthesis/groups/{groupId}",
      action: "challenge.manage",
      prepare: async (w) => ({ path: await manualGroupPath(w) }),
    },
    {
      method: "POST",
      route: "/api/v1/workspaces/{workspaceId}/challenges/{challengeId}/synthesis/groups/{groupId}/merge",
      action: "challenge.manage",
      prepare: async (w) => {
        const source = (await manualGroupPath(w)).split("/").pop();
        return { path: await manualGroupPath(w, "/merge"), body: { groupIds: [source] } };
      },
    },
    {
      method: "POST",
      route: "/api/v1/workspaces/{workspaceId}/challenges/{challengeId}/synthesis/groups/{groupId}/split",
      action: "challenge.manage",
      prepare: async (w) => ({
        path: await manualGroupPath(w, "/split"),
        body: { name: "Détaché", ideaIds: [(await openChallengeOf(w)).ideaId] },
      }),
    },
    ...(["PUT", "DELETE"] as const).map(
      (method): RouteCase => ({
        method,
        route:
          "/api/v1/workspaces/{workspaceId}/challenges/{challengeId}/synthesis/groups/{groupId}/pins/{ideaId}",
        action: "challenge.manage",
        prepare: async (w) => ({
          path: await manualGroupPath(w, `/pins/${(await openChallengeOf(w)).ideaId}`),
        }),
      }),
    ),
    {
      method: "PUT",
      route: "/api/v1/workspaces/{workspaceId}/challenges/{challengeId}/synthesis/ideas/{ideaId}/group",
      action: "challenge.manage",
      prepare: async (w) => ({
        path: await challengePath(w, `/synthesis/ideas/${(await openChallengeOf(w)).ideaId}/group`),
        body: { groupId: null },
      }),
    },
    {
      method: "GET",
      route: "/api/v1/workspaces/{workspaceId}/challenges/{challengeId}/debrief",
      action: "challenge.read",
      prepare: async (w) => ({ path: await challengePath(w, "/debrief") }),
    },
    {
      method: "PUT",
      route: "/api/v1/workspaces/{workspaceId}/groups/{groupId}/debrief",
      action: "challenge.manage",
      prepare: async (w) => {
        const { challengeId } = await openChallengeOf(w);
        const groupId = await insertGroup(targets.db(), {
          workspaceId: w.workspaceId,
          challengeId,
          ideaIds: [],
        });
        return {
          path: `/api/v1/workspaces/${w.workspaceId}/groups/${groupId}/debrief`,
          body: { heard: "Vous voulez des bancs.", willDo: "Nous en posons dix." },
        };
      },
    },
    {
      method: "POST",
      route: "/api/v1/workspaces/{workspaceId}/challenges/{challengeId}/actions",
      action: "challenge.manage",
      prepare: async (w) => ({
        path: await challengePath(w, "/actions"),
        body: { title: "Dix bancs", owner: "Service voirie", dueDate: "2027-06-30" },
      }),
    },
    {
      method: "PATCH",
      route: "/api/v1/workspaces/{workspaceId}/actions/{actionId}",
      action: "challenge.manage",
      prepare: async (w) => ({ path: await actionPath(w), body: { owner: "Service culture" } }),
    },
    {
      method: "PUT",
      route: "/api/v1/workspaces/{workspaceId}/actions/{actionId}/status",
      action: "challenge.manage",
      prepare: async (w) => ({ path: await actionPath(w, "/status"), body: { status: "in-progress" } }),
    },
    {
      method: "DELETE",
      route: "/api/v1/workspaces/{workspaceId}/actions/{actionId}",
      action: "challenge.manage",
      prepare: async (w) => ({ path: await actionPath(w) }),
    },
    ...["ideas.csv", "comments.json", "reactions.csv", "supports.json", "actions.csv"].map(
      (file): RouteCase => ({
        method: "GET",
        route: "/api/v1/workspaces/{workspaceId}/challenges/{challengeId}/export/{file}",
        action: "challenge.manage",
        prepare: async (w) => ({ path: await challengePath(w, `/export/${file}`) }),
      }),
    ),
    ...(["PUT", "DELETE"] as const).flatMap((method): RouteCase[] => [
      {
        method,
        route: "/api/v1/workspaces/{workspaceId}/ideas/{ideaId}/support",
        action: "idea.support",
        prepare: async (w) => ({ path: await ideaPath(w, "/support") }),
      },
      {
        method,
        route: "/api/v1/workspaces/{workspaceId}/ideas/{ideaId}/follow",
        action: "idea.follow",
        prepare: async (w) => ({ path: await ideaPath(w, "/follow") }),
      },
    ]),
  ];
}
