// JSON routes of a challenge's synthesis and managers' operations on its groups.
import type { RouteContract } from "../route-contract.ts";
import {
  CreateGroupBody,
  GroupIdeaParams,
  GroupParams,
  MergeGroupsBody,
  MoveIdeaBody,
  RecomputeResponse,
  RenameGroupBody,
  SplitGroupBody,
  SynthesisIdeaParams,
  SynthesisParams,
  SynthesisView,
} from "../synthesis.ts";

/** Each route\'s schemas, keyed "METHOD /path" as the server registers it under /api/v1. */
export const synthesisRouteContracts = {
  "GET /workspaces/:workspaceId/challenges/:challengeId/synthesis": {
    params: SynthesisParams,
    response: { 200: SynthesisView },
  },
  "POST /workspaces/:workspaceId/challenges/:challengeId/synthesis/recompute": {
    params: SynthesisParams,
    response: { 202: RecomputeResponse },
  },
  "POST /workspaces/:workspaceId/challenges/:challengeId/synthesis/groups": {
    params: SynthesisParams,
    body: CreateGroupBody,
    response: { 201: SynthesisView },
  },
  "PATCH /workspaces/:workspaceId/challenges/:challengeId/synthesis/groups/:groupId": {
    params: GroupParams,
    body: RenameGroupBody,
    response: { 200: SynthesisView },
  },
  "DELETE /workspaces/:workspaceId/challenges/:challengeId/synthesis/groups/:groupId": {
    params: GroupParams,
    response: { 200: SynthesisView },
  },
  "POST /workspaces/:workspaceId/challenges/:challengeId/synthesis/groups/:groupId/merge": {
    params: GroupParams,
    body: MergeGroupsBody,
    response: { 200: SynthesisView },
  },
  "POST /workspaces/:workspaceId/challenges/:challengeId/synthesis/groups/:groupId/split": {
    params: GroupParams,
    body: SplitGroupBody,
    response: { 201: SynthesisView },
  },
  "PUT /workspaces/:workspaceId/challenges/:challengeId/synthesis/groups/:groupId/pins/:ideaId": {
    params: GroupIdeaParams,
    response: { 200: SynthesisView },
  },
  "DELETE /workspaces/:workspaceId/challenges/:challengeId/synthesis/groups/:groupId/pins/:ideaId": {
    params: GroupIdeaParams,
    response: { 200: SynthesisView },
  },
  "PUT /workspaces/:workspaceId/challenges/:challengeId/synthesis/ideas/:ideaId/group": {
    params: SynthesisIdeaParams,
    body: MoveIdeaBody,
    response: { 200: SynthesisView },
  },
} as const satisfies Record<string, RouteContract>;
