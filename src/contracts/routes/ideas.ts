// JSON routes of ideas, comments, reactions, supports, follows, outcomes and moderation of a post.

import { NoContent } from "../common.ts";
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
} from "../ideas.ts";
import { ModerationBody } from "../moderation.ts";
import type { RouteContract } from "../route-contract.ts";

/** Each route\'s schemas, keyed "METHOD /path" as the server registers it under /api/v1. */
export const ideaRouteContracts = {
  "GET /workspaces/:workspaceId/ideas/:ideaId": { params: IdeaParams, response: { 200: IdeaWithThread } },
  "PATCH /workspaces/:workspaceId/ideas/:ideaId": {
    params: IdeaParams,
    body: EditIdeaBody,
    response: { 200: IdeaResponse },
  },
  "DELETE /workspaces/:workspaceId/ideas/:ideaId": { params: IdeaParams, response: { 204: NoContent } },
  "POST /workspaces/:workspaceId/ideas/:ideaId/comments": {
    params: IdeaParams,
    body: CommentBody,
    response: { 201: CommentResponse },
  },
  "POST /workspaces/:workspaceId/ideas/:ideaId/reactions": {
    params: IdeaParams,
    body: ReactionBody,
    response: { 200: ReactionResponse },
  },
  "PUT /workspaces/:workspaceId/ideas/:ideaId/outcome": {
    params: IdeaParams,
    body: OutcomeBody,
    response: { 200: IdeaResponse },
  },
  "PUT /workspaces/:workspaceId/ideas/:ideaId/award": {
    params: IdeaParams,
    body: AwardBody,
    response: { 200: IdeaResponse },
  },
  "PUT /workspaces/:workspaceId/ideas/:ideaId/moderation": {
    params: IdeaParams,
    body: ModerationBody,
    response: { 200: IdeaResponse },
  },
  "PUT /workspaces/:workspaceId/comments/:commentId/moderation": {
    params: CommentParams,
    body: ModerationBody,
    response: { 200: CommentResponse },
  },
  "PUT /workspaces/:workspaceId/ideas/:ideaId/support": {
    params: IdeaParams,
    response: { 200: SupportResponse },
  },
  "PUT /workspaces/:workspaceId/ideas/:ideaId/follow": {
    params: IdeaParams,
    response: { 200: FollowResponse },
  },
  "DELETE /workspaces/:workspaceId/ideas/:ideaId/support": {
    params: IdeaParams,
    response: { 200: SupportResponse },
  },
  "DELETE /workspaces/:workspaceId/ideas/:ideaId/follow": {
    params: IdeaParams,
    response: { 200: FollowResponse },
  },
} as const satisfies Record<string, RouteContract>;
