// Routes of moderation: flagging ideas and comments, the moderators' queue, dismissing flags, blocking members and
// the moderation log.
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { NoContent } from "../../contracts/common.ts";
import { FlagBody, FlagParams, FlagResponse } from "../../contracts/flags.ts";
import { CommentParams, IdeaParams } from "../../contracts/ideas.ts";
import { ModerationLog, ModerationLogQuery, ModerationQueue } from "../../contracts/moderation.ts";
import { BlockBody, MemberParams, WorkspaceParams } from "../../contracts/workspaces.ts";
import { dismissFlags, flagItem, moderationQueue } from "../../domain/challenges/flag.ts";
import { readModerationLog } from "../../domain/challenges/read-moderation-log.ts";
import { setBlocked } from "../../domain/workspaces/block-member.ts";
import { memberOf } from "../plugins/access.ts";
import type { RouteOptions } from "./accounts.ts";

const tags = ["moderation"];

export const moderationRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { context }) => {
  app.post(
    "/workspaces/:workspaceId/ideas/:ideaId/flag",
    {
      config: { access: { workspace: "challenge.read" } },
      schema: {
        tags,
        summary: "Flag an idea that seems to break the rules, optionally saying why (idempotent)",
        params: IdeaParams,
        body: FlagBody,
        response: { 200: FlagResponse },
      },
    },
    async (request) => {
      await flagItem(context(), memberOf(request), "idea", request.params.ideaId, request.body ?? {});
      return { flagged: true as const };
    },
  );

  app.post(
    "/workspaces/:workspaceId/comments/:commentId/flag",
    {
      config: { access: { workspace: "challenge.read" } },
      schema: {
        tags,
        summary: "Flag a comment that seems to break the rules, optionally saying why (idempotent)",
        params: CommentParams,
        body: FlagBody,
        response: { 200: FlagResponse },
      },
    },
    async (request) => {
      await flagItem(context(), memberOf(request), "comment", request.params.commentId, request.body ?? {});
      return { flagged: true as const };
    },
  );

  app.get(
    "/workspaces/:workspaceId/moderation/queue",
    {
      config: { access: { workspace: "content.moderate" } },
      schema: {
        tags,
        summary: "Flagged ideas and comments still in sight, most flagged first, with the reasons given",
        params: WorkspaceParams,
        response: { 200: ModerationQueue },
      },
    },
    async (request) => {
      const items = await moderationQueue(context(), memberOf(request));
      return { items: items.map((item) => ({ ...item, lastFlaggedAt: item.lastFlaggedAt.toISOString() })) };
    },
  );

  app.delete(
    "/workspaces/:workspaceId/moderation/flags/:subjectId",
    {
      config: { access: { workspace: "content.moderate" } },
      schema: {
        tags,
        summary: "Dismiss the flags of an item judged fine (logged)",
        params: FlagParams,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      await dismissFlags(context(), memberOf(request), request.params.subjectId);
      return reply.code(204).send(null);
    },
  );

  app.put(
    "/workspaces/:workspaceId/members/:userId/block",
    {
      config: { access: { workspace: "content.moderate" } },
      schema: {
        tags,
        summary:
          "Block a member in this workspace (with the reason) or unblock them; never an owner or a manager",
        params: MemberParams,
        body: BlockBody,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      await setBlocked(context(), memberOf(request), request.params.userId, request.body);
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/workspaces/:workspaceId/moderation/log",
    {
      config: { access: { workspace: "content.moderate" } },
      schema: {
        tags,
        summary: "Every moderation act in this workspace, newest first: 20 a page, optionally of one act",
        params: WorkspaceParams,
        querystring: ModerationLogQuery,
        response: { 200: ModerationLog },
      },
    },
    async (request) => {
      const log = await readModerationLog(context(), memberOf(request), {
        act: request.query.act,
        page: Number(request.query.page ?? "1"),
      });
      return {
        ...log,
        entries: log.entries.map(({ createdAt, workspaceId: _, ...row }) => ({
          ...row,
          at: createdAt.toISOString(),
        })),
      };
    },
  );
};
