// Routes of challenges: the brief, the timeline and its deadlines, the list of ideas and the leaderboard.
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { ChallengeListQuery } from "../../contracts/challenge-controls.ts";
import {
  ChallengeList,
  ChallengeParams,
  ChallengeResponse,
  CreateChallengeBody,
  ExtendDeadlineBody,
  PublicChallengeParams,
  PublicChallengeResponse,
  UpdateChallengeBody,
} from "../../contracts/challenges.ts";
import { DebriefBody } from "../../contracts/debrief.ts";
import { ExportQuery } from "../../contracts/export.ts";
import { IdeaBody, IdeaList, IdeaListQuery, IdeaResponse } from "../../contracts/ideas.ts";
import { LeaderboardResponse, LeaderboardVisibilityBody } from "../../contracts/leaderboard.ts";
import { WorkspaceParams, WorkspaceResponse } from "../../contracts/workspaces.ts";
import { createChallenge } from "../../domain/challenges/create-challenge.ts";
import type { Timeline } from "../../domain/challenges/current-phase.ts";
import { exportIdeas, ideaExportColumns } from "../../domain/challenges/export-ideas.ts";
import { extendDeadline } from "../../domain/challenges/extend-deadline.ts";
import { setLeaderboardHidden, showLeaderboard } from "../../domain/challenges/leaderboard.ts";
import { joinPublicChallenge, showPublicChallenge } from "../../domain/challenges/public-challenge.ts";
import { listChallenges, showChallenge } from "../../domain/challenges/read-challenges.ts";
import { listIdeas, showIdea } from "../../domain/challenges/read-ideas.ts";
import { submitIdea } from "../../domain/challenges/submit-idea.ts";
import { updateChallenge } from "../../domain/challenges/update-challenge.ts";
import { writeDebrief } from "../../domain/challenges/write-debrief.ts";
import { actorOf, memberOf } from "../plugins/access.ts";
import { presentChallenge, presentIdea } from "../present/challenges.ts";
import { presentWorkspace } from "../present/present.ts";
import { sendTable } from "../present/table.ts";
import type { RouteOptions } from "./accounts.ts";

const tags = ["challenges"];

/** ISO strings of the request → dates of the domain, for the fields present. */
function datesOf<T extends Partial<Record<keyof Timeline, string>>>(timeline: T): { [K in keyof T]: Date } {
  return Object.fromEntries(Object.entries(timeline).map(([k, v]) => [k, new Date(v as string)])) as {
    [K in keyof T]: Date;
  };
}

