// JSON routes of workspaces, members and invitation links.

import { NoContent } from "../common.ts";
import type { RouteContract } from "../route-contract.ts";
import {
  ChangeRoleBody,
  CreatedInvitation,
  CreateInvitationBody,
  CreateWorkspaceBody,
  InvitationList,
  InvitationParams,
  InvitationPreview,
  MemberList,
  MemberParams,
  TokenParams,
  UpdateWorkspaceBody,
  WorkspaceList,
  WorkspaceParams,
  WorkspaceResponse,
} from "../workspaces.ts";

/** Each route\'s schemas, keyed "METHOD /path" as the server registers it under /api/v1. */
export const workspaceRouteContracts = {
  "GET /workspaces": { response: { 200: WorkspaceList } },
  "POST /workspaces": { body: CreateWorkspaceBody, response: { 201: WorkspaceResponse } },
  "GET /workspaces/:workspaceId": { params: WorkspaceParams, response: { 200: WorkspaceResponse } },
  "PATCH /workspaces/:workspaceId": {
    params: WorkspaceParams,
    body: UpdateWorkspaceBody,
    response: { 200: WorkspaceResponse },
  },
  "GET /workspaces/:workspaceId/members": { params: WorkspaceParams, response: { 200: MemberList } },
  "PATCH /workspaces/:workspaceId/members/:userId": {
    params: MemberParams,
    body: ChangeRoleBody,
    response: { 204: NoContent },
  },
  "DELETE /workspaces/:workspaceId/members/:userId": { params: MemberParams, response: { 204: NoContent } },
  "GET /workspaces/:workspaceId/invitations": { params: WorkspaceParams, response: { 200: InvitationList } },
  "POST /workspaces/:workspaceId/invitations": {
    params: WorkspaceParams,
    body: CreateInvitationBody,
    response: { 201: CreatedInvitation },
  },
  "DELETE /workspaces/:workspaceId/invitations/:invitationId": {
    params: InvitationParams,
    response: { 204: NoContent },
  },
  "GET /invitations/:token": { params: TokenParams, response: { 200: InvitationPreview } },
  "POST /invitations/:token/accept": { params: TokenParams, response: { 200: WorkspaceResponse } },
} as const satisfies Record<string, RouteContract>;
