// Routes of a contest: criteria and jury share, finalists, the jury's scores, the ranking and the announcement.
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import {
  AnnouncementBody,
  ContestParams,
  ContestResponse,
  CriteriaBody,
  FinalistBody,
  FinalistParams,
  FinalistResponse,
  ScoresBody,
} from "../../contracts/contest.ts";
import { announceWinners } from "../../domain/contest/announce-winners.ts";
import { defineCriteria } from "../../domain/contest/define-criteria.ts";
import { markFinalist } from "../../domain/contest/mark-finalist.ts";
import { scoreFinalist } from "../../domain/contest/score-finalist.ts";
import { showContest } from "../../domain/contest/show-contest.ts";
import { memberOf } from "../plugins/access.ts";
import { presentContest } from "../present/contest.ts";
import type { RouteOptions } from "./accounts.ts";

const tags = ["contest"];

export const contestRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { context }) => {
  const contest = "/workspaces/:workspaceId/challenges/:challengeId/contest";
  const finalist = `${contest}/finalists/:ideaId`;

  const show = async (request: { params: { challengeId: string } } & Parameters<typeof memberOf>[0]) => {
    const ctx = context();
    return { contest: presentContest(await showContest(ctx, memberOf(request), request.params.challengeId)) };
  };

  app.get(
    contest,
    {
      config: { access: { workspace: "challenge.read" } },
      schema: {
        tags,
        summary:
          "A contest: criteria, the jury's finalists and scores (jury only), the ranking (jury, or all once announced)",
        params: ContestParams,
        response: { 200: ContestResponse },
      },
    },
    show,
  );

  app.put(
    contest,
    {
      config: { access: { workspace: "challenge.manage" } },
      schema: {
        tags,
        summary: "Define the jury's criteria, their weights and the jury's share (until voting closes)",
        params: ContestParams,
        body: CriteriaBody,
        response: { 200: ContestResponse },
      },
    },
    async (request) => {
      await defineCriteria(context(), memberOf(request), request.params.challengeId, request.body);
      return show(request);
    },
  );

  app.put(
    finalist,
    {
      config: { access: { workspace: "challenge.manage" } },
      schema: {
        tags,
        summary: "Put an idea before the jury as finalist, or take it back (voting or synthesis)",
        params: FinalistParams,
        body: FinalistBody,
        response: { 200: FinalistResponse },
      },
    },
    async (request) =>
      markFinalist(
        context(),
        memberOf(request),
        request.params.challengeId,
        request.params.ideaId,
        request.body.finalist,
      ),
  );

  app.put(
    `${finalist}/scores`,
    {
      config: { access: { workspace: "contest.judge" } },
      schema: {
        tags,
        summary: "Score a finalist on the criteria, 0–10; a new score replaces the juror's previous one",
        params: FinalistParams,
        body: ScoresBody,
        response: { 200: ContestResponse },
      },
    },
    async (request) => {
      const { challengeId, ideaId } = request.params;
      await scoreFinalist(context(), memberOf(request), challengeId, ideaId, request.body.scores);
      return show(request);
    },
  );

  app.post(
    `${contest}/announcement`,
    {
      config: { access: { workspace: "challenge.manage" } },
      schema: {
        tags,
        summary: "Announce the winners: award finalists and make the ranking public (after voting)",
        params: ContestParams,
        body: AnnouncementBody,
        response: { 200: ContestResponse },
      },
    },
    async (request) => {
      await announceWinners(context(), memberOf(request), request.params.challengeId, request.body.winners);
      return show(request);
    },
  );
};