export const challengeRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { context }) => {
  const base = "/workspaces/:workspaceId/challenges";

  app.get(
    base,
    {
      config: { access: { workspace: "challenge.read" } },
      schema: {
        tags,
        summary:
          "Challenges, with their current phase (drafts for managers only; archived=true: the archive)",
        params: WorkspaceParams,
        querystring: ChallengeListQuery,
        response: { 200: ChallengeList },
      },
    },
    async (request) => {
      const overviews = await listChallenges(context(), memberOf(request), {
        archived: request.query.archived === "true",
      });
      return { challenges: overviews.map(presentChallenge) };
    },
  );

  app.post(
    base,
    {
      config: { access: { workspace: "challenge.manage" } },
      schema: {
        tags,
        summary: "Create a challenge: brief and timeline (a draft unless status is published)",
        params: WorkspaceParams,
        body: CreateChallengeBody,
        response: { 201: ChallengeResponse },
      },
    },
    async (request, reply) => {
      const ctx = context();
      const member = memberOf(request);
      const { timeline, ...brief } = request.body;
      const created = await createChallenge(ctx, member, { ...brief, timeline: datesOf(timeline) });
      return reply
        .code(201)
        .send({ challenge: presentChallenge(await showChallenge(ctx, member, created.id)) });
    },
  );

  app.get(
    `${base}/:challengeId`,
    {
      config: { access: { workspace: "challenge.read" } },
      schema: {
        tags,
        summary: "A challenge with its phase, next deadline and engagement figures",
        params: ChallengeParams,
        response: { 200: ChallengeResponse },
      },
    },
    async (request) => ({
      challenge: presentChallenge(
        await showChallenge(context(), memberOf(request), request.params.challengeId),
      ),
    }),
  );

  app.patch(
    `${base}/:challengeId`,
    {
      config: { access: { workspace: "challenge.manage" } },
      schema: {
        tags,
        summary: "Edit a challenge's brief, publish it, or move a draft's dates",
        params: ChallengeParams,
        body: UpdateChallengeBody,
        response: { 200: ChallengeResponse },
      },
    },
    async (request) => {
      const ctx = context();
      const member = memberOf(request);
      const { timeline, ...brief } = request.body;
      await updateChallenge(ctx, member, request.params.challengeId, {
        ...brief,
        ...(timeline ? { timeline: datesOf(timeline) } : {}),
      });
      return { challenge: presentChallenge(await showChallenge(ctx, member, request.params.challengeId)) };
    },
  );

  app.post(
    `${base}/:challengeId/deadline-extensions`,
    {
      config: { access: { workspace: "challenge.manage" } },
      schema: {
        tags,
        summary: "Extend a deadline (contributions, voting or synthesis) to a later date",
        params: ChallengeParams,
        body: ExtendDeadlineBody,
        response: { 200: ChallengeResponse },
      },
    },
    async (request) => {
      const ctx = context();
      const member = memberOf(request);
      await extendDeadline(ctx, member, request.params.challengeId, {
        deadline: request.body.deadline,
        until: new Date(request.body.until),
      });
      return { challenge: presentChallenge(await showChallenge(ctx, member, request.params.challengeId)) };
    },
  );

  app.put(
    `${base}/:challengeId/debrief`,
    {
      config: { access: { workspace: "challenge.manage" } },
      schema: {
        tags,
        summary: "Write the debrief; publish it to participants once voting is over",
        params: ChallengeParams,
        body: DebriefBody,
        response: { 200: ChallengeResponse },
      },
    },
    async (request) => {
      const ctx = context();
      const member = memberOf(request);
      await writeDebrief(ctx, member, request.params.challengeId, request.body);
      return { challenge: presentChallenge(await showChallenge(ctx, member, request.params.challengeId)) };
    },
  );

  app.get(
    `${base}/:challengeId/ideas`,
    {
      config: { access: { workspace: "challenge.read" } },
      schema: {
        tags,
        summary:
          "A page of ideas with their counts, searched (q), filtered (status, category, group, mine) and sorted; " +
          "unanswered=true lists those awaiting an official answer, oldest first",
        params: ChallengeParams,
        querystring: IdeaListQuery,
        response: { 200: IdeaList },
      },
    },
    async (request) => {
      const { unanswered, category, q, status, group, mine, sort, limit, offset } = request.query;
      const found = await listIdeas(
        context(),
        memberOf(request),
        request.params.challengeId,
        {
          unanswered: unanswered === "true",
          mine: mine === "true",
          ...(category !== undefined ? { category } : {}),
          ...(q !== undefined ? { q } : {}),
          ...(status !== undefined ? { status } : {}),
          ...(group !== undefined ? { groupId: group } : {}),
          ...(sort !== undefined ? { sort } : {}),
        },
        { limit: Number(limit ?? 100), offset: Number(offset ?? 0) },
      );
      return { ideas: found.ideas.map(presentIdea), total: found.total };
    },
  );

  app.post(
    `${base}/:challengeId/ideas`,
    {
      config: { access: { workspace: "idea.submit" } },
      schema: {
        tags,
        summary: "Submit an idea while contributions are open",
        params: ChallengeParams,
        body: IdeaBody,
        response: { 201: IdeaResponse },
      },
    },
    async (request, reply) => {
      const ctx = context();
      const member = memberOf(request);
      const idea = await submitIdea(ctx, member, request.params.challengeId, request.body);
      const { idea: view } = await showIdea(ctx, member, idea.id);
      return reply.code(201).send({ idea: presentIdea(view) });
    },
  );

  app.get(
    `${base}/:challengeId/export`,
    {
      config: { access: { workspace: "challenge.manage" } },
      schema: {
        tags,
        summary: "Every idea with its counts, outcome and moderation, as CSV (UTF-8, header row) or JSON",
        params: ChallengeParams,
        querystring: ExportQuery,
        produces: ["text/csv", "application/json"],
      },
    },
    async (request, reply) => {
      const { title, rows } = await exportIdeas(context(), memberOf(request), request.params.challengeId);
      return sendTable(reply, {
        file: `ideas-${request.params.challengeId}`,
        format: request.query.format ?? "csv",
        challenge: { id: request.params.challengeId, title },
        name: "ideas",
        columns: ideaExportColumns,
        rows,
      });
    },
  );

  app.get(
    `${base}/:challengeId/leaderboard`,
    {
      config: { access: { workspace: "challenge.read" } },
      schema: {
        tags,
        summary: "Points per participant, recomputed from their contributions",
        params: ChallengeParams,
        response: { 200: LeaderboardResponse },
      },
    },
    async (request) => showLeaderboard(context(), memberOf(request), request.params.challengeId),
  );

  app.put(
    `${base}/:challengeId/leaderboard/me`,
    {
      config: { access: { workspace: "challenge.read" } },
      schema: {
        tags,
        summary: "Hide me from this leaderboard, or show me again (others stop or start seeing me)",
        params: ChallengeParams,
        body: LeaderboardVisibilityBody,
        response: { 200: LeaderboardVisibilityBody },
      },
    },
    async (request) =>
      setLeaderboardHidden(context(), memberOf(request), request.params.challengeId, request.body.hidden),
  );

  app.get(
    "/public/challenges/:challengeId",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "A challenge open to the public, by its link: brief, phase and figures",
        params: PublicChallengeParams,
        response: { 200: PublicChallengeResponse },
      },
    },
    async (request) => {
      const { overview, workspace } = await showPublicChallenge(context(), request.params.challengeId);
      return { challenge: presentChallenge(overview), workspace: { id: workspace.id, name: workspace.name } };
    },
  );

  app.post(
    "/public/challenges/:challengeId/join",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Join the workspace of a public challenge as a participant",
        params: PublicChallengeParams,
        response: { 200: WorkspaceResponse },
      },
    },
    async (request) => {
      const joined = await joinPublicChallenge(context(), actorOf(request), request.params.challengeId);
      return { workspace: presentWorkspace(joined.workspace, joined.role) };
    },
  );
};
