// JSON routes of debriefs of groups and actions, "you said, we did".

import { ChallengeParams, PublicChallengeParams } from "../challenges.ts";
import { NoContent } from "../common.ts";
import {
  ActionParams,
  ActionResponse,
  ActionStatusBody,
  CreateActionBody,
  DebriefResponse,
  GroupDebriefBody,
  GroupParams,
  UpdateActionBody,
} from "../debrief.ts";
import type { RouteContract } from "../route-contract.ts";

/** Each route\'s schemas, keyed "METHOD /path" as the server registers it under /api/v1. */
export const debriefRouteContracts = {
  "GET /workspaces/:workspaceId/challenges/:challengeId/debrief": {
    params: ChallengeParams,
    response: { 200: DebriefResponse },
  },
  "PUT /workspaces/:workspaceId/groups/:groupId/debrief": {
    params: GroupParams,
    body: GroupDebriefBody,
    response: { 204: NoContent },
  },
  "POST /workspaces/:workspaceId/challenges/:challengeId/actions": {
    params: ChallengeParams,
    body: CreateActionBody,
    response: { 201: ActionResponse },
  },
  "PATCH /workspaces/:workspaceId/actions/:actionId": {
    params: ActionParams,
    body: UpdateActionBody,
    response: { 200: ActionResponse },
  },
  "PUT /workspaces/:workspaceId/actions/:actionId/status": {
    params: ActionParams,
    body: ActionStatusBody,
    response: { 200: ActionResponse },
  },
  "DELETE /workspaces/:workspaceId/actions/:actionId": { params: ActionParams, response: { 204: NoContent } },
  "GET /public/challenges/:challengeId/debrief": {
    params: PublicChallengeParams,
    response: { 200: DebriefResponse },
  },
} as const satisfies Record<string, RouteContract>;
