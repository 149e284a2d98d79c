// The authorization matrix's cases for challenges, ideas, comments, reactions, outcomes, awards, contests, moderation
// of posts and flags.
import { briefOf, createChallenge } from "./challenge-fixture.ts";
import type { ChallengeTargets } from "./challenge-targets.ts";
import type { RouteCase } from "./route-case.ts";

export function challengeCases(targets: ChallengeTargets): RouteCase[] {
  const { challengePath, ideaPath, phasedIdeaPath, contestIn, votingContestOf, ownIdeaPath } = targets;
  return [
    {
      method: "GET",
      route: "/api/v1/workspaces/{workspaceId}/challenges",
      action: "challenge.read",
      prepare: async (w) => ({ path: `/api/v1/workspaces/${w.workspaceId}/challenges` }),
    },
    {
      method: "POST",
      route: "/api/v1/workspaces/{workspaceId}/challenges",
      action: "challenge.manage",
      prepare: async (w) => ({ path: `/api/v1/workspaces/${w.workspaceId}/challenges`, body: briefOf() }),
    },
    {
      method: "GET",
      route: "/api/v1/workspaces/{workspaceId}/challenges/{challengeId}",
      action: "challenge.read",
      prepare: async (w) => ({ path: await challengePath(w) }),
    },
    {
      method: "PATCH",
      route: "/api/v1/workspaces/{workspaceId}/challenges/{challengeId}",
      action: "challenge.manage",
      prepare: async (w) => ({ path: await challengePath(w), body: { rules: "Bienveillance avant tout." } }),
    },
    {
      method: "POST",
      route: "/api/v1/workspaces/{workspaceId}/challenges/{challengeId}/deadline-extensions",
      action: "challenge.manage",
      prepare: async (w) => {
        const path = await challengePath(w);
        const current = await w.people.owner.client.get<{
          challenge: { timeline: { contributionsCloseAt: string } };
        }>(path);
        const until = new Date(Date.parse(current.body.challenge.timeline.contributionsCloseAt) + 60_000);
        return {
          path: `${path}/deadline-extensions`,
          body: { deadline: "contributionsCloseAt", until: until.toISOString() },
        };
      },
    },
    {
      method: "GET",
      route: "/api/v1/workspaces/{workspaceId}/challenges/{challengeId}/ideas",
      action: "challenge.read",
      prepare: async (w) => ({ path: await challengePath(w, "/ideas?unanswered=true") }),
    },
    {
      method: "POST",
      route: "/api/v1/workspaces/{workspaceId}/challenges/{challengeId}/ideas",
      action: "idea.submit",
      prepare: async (w) => ({
        path: await challengePath(w, "/ideas"),
        body: { title: "Une idée", body: "Son texte.", category: "Animation" },
      }),
    },
    {
      method: "GET",
      route: "/api/v1/workspaces/{workspaceId}/challenges/{challengeId}/export",
      action: "challenge.manage",
      prepare: async (w) => ({ path: await challengePath(w, "/export?format=csv") }),
    },
    {
      method: "GET",
      route: "/api/v1/workspaces/{workspaceId}/challenges/{challengeId}/leaderboard",
      action: "challenge.read",
      prepare: async (w) => ({ path: await challengePath(w, "/leaderboard") }),
    },
    {
      method: "PUT",
      route: "/api/v1/workspaces/{workspaceId}/challenges/{challengeId}/leaderboard/me",
      action: "challenge.read",
      prepare: async (w) => ({ path: await challengePath(w, "/leaderboard/me"), body: { hidden: true } }),
    },
    {
      method: "GET",
      route: "/api/v1/workspaces/{workspaceId}/ideas/{ideaId}",
      action: "challenge.read",
      prepare: async (w) => ({ path: await ideaPath(w) }),
    },
    {
      method: "PATCH",
      route: "/api/v1/workspaces/{workspaceId}/ideas/{ideaId}",
      action: "idea.submit",
      prepare: async (w, role) => ({ path: await ownIdeaPath(w, role), body: { title: "Mieux dite" } }),
    },
    {
      method: "DELETE",
      route: "/api/v1/workspaces/{workspaceId}/ideas/{ideaId}",
      action: "idea.submit",
      prepare: async (w, role) => ({ path: await ownIdeaPath(w, role) }),
    },
    {
      method: "POST",
      route: "/api/v1/workspaces/{workspaceId}/ideas/{ideaId}/comments",
      action: "comment.post",
      prepare: async (w) => ({ path: await ideaPath(w, "/comments"), body: { body: "Bonne idée !" } }),
    },
    {
      method: "POST",
      route: "/api/v1/workspaces/{workspaceId}/ideas/{ideaId}/reactions",
      action: "idea.react",
      prepare: async (w) => ({ path: await ideaPath(w, "/reactions"), body: { emotion: "inspired" } }),
    },
    {
      method: "PUT",
      route: "/api/v1/workspaces/{workspaceId}/challenges/{challengeId}/debrief",
      action: "challenge.manage",
      prepare: async (w) => ({
        path: await challengePath(w, "/debrief"),
        body: { text: "Vous avez dit, nous faisons : voici la suite." },
      }),
    },
    {
      method: "PUT",
      route: "/api/v1/workspaces/{workspaceId}/ideas/{ideaId}/outcome",
      action: "challenge.manage",
      prepare: async (w) => ({
        path: await phasedIdeaPath(w, "voting", "/outcome"),
        body: { outcome: "studied" },
      }),
    },
    {
      method: "PUT",
      route: "/api/v1/workspaces/{workspaceId}/ideas/{ideaId}/award",
      action: "challenge.manage",
      prepare: async (w) => ({
        path: await phasedIdeaPath(w, "synthesis", "/award"),
        body: { award: "Premier prix" },
      }),
    },
    {
      method: "GET",
      route: "/api/v1/workspaces/{workspaceId}/challenges/{challengeId}/contest",
      action: "challenge.read",
      prepare: async (w) => ({ path: (await votingContestOf(w)).base }),
    },
    {
      method: "PUT",
      route: "/api/v1/workspaces/{workspaceId}/challenges/{challengeId}/contest",
      action: "challenge.manage",
      prepare: async (w) => {
        const challengeId = await createChallenge(w.people.owner.client, w.workspaceId, {
          contestPrize: "Un stage",
        });
        return {
          path: `/api/v1/workspaces/${w.workspaceId}/challenges/${challengeId}/contest`,
          body: { juryShare: 60, criteria: [{ name: "Impact", weight: 2 }] },
        };
      },
    },
    {
      method: "PUT",
      route: "/api/v1/workspaces/{workspaceId}/challenges/{challengeId}/contest/finalists/{ideaId}",
      action: "challenge.manage",
      prepare: async (w) => {
        const { base, ideaId } = await votingContestOf(w);
        return { path: `${base}/finalists/${ideaId}`, body: { finalist: true } };
      },
    },
    {
      method: "PUT",
      route: "/api/v1/workspaces/{workspaceId}/challenges/{challengeId}/contest/finalists/{ideaId}/scores",
      action: "contest.judge",
      prepare: async (w) => {
        const { base, ideaId, criterionId } = await votingContestOf(w);
        return { path: `${base}/finalists/${ideaId}/scores`, body: { scores: [{ criterionId, score: 7 }] } };
      },
    },
    {
      method: "POST",
      route: "/api/v1/workspaces/{workspaceId}/challenges/{challengeId}/contest/announcement",
      action: "challenge.manage",
      prepare: async (w) => {
        const { base, ideaId } = await contestIn(w, "synthesis");
        return { path: `${base}/announcement`, body: { winners: [{ ideaId, award: "Premier prix" }] } };
      },
    },
    {
      method: "PUT",
      route: "/api/v1/workspaces/{workspaceId}/ideas/{ideaId}/moderation",
      action: "content.moderate",
      prepare: async (w) => ({ path: await ideaPath(w, "/moderation"), body: { hidden: false } }),
    },
    {
      method: "PUT",
      route: "/api/v1/workspaces/{workspaceId}/comments/{commentId}/moderation",
      action: "content.moderate",
      prepare: async (w) => {
        const posted = await w.people.owner.client.post<{ comment: { id: string } }>(
          await ideaPath(w, "/comments"),
          {
            body: "À vérifier",
          },
        );
        return {
          path: `/api/v1/workspaces/${w.workspaceId}/comments/${posted.body.comment.id}/moderation`,
          body: { hidden: false },
        };
      },
    },
    {
      method: "POST",
      route: "/api/v1/workspaces/{workspaceId}/ideas/{ideaId}/flag",
      action: "challenge.read",
      prepare: async (w) => ({ path: await ideaPath(w, "/flag"), body: { reason: "Hors sujet" } }),
    },
    {
      method: "POST",
      route: "/api/v1/workspaces/{workspaceId}/comments/{commentId}/flag",
      action: "challenge.read",
      prepare: async (w) => {
        const posted = await w.people.owner.client.post<{ comment: { id: string } }>(
          await ideaPath(w, "/comments"),
          {
            body: "À signaler",
          },
        );
        return {
          path: `/api/v1/workspaces/${w.workspaceId}/comments/${posted.body.comment.id}/flag`,
          body: {},
        };
      },
    },
  ];
}
