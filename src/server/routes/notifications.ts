// Routes of a member's notifications in a workspace.
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { NoContent } from "../../contracts/common.ts";
import { MarkReadBody, NotificationList, NotificationQuery } from "../../contracts/notifications.ts";
import { WorkspaceParams } from "../../contracts/workspaces.ts";
import { listNotifications, markNotificationsRead } from "../../domain/notifications/read-notifications.ts";
import { memberOf } from "../plugins/access.ts";
import { presentNotification } from "../present/challenges.ts";
import type { RouteOptions } from "./accounts.ts";

const tags = ["notifications"];

export const notificationRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { context }) => {
  app.get(
    "/workspaces/:workspaceId/notifications",
    {
      config: { access: { workspace: "workspace.read" } },
      schema: {
        tags,
        summary: "My notifications in this workspace, newest first (unread=true: only unread)",
        params: WorkspaceParams,
        querystring: NotificationQuery,
        response: { 200: NotificationList },
      },
    },
    async (request) => {
      const rows = await listNotifications(context(), memberOf(request), {
        unreadOnly: request.query.unread === "true",
      });
      return { notifications: rows.map(presentNotification) };
    },
  );

  app.post(
    "/workspaces/:workspaceId/notifications/read",
    {
      config: { access: { workspace: "workspace.read" } },
      schema: {
        tags,
        summary: "Mark my notifications read: the given ids, or all",
        params: WorkspaceParams,
        body: MarkReadBody,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      await markNotificationsRead(context(), memberOf(request), request.body.ids);
      return reply.code(204).send(null);
    },
  );
};
