// JSON routes of flags, the moderators' queue, blocks and the moderation log.

import { NoContent } from "../common.ts";
import { FlagBody, FlagParams, FlagResponse } from "../flags.ts";
import { CommentParams, IdeaParams } from "../ideas.ts";
import { ModerationLog, ModerationLogQuery, ModerationQueue } from "../moderation.ts";
import type { RouteContract } from "../route-contract.ts";
import { BlockBody, MemberParams, WorkspaceParams } from "../workspaces.ts";

/** Each route\'s schemas, keyed "METHOD /path" as the server registers it under /api/v1. */
export const moderationRouteContracts = {
  "POST /workspaces/:workspaceId/ideas/:ideaId/flag": {
    params: IdeaParams,
    body: FlagBody,
    response: { 200: FlagResponse },
  },
  "POST /workspaces/:workspaceId/comments/:commentId/flag": {
    params: CommentParams,
    body: FlagBody,
    response: { 200: FlagResponse },
  },
  "GET /workspaces/:workspaceId/moderation/queue": {
    params: WorkspaceParams,
    response: { 200: ModerationQueue },
  },
  "DELETE /workspaces/:workspaceId/moderation/flags/:subjectId": {
    params: FlagParams,
    response: { 204: NoContent },
  },
  "PUT /workspaces/:workspaceId/members/:userId/block": {
    params: MemberParams,
    body: BlockBody,
    response: { 204: NoContent },
  },
  "GET /workspaces/:workspaceId/moderation/log": {
    params: WorkspaceParams,
    querystring: ModerationLogQuery,
    response: { 200: ModerationLog },
  },
} as const satisfies Record<string, RouteContract>;
