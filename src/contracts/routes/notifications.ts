// JSON routes of notifications, their preferences and unsubscribe links.

import { NoContent } from "../common.ts";
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
} from "../notifications.ts";
import type { RouteContract } from "../route-contract.ts";
import { WorkspaceParams } from "../workspaces.ts";

/** Each route\'s schemas, keyed "METHOD /path" as the server registers it under /api/v1. */
export const notificationRouteContracts = {
  "GET /workspaces/:workspaceId/notifications": {
    params: WorkspaceParams,
    querystring: NotificationQuery,
    response: { 200: NotificationList },
  },
  "POST /workspaces/:workspaceId/notifications/read": {
    params: WorkspaceParams,
    body: MarkReadBody,
    response: { 204: NoContent },
  },
  "GET /notifications": { querystring: OwnNotificationQuery, response: { 200: OwnNotificationPage } },
  "POST /notifications/read": { body: MarkReadBody, response: { 204: NoContent } },
  "GET /notifications/unread-count": { response: { 200: UnreadCount } },
  "GET /notifications/preferences": { response: { 200: NotificationPreferences } },
  "PUT /notifications/preferences": {
    body: NotificationPreferencesBody,
    response: { 200: NotificationPreferences },
  },
  "POST /notifications/unsubscribe": { body: UnsubscribeBody, response: { 200: Unsubscribed } },
} as const satisfies Record<string, RouteContract>;
