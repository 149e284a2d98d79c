// Routes of one idea: reading it with its thread, editing, withdrawing, comments, reactions, supports and follows.
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { NoContent } from "../../contracts/common.ts";
import {
  AwardBody,
  CommentBody,
  CommentParams,
  CommentResponse,
  EditIdeaBody,
  FollowResponse,
  IdeaParams,
  IdeaResponse,
  IdeaWithThread,
  OutcomeBody,
  ReactionBody,
  ReactionResponse,
  SupportResponse,
} from "../../contracts/ideas.ts";
import { ModerationBody } from "../../contracts/moderation.ts";
import { awardIdea } from "../../domain/challenges/award-idea.ts";
import { editIdea } from "../../domain/challenges/edit-idea.ts";
import { setFollow } from "../../domain/challenges/follow-idea.ts";
import { moderateComment, moderateIdea } from "../../domain/challenges/moderate.ts";
import { postComment } from "../../domain/challenges/post-comment.ts";
import { showIdea } from "../../domain/challenges/read-ideas.ts";
import { setIdeaOutcome } from "../../domain/challenges/set-idea-outcome.ts";
import { setSupport } from "../../domain/challenges/support-idea.ts";
import { toggleReaction } from "../../domain/challenges/toggle-reaction.ts";
import { withdrawIdea } from "../../domain/challenges/withdraw-idea.ts";
import { memberOf } from "../plugins/access.ts";
import { presentComment, presentIdea } from "../present/challenges.ts";
import type { RouteOptions } from "./accounts.ts";

const tags = ["ideas"];

export const ideaRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { context }) => {
  const idea = "/workspaces/:workspaceId/ideas/:ideaId";

  app.get(
    idea,
    {
      config: { access: { workspace: "challenge.read" } },
      schema: {
        tags,
        summary: "An idea with its counts and its comment thread (oldest first)",
        params: IdeaParams,
        response: { 200: IdeaWithThread },
      },
    },
    async (request) => {
      const found = await showIdea(context(), memberOf(request), request.params.ideaId);
      return { idea: presentIdea(found.idea), comments: found.comments.map(presentComment) };
    },
  );

  app.patch(
    idea,
    {
      config: { access: { workspace: "idea.submit" } },
      schema: {
        tags,
        summary: "Edit my idea while contributions are open",
        params: IdeaParams,
        body: EditIdeaBody,
        response: { 200: IdeaResponse },
      },
    },
    async (request) => {
      const ctx = context();
      const member = memberOf(request);
      await editIdea(ctx, member, request.params.ideaId, request.body);
      return { idea: presentIdea((await showIdea(ctx, member, request.params.ideaId)).idea) };
    },
  );

  app.delete(
    idea,
    {
      config: { access: { workspace: "idea.submit" } },
      schema: {
        tags,
        summary: "Withdraw my idea while contributions are open",
        params: IdeaParams,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      await withdrawIdea(context(), memberOf(request), request.params.ideaId);
      return reply.code(204).send(null);
    },
  );

  app.post(
    `${idea}/comments`,
    {
      config: { access: { workspace: "comment.post" } },
      schema: {
        tags,
        summary: "Comment on an idea or answer a comment (official when written by a manager)",
        params: IdeaParams,
        body: CommentBody,
        response: { 201: CommentResponse },
      },
    },
    async (request, reply) => {
      const ctx = context();
      const member = memberOf(request);
      const comment = await postComment(ctx, member, request.params.ideaId, request.body);
      const { comments } = await showIdea(ctx, member, request.params.ideaId);
      const view = comments.find((c) => c.id === comment.id);
      if (!view) throw new Error(`comment ${comment.id} vanished after posting`);
      return reply.code(201).send({ comment: presentComment(view) });
    },
  );

  app.post(
    `${idea}/reactions`,
    {
      config: { access: { workspace: "idea.react" } },
      schema: {
        tags,
        summary: "Toggle my reaction (an emotion) on an idea; returns the counts per emotion",
        params: IdeaParams,
        body: ReactionBody,
        response: { 200: ReactionResponse },
      },
    },
    async (request) =>
      toggleReaction(context(), memberOf(request), request.params.ideaId, request.body.emotion),
  );

  app.put(
    `${idea}/outcome`,
    {
      config: { access: { workspace: "challenge.manage" } },
      schema: {
        tags,
        summary: "Say what became of an idea (once contributions are closed); not retained needs a note",
        params: IdeaParams,
        body: OutcomeBody,
        response: { 200: IdeaResponse },
      },
    },
    async (request) => {
      const ctx = context();
      const member = memberOf(request);
      await setIdeaOutcome(ctx, member, request.params.ideaId, request.body);
      return { idea: presentIdea((await showIdea(ctx, member, request.params.ideaId)).idea) };
    },
  );

  app.put(
    `${idea}/award`,
    {
      config: { access: { workspace: "challenge.manage" } },
      schema: {
        tags,
        summary: "In a contest, give an idea a distinction after voting (null takes it back)",
        params: IdeaParams,
        body: AwardBody,
        response: { 200: IdeaResponse },
      },
    },
    async (request) => {
      const ctx = context();
      const member = memberOf(request);
      await awardIdea(ctx, member, request.params.ideaId, request.body);
      return { idea: presentIdea((await showIdea(ctx, member, request.params.ideaId)).idea) };
    },
  );

  app.put(
    `${idea}/moderation`,
    {
      config: { access: { workspace: "content.moderate" } },
      schema: {
        tags,
        summary: "Hide an idea that breaks the rules (with the reason), or restore it",
        params: IdeaParams,
        body: ModerationBody,
        response: { 200: IdeaResponse },
      },
    },
    async (request) => {
      const ctx = context();
      const member = memberOf(request);
      await moderateIdea(ctx, member, request.params.ideaId, request.body);
      return { idea: presentIdea((await showIdea(ctx, member, request.params.ideaId)).idea) };
    },
  );

  app.put(
    "/workspaces/:workspaceId/comments/:commentId/moderation",
    {
      config: { access: { workspace: "content.moderate" } },
      schema: {
        tags,
        summary: "Hide a comment that breaks the rules (with the reason), or restore it",
        params: CommentParams,
        body: ModerationBody,
        response: { 200: CommentResponse },
      },
    },
    async (request) => {
      const ctx = context();
      const member = memberOf(request);
      const comment = await moderateComment(ctx, member, request.params.commentId, request.body);
      const { comments } = await showIdea(ctx, member, comment.ideaId);
      const view = comments.find((c) => c.id === comment.id);
      if (!view) throw new Error(`comment ${comment.id} vanished after moderation`);
      return { comment: presentComment(view) };
    },
  );

  for (const [method, supported] of [
    ["PUT", true],
    ["DELETE", false],
  ] as const) {
    app.route({
      method,
      url: `${idea}/support`,
      config: { access: { workspace: "idea.support" } },
      schema: {
        tags,
        summary: supported ? "Support an idea (idempotent)" : "Take back my support (idempotent)",
        params: IdeaParams,
        response: { 200: SupportResponse },
      },
      handler: async (request) => setSupport(context(), memberOf(request), request.params.ideaId, supported),
    });
    app.route({
      method,
      url: `${idea}/follow`,
      config: { access: { workspace: "idea.follow" } },
      schema: {
        tags,
        summary: supported ? "Follow an idea (idempotent)" : "Stop following an idea (idempotent)",
        params: IdeaParams,
        response: { 200: FollowResponse },
      },
      handler: async (request) => setFollow(context(), memberOf(request), request.params.ideaId, supported),
    });
  }
};
