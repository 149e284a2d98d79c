// Routes of the public face: home pages and a public challenge's ideas and threads, for anyone.
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { PublicChallengeParams } from "../../contracts/challenges.ts";
import { IdeaList, IdeaWithThread } from "../../contracts/ideas.ts";
import {
  PublicChallengeList,
  PublicIdeaParams,
  PublicWorkspaceHome,
  PublicWorkspaceParams,
} from "../../contracts/public.ts";
import {
  listPublicChallenges,
  type PublicChallengeSummary,
  showPublicWorkspace,
} from "../../domain/public/read-public-challenges.ts";
import { listPublicIdeas, showPublicIdea } from "../../domain/public/read-public-ideas.ts";
import { presentChallenge, presentComment, presentIdea } from "../present/challenges.ts";
import type { RouteOptions } from "./accounts.ts";

const tags = ["public"];

const presentSummary = ({ overview, workspace }: PublicChallengeSummary) => ({
  challenge: presentChallenge(overview),
  workspace,
});

export const publicRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { context }) => {
  app.get(
    "/public/challenges",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "The instance's home: its public challenges, newest first, with phase, deadline and counts",
        response: { 200: PublicChallengeList },
      },
    },
    async () => ({ challenges: (await listPublicChallenges(context())).map(presentSummary) }),
  );

  app.get(
    "/public/workspaces/:workspaceId",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "A workspace's home: its public challenges (not found when it has none)",
        params: PublicWorkspaceParams,
        response: { 200: PublicWorkspaceHome },
      },
    },
    async (request) => {
      const home = await showPublicWorkspace(context(), request.params.workspaceId);
      return { workspace: home.workspace, challenges: home.challenges.map(presentSummary) };
    },
  );

  app.get(
    "/public/challenges/:challengeId/ideas",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "A public challenge's published ideas, newest first (hidden and held ones never appear)",
        params: PublicChallengeParams,
        response: { 200: IdeaList },
      },
    },
    async (request) => {
      const ideas = await listPublicIdeas(context(), request.params.challengeId);
      return { ideas: ideas.map(presentIdea), total: ideas.length };
    },
  );

  app.get(
    "/public/challenges/:challengeId/ideas/:ideaId",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "An idea of a public challenge and its comments (hidden and held ones left out)",
        params: PublicIdeaParams,
        response: { 200: IdeaWithThread },
      },
    },
    async (request) => {
      const { idea, comments } = await showPublicIdea(
        context(),
        request.params.challengeId,
        request.params.ideaId,
      );
      return { idea: presentIdea(idea), comments: comments.map(presentComment) };
    },
  );
};
