// JSON routes of sessions, sign-up and sign-in, password reset, profile.

import {
  AnonymousBody,
  ProfileBody,
  ResetConfirmBody,
  ResetRequestBody,
  SessionBody,
  SignInBody,
  SignUpBody,
  SignUpConfirmBody,
  SignUpConfirmed,
  UserResponse,
} from "../accounts.ts";
import { NoContent } from "../common.ts";
import type { RouteContract } from "../route-contract.ts";

/** Each route\'s schemas, keyed "METHOD /path" as the server registers it under /api/v1. */
export const accountRouteContracts = {
  "GET /session": { response: { 200: SessionBody } },
  "POST /auth/sign-up": { body: SignUpBody, response: { 202: NoContent } },
  "POST /auth/sign-up/confirm": { body: SignUpConfirmBody, response: { 200: SignUpConfirmed } },
  "POST /auth/sign-in": { body: SignInBody, response: { 200: UserResponse } },
  "POST /auth/sign-out": { response: { 204: NoContent } },
  "POST /auth/anonymous": { body: AnonymousBody, response: { 201: UserResponse } },
  "POST /auth/password-reset": { body: ResetRequestBody, response: { 202: NoContent } },
  "POST /auth/password-reset/confirm": { body: ResetConfirmBody, response: { 200: UserResponse } },
  "PATCH /me": { body: ProfileBody, response: { 200: UserResponse } },
} as const satisfies Record<string, RouteContract>;
