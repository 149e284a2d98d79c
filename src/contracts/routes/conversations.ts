// JSON routes of a challenge's conversation: statements, votes, opinion map, Pol.is import.

import { ChallengeParams } from "../challenges.ts";
import {
  ImportBody,
  ImportResponse,
  NextStatementResponse,
  OpinionMapResponse,
  StatementBody,
  StatementList,
  StatementModerationBody,
  StatementParams,
  StatementResponse,
  VoteBody,
  VoteResponse,
} from "../conversations.ts";
import type { RouteContract } from "../route-contract.ts";

/** Each route\'s schemas, keyed "METHOD /path" as the server registers it under /api/v1. */
export const conversationRouteContracts = {
  "GET /workspaces/:workspaceId/challenges/:challengeId/statements": {
    params: ChallengeParams,
    response: { 200: StatementList },
  },
  "POST /workspaces/:workspaceId/challenges/:challengeId/statements": {
    params: ChallengeParams,
    body: StatementBody,
    response: { 201: StatementResponse },
  },
  "GET /workspaces/:workspaceId/challenges/:challengeId/statements/next": {
    params: ChallengeParams,
    response: { 200: NextStatementResponse },
  },
  "PUT /workspaces/:workspaceId/challenges/:challengeId/statements/:number/vote": {
    params: StatementParams,
    body: VoteBody,
    response: { 200: VoteResponse },
  },
  "PUT /workspaces/:workspaceId/challenges/:challengeId/statements/:number/moderation": {
    params: StatementParams,
    body: StatementModerationBody,
    response: { 200: StatementResponse },
  },
  "GET /workspaces/:workspaceId/challenges/:challengeId/opinion-map": {
    params: ChallengeParams,
    response: { 200: OpinionMapResponse },
  },
  "POST /workspaces/:workspaceId/challenges/:challengeId/conversation/import": {
    params: ChallengeParams,
    body: ImportBody,
    response: { 201: ImportResponse },
  },
} as const satisfies Record<string, RouteContract>;
