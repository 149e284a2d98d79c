// Routes of a challenge's synthesis: reading the groups, recalculating, and the managers' operations on groups.
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import {
  CreateGroupBody,
  GroupIdeaParams,
  GroupParams,
  MergeGroupsBody,
  MoveIdeaBody,
  RecomputeResponse,
  RenameGroupBody,
  SplitGroupBody,
  SynthesisIdeaParams,
  SynthesisParams,
  SynthesisView,
} from "../../contracts/synthesis.ts";
import type { Context, MemberActor } from "../../domain/context.ts";
import { createGroup } from "../../domain/synthesis/create-group.ts";
import { mergeGroups } from "../../domain/synthesis/merge-groups.ts";
import { moveIdea } from "../../domain/synthesis/move-idea.ts";
import { pinQuote } from "../../domain/synthesis/pin-quote.ts";
import { readSynthesis, recalculateSynthesis } from "../../domain/synthesis/read-synthesis.ts";
import { renameGroup } from "../../domain/synthesis/rename-group.ts";
import { retireGroup } from "../../domain/synthesis/retire-group.ts";
import { splitGroup } from "../../domain/synthesis/split-group.ts";
import { memberOf } from "../plugins/access.ts";
import { presentSynthesis } from "../present/synthesis.ts";
import type { RouteOptions } from "./accounts.ts";

const tags = ["synthesis"];
const access = { workspace: "challenge.manage" } as const;
const base = "/workspaces/:workspaceId/challenges/:challengeId/synthesis";

export const synthesisRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { context }) => {
  /** Every operation answers with the synthesis as it now stands. */
  const view = async (ctx: Context, actor: MemberActor, challengeId: string) =>
    presentSynthesis(await readSynthesis(ctx, actor, challengeId));

  app.get(
    base,
    {
      config: { access },
      schema: {
        tags,
        summary:
          "The challenge's groups of converging ideas (computed or made by hand) and the ideas in no group",
        params: SynthesisParams,
        response: { 200: SynthesisView },
      },
    },
    async (request) => view(context(), memberOf(request), request.params.challengeId),
  );

  app.post(
    `${base}/recompute`,
    {
      config: { access },
      schema: {
        tags,
        summary:
          "Recalculate the synthesis in the background; a synthesis.updated event tells when it is stored",
        params: SynthesisParams,
        response: { 202: RecomputeResponse },
      },
    },
    async (request, reply) => {
      await recalculateSynthesis(context(), memberOf(request), request.params.challengeId);
      return reply.code(202).send({ queued: true as const });
    },
  );

  app.post(
    `${base}/groups`,
    {
      config: { access },
      schema: {
        tags,
        summary: "Group ideas by hand (a manual group, never changed by the analysis)",
        params: SynthesisParams,
        body: CreateGroupBody,
        response: { 201: SynthesisView },
      },
    },
    async (request, reply) => {
      const ctx = context();
      const actor = memberOf(request);
      await createGroup(ctx, actor, request.params.challengeId, request.body);
      return reply.code(201).send(await view(ctx, actor, request.params.challengeId));
    },
  );

  app.patch(
    `${base}/groups/:groupId`,
    {
      config: { access },
      schema: {
        tags,
        summary: "Name a group (an empty name brings back the analysis's label)",
        params: GroupParams,
        body: RenameGroupBody,
        response: { 200: SynthesisView },
      },
    },
    async (request) => {
      const ctx = context();
      const actor = memberOf(request);
      await renameGroup(ctx, actor, request.params.challengeId, request.params.groupId, request.body);
      return view(ctx, actor, request.params.challengeId);
    },
  );

  app.delete(
    `${base}/groups/:groupId`,
    {
      config: { access },
      schema: {
        tags,
        summary: "Retire a group made by hand; its ideas go back to the analysis",
        params: GroupParams,
        response: { 200: SynthesisView },
      },
    },
    async (request) => {
      const ctx = context();
      const actor = memberOf(request);
      await retireGroup(ctx, actor, request.params.challengeId, request.params.groupId);
      return view(ctx, actor, request.params.challengeId);
    },
  );

  app.post(
    `${base}/groups/:groupId/merge`,
    {
      config: { access },
      schema: {
        tags,
        summary: "Merge other groups into this one, which keeps its id, name and debrief",
        params: GroupParams,
        body: MergeGroupsBody,
        response: { 200: SynthesisView },
      },
    },
    async (request) => {
      const ctx = context();
      const actor = memberOf(request);
      await mergeGroups(ctx, actor, request.params.challengeId, request.params.groupId, request.body);
      return view(ctx, actor, request.params.challengeId);
    },
  );

  app.post(
    `${base}/groups/:groupId/split`,
    {
      config: { access },
      schema: {
        tags,
        summary: "Split chosen ideas of this group into a new group",
        params: GroupParams,
        body: SplitGroupBody,
        response: { 201: SynthesisView },
      },
    },
    async (request, reply) => {
      const ctx = context();
      const actor = memberOf(request);
      await splitGroup(ctx, actor, request.params.challengeId, request.params.groupId, request.body);
      return reply.code(201).send(await view(ctx, actor, request.params.challengeId));
    },
  );

  for (const method of ["PUT", "DELETE"] as const) {
    app.route({
      method,
      url: `${base}/groups/:groupId/pins/:ideaId`,
      config: { access },
      schema: {
        tags,
        summary: method === "PUT" ? "Pin an idea of the group as a quote, shown first" : "Unpin a quote",
        params: GroupIdeaParams,
        response: { 200: SynthesisView },
      },
      handler: async (request) => {
        const ctx = context();
        const actor = memberOf(request);
        const { challengeId, groupId, ideaId } = request.params;
        await pinQuote(ctx, actor, challengeId, groupId, ideaId, method === "PUT");
        return view(ctx, actor, challengeId);
      },
    });
  }

  app.put(
    `${base}/ideas/:ideaId/group`,
    {
      config: { access },
      schema: {
        tags,
        summary: "Move an idea to a group, or out of every group (null); the analysis leaves it there",
        params: SynthesisIdeaParams,
        body: MoveIdeaBody,
        response: { 200: SynthesisView },
      },
    },
    async (request) => {
      const ctx = context();
      const actor = memberOf(request);
      await moveIdea(ctx, actor, request.params.challengeId, request.params.ideaId, request.body);
      return view(ctx, actor, request.params.challengeId);
    },
  );
};
