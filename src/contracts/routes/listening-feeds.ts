// JSON routes of a listening project's feed sources.
import { NoContent } from "../common.ts";
import { ProjectParams } from "../listening.ts";
import {
  AddFeedSourceBody,
  ChangeFeedSourceBody,
  FeedSourceParams,
  FeedSourceResponse,
  FeedSourcesResponse,
} from "../listening-feeds.ts";
import type { RouteContract } from "../route-contract.ts";

/** Each route's schemas, keyed "METHOD /path" as the server registers it under /api/v1. */
export const listeningFeedRouteContracts = {
  "GET /workspaces/:workspaceId/listening/projects/:projectId/feeds": {
    params: ProjectParams,
    response: { 200: FeedSourcesResponse },
  },
  "POST /workspaces/:workspaceId/listening/projects/:projectId/feeds": {
    params: ProjectParams,
    body: AddFeedSourceBody,
    response: { 201: FeedSourceResponse },
  },
  "PATCH /workspaces/:workspaceId/listening/projects/:projectId/feeds/:sourceId": {
    params: FeedSourceParams,
    body: ChangeFeedSourceBody,
    response: { 200: FeedSourceResponse },
  },
  "DELETE /workspaces/:workspaceId/listening/projects/:projectId/feeds/:sourceId": {
    params: FeedSourceParams,
    response: { 204: NoContent },
  },
} as const satisfies Record<string, RouteContract>;
