// Routes of a listening project's feed sources: list with status, add (polled at once), pause or resume, delete.
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { apiRoutes } from "../../contracts/api-routes.ts";
import { addFeedSource } from "../../domain/listening/add-feed-source.ts";
import { setFeedSourceStatus } from "../../domain/listening/change-feed-source.ts";
import { deleteFeedSource } from "../../domain/listening/delete-feed-source.ts";
import { readFeedSources } from "../../domain/listening/read-feed-sources.ts";
import { memberOf } from "../plugins/access.ts";
import { presentFeedSource } from "../present/listening-feeds.ts";
import type { RouteOptions } from "./accounts.ts";

const tags = ["listening"];
const feeds = "/workspaces/:workspaceId/listening/projects/:projectId/feeds";
const list = apiRoutes["GET /workspaces/:workspaceId/listening/projects/:projectId/feeds"];
const add = apiRoutes["POST /workspaces/:workspaceId/listening/projects/:projectId/feeds"];
const change = apiRoutes["PATCH /workspaces/:workspaceId/listening/projects/:projectId/feeds/:sourceId"];
const remove = apiRoutes["DELETE /workspaces/:workspaceId/listening/projects/:projectId/feeds/:sourceId"];

export const listeningFeedRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { context }) => {
  app.get(
    feeds,
    {
      config: { access: { workspace: "listening.read" } },
      schema: { tags, summary: "The project's feed sources and the status of their last poll", ...list },
    },
    async (request) => ({
      sources: (await readFeedSources(context(), memberOf(request), request.params.projectId)).map(
        presentFeedSource,
      ),
    }),
  );

  app.post(
    feeds,
    {
      config: { access: { workspace: "listening.manage" } },
      schema: {
        tags,
        summary:
          "Follow an RSS or Atom feed: polled at once, then on its schedule (addresses that are not public are refused at the poll)",
        ...add,
      },
    },
    async (request, reply) => {
      const row = await addFeedSource(context(), memberOf(request), request.params.projectId, request.body);
      return reply.code(201).send({ source: presentFeedSource(row) });
    },
  );

  app.patch(
    `${feeds}/:sourceId`,
    {
      config: { access: { workspace: "listening.manage" } },
      schema: { tags, summary: "Pause a feed source, or resume it (polled at once)", ...change },
    },
    async (request) => {
      const { projectId, sourceId } = request.params;
      const row = await setFeedSourceStatus(
        context(),
        memberOf(request),
        projectId,
        sourceId,
        request.body.status,
      );
      return { source: presentFeedSource(row) };
    },
  );

  app.delete(
    `${feeds}/:sourceId`,
    {
      config: { access: { workspace: "listening.manage" } },
      schema: { tags, summary: "Stop following a feed; the mentions it brought stay", ...remove },
    },
    async (request, reply) => {
      await deleteFeedSource(context(), memberOf(request), request.params.projectId, request.params.sourceId);
      return reply.code(204).send(null);
    },
  );
};
