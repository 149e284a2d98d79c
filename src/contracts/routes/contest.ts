// JSON routes of a contest's criteria, finalists, scores and announcement.

import {
  AnnouncementBody,
  ContestParams,
  ContestResponse,
  CriteriaBody,
  FinalistBody,
  FinalistParams,
  FinalistResponse,
  ScoresBody,
} from "../contest.ts";
import type { RouteContract } from "../route-contract.ts";

/** Each route\'s schemas, keyed "METHOD /path" as the server registers it under /api/v1. */
export const contestRouteContracts = {
  "GET /workspaces/:workspaceId/challenges/:challengeId/contest": {
    params: ContestParams,
    response: { 200: ContestResponse },
  },
  "PUT /workspaces/:workspaceId/challenges/:challengeId/contest": {
    params: ContestParams,
    body: CriteriaBody,
    response: { 200: ContestResponse },
  },
  "PUT /workspaces/:workspaceId/challenges/:challengeId/contest/finalists/:ideaId": {
    params: FinalistParams,
    body: FinalistBody,
    response: { 200: FinalistResponse },
  },
  "PUT /workspaces/:workspaceId/challenges/:challengeId/contest/finalists/:ideaId/scores": {
    params: FinalistParams,
    body: ScoresBody,
    response: { 200: ContestResponse },
  },
  "POST /workspaces/:workspaceId/challenges/:challengeId/contest/announcement": {
    params: ContestParams,
    body: AnnouncementBody,
    response: { 200: ContestResponse },
  },
} as const satisfies Record<string, RouteContract>;
