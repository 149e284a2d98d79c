// JSON routes of challenges, their ideas list, leaderboard and public page.

import { ChallengeListQuery } from "../challenge-controls.ts";
import {
  ChallengeList,
  ChallengeParams,
  ChallengeResponse,
  CreateChallengeBody,
  ExtendDeadlineBody,
  PublicChallengeParams,
  PublicChallengeResponse,
  UpdateChallengeBody,
} from "../challenges.ts";
import { DebriefBody } from "../debrief.ts";
import { IdeaBody, IdeaList, IdeaListQuery, IdeaResponse } from "../ideas.ts";
import { LeaderboardResponse, LeaderboardVisibilityBody } from "../leaderboard.ts";
import type { RouteContract } from "../route-contract.ts";
import { WorkspaceParams, WorkspaceResponse } from "../workspaces.ts";

/** Each route\'s schemas, keyed "METHOD /path" as the server registers it under /api/v1. */
export const challengeRouteContracts = {
  "GET /workspaces/:workspaceId/challenges": {
    params: WorkspaceParams,
    querystring: ChallengeListQuery,
    response: { 200: ChallengeList },
  },
  "POST /workspaces/:workspaceId/challenges": {
    params: WorkspaceParams,
    body: CreateChallengeBody,
    response: { 201: ChallengeResponse },
  },
  "GET /workspaces/:workspaceId/challenges/:challengeId": {
    params: ChallengeParams,
    response: { 200: ChallengeResponse },
  },
  "PATCH /workspaces/:workspaceId/challenges/:challengeId": {
    params: ChallengeParams,
    body: UpdateChallengeBody,
    response: { 200: ChallengeResponse },
  },
  "POST /workspaces/:workspaceId/challenges/:challengeId/deadline-extensions": {
    params: ChallengeParams,
    body: ExtendDeadlineBody,
    response: { 200: ChallengeResponse },
  },
  "PUT /workspaces/:workspaceId/challenges/:challengeId/debrief": {
    params: ChallengeParams,
    body: DebriefBody,
    response: { 200: ChallengeResponse },
  },
  "GET /workspaces/:workspaceId/challenges/:challengeId/ideas": {
    params: ChallengeParams,
    querystring: IdeaListQuery,
    response: { 200: IdeaList },
  },
  "POST /workspaces/:workspaceId/challenges/:challengeId/ideas": {
    params: ChallengeParams,
    body: IdeaBody,
    response: { 201: IdeaResponse },
  },
  "GET /workspaces/:workspaceId/challenges/:challengeId/leaderboard": {
    params: ChallengeParams,
    response: { 200: LeaderboardResponse },
  },
  "PUT /workspaces/:workspaceId/challenges/:challengeId/leaderboard/me": {
    params: ChallengeParams,
    body: LeaderboardVisibilityBody,
    response: { 200: LeaderboardVisibilityBody },
  },
  "GET /public/challenges/:challengeId": {
    params: PublicChallengeParams,
    response: { 200: PublicChallengeResponse },
  },
  "POST /public/challenges/:challengeId/join": {
    params: PublicChallengeParams,
    response: { 200: WorkspaceResponse },
  },
} as const satisfies Record<string, RouteContract>;
