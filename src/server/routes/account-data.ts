// Routes of a person's data rights and account settings (export, erasure, password, e-mail, contributions) and of
// a workspace's erasure policy and its owners' erasure of a member's data.
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
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
  PersonalDataFileParams,
  PersonalDataResponse,
} from "../../contracts/account-data.ts";
import { UserResponse } from "../../contracts/accounts.ts";
import { NoContent } from "../../contracts/common.ts";
import { MemberParams, WorkspaceParams } from "../../contracts/workspaces.ts";
import { confirmEmailChange, requestEmailChange } from "../../domain/accounts/change-email.ts";
import { changePassword } from "../../domain/accounts/change-password.ts";
import { eraseAccount } from "../../domain/accounts/erase-account.ts";
import { exportPersonalData, exportPersonalDataset } from "../../domain/accounts/export-personal-data.ts";
import { listMyContributions } from "../../domain/accounts/list-my-contributions.ts";
import { eraseMember } from "../../domain/workspaces/erase-member.ts";
import { erasurePolicyOf } from "../../domain/workspaces/erasure-policy.ts";
import { setErasurePolicy } from "../../domain/workspaces/set-erasure-policy.ts";
import { actorOf, clearSessionCookie, memberOf } from "../plugins/access.ts";
import { presentErasure, sendPersonalDataset } from "../present/personal-data.ts";
import { presentUser } from "../present/present.ts";
import type { RouteOptions } from "./accounts.ts";

const tags = ["accounts"];

export const accountDataRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (
  app,
  { context, authRateLimit },
) => {
  const limited = { access: "signed-in" as const, rateLimit: { max: authRateLimit, timeWindow: "1 minute" } };

  app.get(
    "/me/data",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Everything held about me, as one JSON document (account, then one dataset per table)",
        response: { 200: PersonalDataResponse },
      },
    },
    async (request, reply) => {
      reply.header("content-disposition", 'attachment; filename="cocrea-my-data.json"');
      return exportPersonalData(context(), actorOf(request));
    },
  );

  app.get(
    "/me/data/:file",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "One dataset of my data as CSV (`<dataset>.csv`, names as in GET /me/data)",
        params: PersonalDataFileParams,
        produces: ["text/csv"],
      },
    },
    async (request, reply) => {
      const name = request.params.file.replace(/\.csv$/, "");
      return sendPersonalDataset(reply, await exportPersonalDataset(context(), actorOf(request), name));
    },
  );

  app.get(
    "/me/contributions",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "My ideas and comments in every workspace, newest first",
        response: { 200: MyContributionsResponse },
      },
    },
    async (request) => listMyContributions(context(), actorOf(request)),
  );

  app.post(
    "/me/erasure",
    {
      config: limited,
      schema: {
        tags,
        summary:
          "Erase my account (password required): contributions kept as a deleted participant or removed, by each workspace's policy and my choice",
        body: AccountErasureBody,
        response: { 200: AccountErasureResponse },
      },
    },
    async (request, reply) => {
      const erasures = await eraseAccount(context(), actorOf(request), request.body);
      clearSessionCookie(reply);
      return { erasures: erasures.map(presentErasure) };
    },
  );

  app.post(
    "/me/password",
    {
      config: limited,
      schema: {
        tags,
        summary: "Change my password (the current one required); my other sessions end",
        body: PasswordChangeBody,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      await changePassword(context(), actorOf(request), request.body, request.sessionToken);
      return reply.code(204).send(null);
    },
  );

  app.post(
    "/me/email",
    {
      config: limited,
      schema: {
        tags,
        summary:
          "Ask to change my e-mail address: a link goes to the new one, the old one stays until it is opened",
        body: EmailChangeBody,
        response: { 202: NoContent },
      },
    },
    async (request, reply) => {
      await requestEmailChange(context(), actorOf(request), request.body);
      return reply.code(202).send(null);
    },
  );

  app.post(
    "/me/email/confirm",
    {
      config: { access: "public", rateLimit: { max: authRateLimit, timeWindow: "1 minute" } },
      schema: {
        tags,
        summary: "Confirm a new e-mail address from the link sent to it",
        body: EmailConfirmBody,
        response: { 200: UserResponse },
      },
    },
    async (request) => ({ user: presentUser(await confirmEmailChange(context(), request.body)) }),
  );

  app.get(
    "/workspaces/:workspaceId/erasure-policy",
    {
      config: { access: { workspace: "workspace.read" } },
      schema: {
        tags: ["workspaces"],
        summary: "What becomes of an erased person's contributions in this workspace",
        params: WorkspaceParams,
        response: { 200: ErasurePolicyResponse },
      },
    },
    async (request) => ({ policy: await erasurePolicyOf(context().db, memberOf(request).workspaceId) }),
  );

  app.put(
    "/workspaces/:workspaceId/erasure-policy",
    {
      config: { access: { workspace: "workspace.update" } },
      schema: {
        tags: ["workspaces"],
        summary: "Set what becomes of an erased person's contributions",
        params: WorkspaceParams,
        body: ErasurePolicyBody,
        response: { 200: ErasurePolicyResponse },
      },
    },
    async (request) => ({
      policy: await setErasurePolicy(context(), memberOf(request), request.body.policy),
    }),
  );

  app.post(
    "/workspaces/:workspaceId/members/:userId/erasure",
    {
      config: { access: { workspace: "members.erase" } },
      schema: {
        tags: ["workspaces"],
        summary:
          "Erase a member's data in this workspace on their request, by the workspace's erasure policy",
        params: MemberParams,
        body: MemberErasureBody,
        response: { 200: MemberErasureResponse },
      },
    },
    async (request) => {
      const erasure = await eraseMember(context(), memberOf(request), request.params.userId, request.body);
      return { erasure: presentErasure(erasure) };
    },
  );
};
