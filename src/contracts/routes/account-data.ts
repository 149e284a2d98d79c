// JSON routes of a person's data rights and account settings, and of a workspace's erasure policy.
import {
  AccountErasureBody,
  AccountErasureResponse,
  EmailChangeBody,
  EmailConfirmBody,
  ErasurePolicyBody,
  ErasurePolicyResponse,
  MemberErasureBody,
  MemberErasureResponse,
  MyContributionsResponse,
  PasswordChangeBody,
  PersonalDataResponse,
} from "../account-data.ts";
import { UserResponse } from "../accounts.ts";
import { NoContent } from "../common.ts";
import type { RouteContract } from "../route-contract.ts";
import { MemberParams, WorkspaceParams } from "../workspaces.ts";

/** Each route's schemas, keyed "METHOD /path" as the server registers it under /api/v1. */
export const accountDataRouteContracts = {
  "GET /me/data": { response: { 200: PersonalDataResponse } },
  "GET /me/contributions": { response: { 200: MyContributionsResponse } },
  "POST /me/erasure": { body: AccountErasureBody, response: { 200: AccountErasureResponse } },
  "POST /me/password": { body: PasswordChangeBody, response: { 204: NoContent } },
  "POST /me/email": { body: EmailChangeBody, response: { 202: NoContent } },
  "POST /me/email/confirm": { body: EmailConfirmBody, response: { 200: UserResponse } },
  "GET /workspaces/:workspaceId/erasure-policy": {
    params: WorkspaceParams,
    response: { 200: ErasurePolicyResponse },
  },
  "PUT /workspaces/:workspaceId/erasure-policy": {
    params: WorkspaceParams,
    body: ErasurePolicyBody,
    response: { 200: ErasurePolicyResponse },
  },
  "POST /workspaces/:workspaceId/members/:userId/erasure": {
    params: MemberParams,
    body: MemberErasureBody,
    response: { 200: MemberErasureResponse },
  },
} as const satisfies Record<string, RouteContract>;
