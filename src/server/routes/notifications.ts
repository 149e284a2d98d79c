// Routes of a member's notifications in a workspace.
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { NoContent } from "../../contracts/common.ts";
import {
  MarkReadBody,
  NotificationList,
  NotificationPreferences,
  NotificationPreferencesBody,
  NotificationQuery,
  OwnNotificationPage,
  OwnNotificationQuery,
  UnreadCount,
  UnsubscribeBody,
  Unsubscribed,
} from "../../contracts/notifications.ts";
import { WorkspaceParams } from "../../contracts/workspaces.ts";
import { unreadCount } from "../../db/stores/notification-store.ts";
import { listOwnNotifications, markOwnRead } from "../../domain/notifications/notification-centre.ts";
import {
  readPreferences,
  savePreferences,
  unsubscribe,
} from "../../domain/notifications/notification-preferences.ts";
import { listNotifications, markNotificationsRead } from "../../domain/notifications/read-notifications.ts";
import { actorOf, memberOf } from "../plugins/access.ts";
import { presentNotification, presentOwnNotification } from "../present/challenges.ts";
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

  app.get(
    "/notifications",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "The notification centre: my notifications over all my workspaces, newest first, by pages",
        querystring: OwnNotificationQuery,
        response: { 200: OwnNotificationPage },
      },
    },
    async (request) => {
      const { before, limit = "30", unread } = request.query;
      const page = await listOwnNotifications(context(), actorOf(request), {
        limit: Number(limit),
        unreadOnly: unread === "true",
        ...(before ? { before } : {}),
      });
      return { notifications: page.notifications.map(presentOwnNotification), next: page.next };
    },
  );

  app.post(
    "/notifications/read",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Mark my notifications read over all my workspaces: the given ids, or all",
        body: MarkReadBody,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      await markOwnRead(context(), actorOf(request), request.body.ids);
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/notifications/unread-count",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "How many of my notifications are unread, over all my workspaces (the header's count)",
        response: { 200: UnreadCount },
      },
    },
    async (request) => ({ unread: await unreadCount(context().db, actorOf(request).userId) }),
  );

  app.get(
    "/notifications/preferences",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "For each kind of notification, whether I hear it in the app and by e-mail",
        response: { 200: NotificationPreferences },
      },
    },
    async (request) => readPreferences(context(), actorOf(request)),
  );

  app.put(
    "/notifications/preferences",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Change the channels of the given kinds (the others keep theirs)",
        body: NotificationPreferencesBody,
        response: { 200: NotificationPreferences },
      },
    },
    async (request) => savePreferences(context(), actorOf(request), request.body.preferences),
  );

  app.post(
    "/notifications/unsubscribe",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "Stop the e-mails of one kind with the signed token of an e-mail's link (no sign-in needed)",
        body: UnsubscribeBody,
        response: { 200: Unsubscribed },
      },
    },
    async (request) => unsubscribe(context(), request.body.token),
  );
};
