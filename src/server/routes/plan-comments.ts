// Routes of a plan's comments: list, comment a passage or reply, resolve or reopen a thread.
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { NoContent } from "../../contracts/common.ts";
import {
  PlanCommentBody,
  PlanCommentParams,
  PlanCommentResolution,
  PlanCommentResponse,
  PlanCommentsResponse,
  PlanParams,
} from "../../contracts/plans.ts";
import { openPlanCommentStore, type PlanCommentRow } from "../../db/stores/plan-comment-store.ts";
import { openPlanStore } from "../../db/stores/plan-store.ts";
import { commentPlan, resolvePlanComment } from "../../domain/plans/plan-comments.ts";
import { AppError } from "../../errors.ts";
import { memberOf } from "../plugins/access.ts";
import type { RouteOptions } from "./accounts.ts";

const tags = ["plans"];

function present(comment: PlanCommentRow & { authorName?: string | null }) {
  return {
    id: comment.id,
    sectionId: comment.sectionId,
    parentId: comment.parentId,
    quote: comment.quote,
    body: comment.body,
    author: comment.authorName ?? null,
    createdAt: comment.createdAt.toISOString(),
    resolvedAt: comment.resolvedAt?.toISOString() ?? null,
  };
}

export const planCommentRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { context }) => {
  const comments = "/workspaces/:workspaceId/plans/:planId/comments";

  app.get(
    comments,
    {
      config: { access: { workspace: "plan.read" } },
      schema: {
        tags,
        summary: "A plan's comment threads, oldest first",
        params: PlanParams,
        response: { 200: PlanCommentsResponse },
      },
    },
    async (request) => {
      const { workspaceId } = memberOf(request);
      const { db } = context();
      if (!(await openPlanStore(db, workspaceId).plan(request.params.planId))) {
        throw new AppError("not-found", "This plan does not exist in this workspace.");
      }
      const rows = await openPlanCommentStore(db, workspaceId).list(request.params.planId);
      return { comments: rows.map(present) };
    },
  );

  app.post(
    comments,
    {
      config: { access: { workspace: "plan.edit" } },
      schema: {
        tags,
        summary: "Comment a passage of a section, or reply to a thread",
        params: PlanParams,
        body: PlanCommentBody,
        response: { 201: PlanCommentResponse },
      },
    },
    async (request, reply) => {
      const member = memberOf(request);
      const comment = await commentPlan(context(), member, request.params.planId, request.body);
      return reply.code(201).send({ comment: present(comment) });
    },
  );

  app.put(
    `${comments}/:commentId/resolution`,
    {
      config: { access: { workspace: "plan.edit" } },
      schema: {
        tags,
        summary: "Resolve or reopen a comment thread",
        params: PlanCommentParams,
        body: PlanCommentResolution,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      const { planId, commentId } = request.params;
      await resolvePlanComment(context(), memberOf(request), planId, commentId, request.body.resolved);
      return reply.code(204).send(null);
    },
  );
};
