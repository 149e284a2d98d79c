// JSON routes of a manager's control of a challenge: phases, deadlines, pause, archive, duplicate, delete.
import {
  ArchiveBody,
  DeleteChallengeBody,
  DuplicateChallengeBody,
  MoveDeadlineBody,
  PauseBody,
  ReopenPhaseBody,
} from "../challenge-controls.ts";
import { ChallengeParams, ChallengeResponse } from "../challenges.ts";
import { NoContent } from "../common.ts";
import type { RouteContract } from "../route-contract.ts";

/** Each route's schemas, keyed "METHOD /path" as the server registers it under /api/v1. */
export const challengeControlRouteContracts = {
  "POST /workspaces/:workspaceId/challenges/:challengeId/phase/close": {
    params: ChallengeParams,
    response: { 200: ChallengeResponse },
  },
  "POST /workspaces/:workspaceId/challenges/:challengeId/phase/reopen": {
    params: ChallengeParams,
    body: ReopenPhaseBody,
    response: { 200: ChallengeResponse },
  },
  "POST /workspaces/:workspaceId/challenges/:challengeId/deadline-moves": {
    params: ChallengeParams,
    body: MoveDeadlineBody,
    response: { 200: ChallengeResponse },
  },
  "PUT /workspaces/:workspaceId/challenges/:challengeId/pause": {
    params: ChallengeParams,
    body: PauseBody,
    response: { 200: ChallengeResponse },
  },
  "PUT /workspaces/:workspaceId/challenges/:challengeId/archive": {
    params: ChallengeParams,
    body: ArchiveBody,
    response: { 200: ChallengeResponse },
  },
  "POST /workspaces/:workspaceId/challenges/:challengeId/duplicates": {
    params: ChallengeParams,
    body: DuplicateChallengeBody,
    response: { 201: ChallengeResponse },
  },
  "DELETE /workspaces/:workspaceId/challenges/:challengeId": {
    params: ChallengeParams,
    body: DeleteChallengeBody,
    response: { 204: NoContent },
  },
} as const satisfies Record<string, RouteContract>;
