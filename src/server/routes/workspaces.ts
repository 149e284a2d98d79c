// Routes of workspaces, their members and their invitation links.
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { NoContent } from "../../contracts/common.ts";
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
} from "../../contracts/workspaces.ts";
import { openWorkspaceStore } from "../../db/stores/workspace-store.ts";
import { can } from "../../domain/permissions.ts";
import { acceptInvitation } from "../../domain/workspaces/accept-invitation.ts";
import { changeRole, removeMember } from "../../domain/workspaces/change-role.ts";
import { createWorkspace } from "../../domain/workspaces/create-workspace.ts";
import {
  createInvitation,
  findUsableInvitation,
  revokeInvitation,
} from "../../domain/workspaces/invitations.ts";
import { listWorkspaces } from "../../domain/workspaces/list-workspaces.ts";
import { updateWorkspace } from "../../domain/workspaces/update-workspace.ts";
import { AppError } from "../../errors.ts";
import { actorOf, memberOf } from "../plugins/access.ts";
import { presentInvitation, presentMember, presentWorkspace } from "../present/present.ts";
import type { RouteOptions } from "./accounts.ts";

const tags = ["workspaces"];

export const workspaceRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { context }) => {
  app.get(
    "/workspaces",
    {
      config: { access: "signed-in" },
      schema: { tags, summary: "My workspaces", response: { 200: WorkspaceList } },
    },
    async (request) => {
      const rows = await listWorkspaces(context(), actorOf(request));
      return { workspaces: rows.map((row) => presentWorkspace(row, row.role)) };
    },
  );

  app.post(
    "/workspaces",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Create a workspace; I become its owner",
        body: CreateWorkspaceBody,
        response: { 201: WorkspaceResponse },
      },
    },
    async (request, reply) => {
      const workspace = await createWorkspace(context(), actorOf(request), request.body);
      return reply.code(201).send({ workspace: presentWorkspace(workspace, "owner") });
    },
  );

  app.get(
    "/workspaces/:workspaceId",
    {
      config: { access: { workspace: "workspace.read" } },
      schema: { tags, summary: "A workspace", params: WorkspaceParams, response: { 200: WorkspaceResponse } },
    },
    async (request) => {
      const member = memberOf(request);
      const workspace = await openWorkspaceStore(context().db, member.workspaceId).workspace();
      if (!workspace) throw new AppError("not-found", "This workspace no longer exists.");
      return { workspace: presentWorkspace(workspace, member.role) };
    },
  );

  app.patch(
    "/workspaces/:workspaceId",
    {
      config: { access: { workspace: "workspace.update" } },
      schema: {
        tags,
        summary: "Rename a workspace or change its settings",
        params: WorkspaceParams,
        body: UpdateWorkspaceBody,
        response: { 200: WorkspaceResponse },
      },
    },
    async (request) => {
      const member = memberOf(request);
      const workspace = await updateWorkspace(context(), member, request.body);
      return { workspace: presentWorkspace(workspace, member.role) };
    },
  );

  app.get(
    "/workspaces/:workspaceId/members",
    {
      config: { access: { workspace: "members.read" } },
      schema: {
        tags,
        summary: "Members and their roles",
        params: WorkspaceParams,
        response: { 200: MemberList },
      },
    },
    async (request) => {
      const member = memberOf(request);
      const rows = await openWorkspaceStore(context().db, member.workspaceId).members();
      const showEmail = can(member.role, "members.manage");
      return { members: rows.map((row) => presentMember(row, showEmail)) };
    },
  );

  app.patch(
    "/workspaces/:workspaceId/members/:userId",
    {
      config: { access: { workspace: "members.manage" } },
      schema: {
        tags,
        summary: "Change a member's role",
        params: MemberParams,
        body: ChangeRoleBody,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      await changeRole(context(), memberOf(request), request.params.userId, request.body.role);
      return reply.code(204).send(null);
    },
  );

  app.delete(
    "/workspaces/:workspaceId/members/:userId",
    {
      config: { access: { workspace: "workspace.read" } },
      schema: {
        tags,
        summary: "Remove a member (members.manage), or leave (your own id)",
        params: MemberParams,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      const member = memberOf(request);
      if (request.params.userId !== member.userId && !can(member.role, "members.manage")) {
        throw new AppError("forbidden", `Your role (${member.role}) does not allow removing members.`);
      }
      await removeMember(context(), member, request.params.userId);
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/workspaces/:workspaceId/invitations",
    {
      config: { access: { workspace: "members.invite" } },
      schema: {
        tags,
        summary: "Invitation links still usable",
        params: WorkspaceParams,
        response: { 200: InvitationList },
      },
    },
    async (request) => {
      const ctx = context();
      const rows = await openWorkspaceStore(ctx.db, memberOf(request).workspaceId).activeInvitations(ctx.now);
      return { invitations: rows.map(presentInvitation) };
    },
  );

  app.post(
    "/workspaces/:workspaceId/invitations",
    {
      config: { access: { workspace: "members.invite" } },
      schema: {
        tags,
        summary: "Create an invitation link with a role",
        params: WorkspaceParams,
        body: CreateInvitationBody,
        response: { 201: CreatedInvitation },
      },
    },
    async (request, reply) => {
      const created = await createInvitation(context(), memberOf(request), request.body);
      return reply
        .code(201)
        .send({ invitation: presentInvitation(created.invitation), token: created.token, url: created.url });
    },
  );

  app.delete(
    "/workspaces/:workspaceId/invitations/:invitationId",
    {
      config: { access: { workspace: "members.invite" } },
      schema: {
        tags,
        summary: "Revoke an invitation link",
        params: InvitationParams,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      await revokeInvitation(context(), memberOf(request), request.params.invitationId);
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/invitations/:token",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "What an invitation link opens",
        params: TokenParams,
        response: { 200: InvitationPreview },
      },
    },
    async (request) => {
      const { invitation, workspace } = await findUsableInvitation(context(), request.params.token);
      return {
        workspace: { id: workspace.id, name: workspace.name, allowAnonymous: workspace.allowAnonymous },
        role: invitation.role,
        expiresAt: invitation.expiresAt.toISOString(),
      };
    },
  );

  app.post(
    "/invitations/:token/accept",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Join the workspace of an invitation link",
        params: TokenParams,
        response: { 200: WorkspaceResponse },
      },
    },
    async (request) => {
      const ctx = context();
      const actor = actorOf(request);
      const workspace = await acceptInvitation(ctx, actor, request.params.token);
      const role = await openWorkspaceStore(ctx.db, workspace.id).roleOf(actor.userId);
      return { workspace: presentWorkspace(workspace, role ?? "participant") };
    },
  );
};
