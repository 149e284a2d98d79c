// The authorization matrix's cases for a workspace's own routes: the workspace, members, invitations, moderation,
// blocks and its notifications.
import { submitIdea } from "./challenge-fixture.ts";
import type { ChallengeTargets } from "./challenge-targets.ts";
import type { RouteCase } from "./route-case.ts";

export function workspaceCases(targets: ChallengeTargets): RouteCase[] {
  const { openChallengeOf } = targets;
  return [
    {
      method: "GET",
      route: "/api/v1/workspaces/{workspaceId}",
      action: "workspace.read",
      prepare: async (w) => ({ path: `/api/v1/workspaces/${w.workspaceId}` }),
    },
    {
      method: "PATCH",
      route: "/api/v1/workspaces/{workspaceId}",
      action: "workspace.update",
      prepare: async (w) => ({
        path: `/api/v1/workspaces/${w.workspaceId}`,
        body: { name: "Home" },
      }),
    },
    {
      method: "GET",
      route: "/api/v1/workspaces/{workspaceId}/members",
      action: "members.read",
      prepare: async (w) => ({ path: `/api/v1/workspaces/${w.workspaceId}/members` }),
    },
    {
      method: "PATCH",
      route: "/api/v1/workspaces/{workspaceId}/members/{userId}",
      action: "members.manage",
      prepare: async (w) => {
        const target = await w.addMember("participant");
        return {
          path: `/api/v1/workspaces/${w.workspaceId}/members/${target.userId}`,
          body: { role: "guest" },
        };
      },
    },
    {
      method: "DELETE",
      route: "/api/v1/workspaces/{workspaceId}/members/{userId}",
      action: "members.manage",
      prepare: async (w) => {
        const target = await w.addMember("participant");
        return { path: `/api/v1/workspaces/${w.workspaceId}/members/${target.userId}` };
      },
    },
    {
      method: "GET",
      route: "/api/v1/workspaces/{workspaceId}/invitations",
      action: "members.invite",
      prepare: async (w) => ({ path: `/api/v1/workspaces/${w.workspaceId}/invitations` }),
    },
    {
      method: "POST",
      route: "/api/v1/workspaces/{workspaceId}/invitations",
      action: "members.invite",
      prepare: async (w) => ({
        path: `/api/v1/workspaces/${w.workspaceId}/invitations`,
        body: { role: "participant" },
      }),
    },
    {
      method: "DELETE",
      route: "/api/v1/workspaces/{workspaceId}/invitations/{invitationId}",
      action: "members.invite",
      prepare: async (w) => {
        const { invitationId } = await w.invite("participant");
        return { path: `/api/v1/workspaces/${w.workspaceId}/invitations/${invitationId}` };
      },
    },
    {
      method: "GET",
      route: "/api/v1/workspaces/{workspaceId}/moderation/queue",
      action: "content.moderate",
      prepare: async (w) => ({ path: `/api/v1/workspaces/${w.workspaceId}/moderation/queue` }),
    },
    {
      method: "DELETE",
      route: "/api/v1/workspaces/{workspaceId}/moderation/flags/{subjectId}",
      action: "content.moderate",
      prepare: async (w) => {
        const ideaId = await submitIdea(
          w.people.owner.client,
          w.workspaceId,
          (await openChallengeOf(w)).challengeId,
        );
        await w.people.owner.client.post(`/api/v1/workspaces/${w.workspaceId}/ideas/${ideaId}/flag`, {});
        return { path: `/api/v1/workspaces/${w.workspaceId}/moderation/flags/${ideaId}` };
      },
    },
    {
      method: "GET",
      route: "/api/v1/workspaces/{workspaceId}/moderation/log",
      action: "content.moderate",
      prepare: async (w) => ({ path: `/api/v1/workspaces/${w.workspaceId}/moderation/log` }),
    },
    {
      method: "PUT",
      route: "/api/v1/workspaces/{workspaceId}/members/{userId}/block",
      action: "content.moderate",
      prepare: async (w) => ({
        path: `/api/v1/workspaces/${w.workspaceId}/members/${w.people.participant.userId}/block`,
        body: { blocked: false },
      }),
    },
    {
      method: "GET",
      route: "/api/v1/workspaces/{workspaceId}/notifications",
      action: "workspace.read",
      prepare: async (w) => ({ path: `/api/v1/workspaces/${w.workspaceId}/notifications?unread=true` }),
    },
    {
      method: "POST",
      route: "/api/v1/workspaces/{workspaceId}/notifications/read",
      action: "workspace.read",
      prepare: async (w) => ({ path: `/api/v1/workspaces/${w.workspaceId}/notifications/read`, body: {} }),
    },
  ];
}
