// The authorization matrix's cases for a conversation: statements, votes, the opinion map, exports and imports.
import type { ChallengeTargets } from "./challenge-targets.ts";
import type { RouteCase } from "./route-case.ts";

export function conversationCases(targets: ChallengeTargets): RouteCase[] {
  const { conversationPath, emptyConversationPath } = targets;
  return [
    {
      method: "GET",
      route: "/api/v1/workspaces/{workspaceId}/challenges/{challengeId}/statements",
      action: "challenge.read",
      prepare: async (w) => ({ path: await conversationPath(w, "/statements") }),
    },
    {
      method: "POST",
      route: "/api/v1/workspaces/{workspaceId}/challenges/{challengeId}/statements",
      action: "statement.submit",
      prepare: async (w) => ({
        path: await conversationPath(w, "/statements"),
        body: { body: "Plus de bancs." },
      }),
    },
    {
      method: "GET",
      route: "/api/v1/workspaces/{workspaceId}/challenges/{challengeId}/statements/next",
      action: "challenge.read",
      prepare: async (w) => ({ path: await conversationPath(w, "/statements/next") }),
    },
    {
      method: "PUT",
      route: "/api/v1/workspaces/{workspaceId}/challenges/{challengeId}/statements/{number}/vote",
      action: "statement.vote",
      prepare: async (w) => ({ path: await conversationPath(w, "/statements/0/vote"), body: { vote: 1 } }),
    },
    {
      method: "PUT",
      route: "/api/v1/workspaces/{workspaceId}/challenges/{challengeId}/statements/{number}/moderation",
      action: "content.moderate",
      prepare: async (w) => ({
        path: await conversationPath(w, "/statements/0/moderation"),
        body: { status: "shown" },
      }),
    },
    {
      method: "GET",
      route: "/api/v1/workspaces/{workspaceId}/challenges/{challengeId}/opinion-map",
      action: "challenge.read",
      prepare: async (w) => ({ path: await conversationPath(w, "/opinion-map") }),
    },
    {
      method: "GET",
      route: "/api/v1/workspaces/{workspaceId}/challenges/{challengeId}/conversation/export/{file}",
      action: "challenge.manage",
      prepare: async (w) => ({ path: await conversationPath(w, "/conversation/export/votes.csv") }),
    },
    {
      method: "POST",
      route: "/api/v1/workspaces/{workspaceId}/challenges/{challengeId}/conversation/import",
      action: "challenge.manage",
      prepare: async (w) => ({
        path: await emptyConversationPath(w, "/conversation/import"),
        body: {
          comments:
            "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n1,x,0,0,1,0,1,Oui\n",
          votes: "timestamp,datetime,comment-id,voter-id,vote\n1,x,0,0,1\n",
        },
      }),
    },
  ];
}
