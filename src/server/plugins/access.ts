// Who is asking (session cookie) and whether they may: the one place the server decides access, for every route.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import type { Db } from "../../db/open-database.ts";
import type { UserRow } from "../../db/stores/account-store.ts";
import { openWorkspaceStore } from "../../db/stores/workspace-store.ts";
import { resolveSession, sessionDays } from "../../domain/accounts/sessions.ts";
import type { Actor, MemberActor } from "../../domain/context.ts";
import { type Action, assertCan } from "../../domain/permissions.ts";
import { assertNotBlocked } from "../../domain/workspaces/block-member.ts";
import { AppError } from "../../errors.ts";

/**
 * Every API route declares its access in `config.access`:
 * - "public": anyone;
 * - "signed-in": a session (full or anonymous);
 * - { workspace: action }: a member of the `:workspaceId` in the URL whose role allows `action`.
 */
export type Access = "public" | "signed-in" | { workspace: Action };

declare module "fastify" {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    user: UserRow | undefined;
    sessionToken: string | undefined;
  }
}

export const sessionCookie = "cocrea_session";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The signed-in actor of a request, or a 401. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.user) throw new AppError("not-signed-in", "Sign in to continue.");
  return { userId: request.user.id, anonymous: request.user.anonymous };
}

const members = new WeakMap<FastifyRequest, MemberActor>();

/** The member acting in a workspace route, as checked by the access gate. */
export function memberOf(request: FastifyRequest): MemberActor {
  const member = members.get(request);
  if (!member) throw new Error(`route ${request.routeOptions.url} has no workspace access rule`);
  return member;
}

export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  reply.setCookie(sessionCookie, token, {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: "/",
    maxAge: sessionDays * 86_400,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(sessionCookie, { path: "/" });
}

export default fp(async function access(app: FastifyInstance, options: { db: Db }) {
  app.decorateRequest("user", undefined);
  app.decorateRequest("sessionToken", undefined);

  app.addHook("onRoute", (route) => {
    if (route.url.startsWith("/api/v1") && route.config?.access === undefined) {
      throw new Error(`route ${route.method} ${route.url} must declare config.access`);
    }
  });

  app.addHook("onRequest", async (request) => {
    const token = request.cookies[sessionCookie];
    if (!token) return;
    request.sessionToken = token;
    request.user = await resolveSession(options.db, token, new Date());
  });

  app.addHook("preValidation", async (request) => {
    const rule = request.routeOptions.config.access;
    if (rule === undefined || rule === "public") return;
    const actor = actorOf(request);
    if (rule === "signed-in") return;
    const workspaceId = (request.params as { workspaceId?: string }).workspaceId;
    if (!workspaceId || !uuidPattern.test(workspaceId)) {
      throw new AppError("not-found", "This workspace does not exist or you are not a member of it.");
    }
    const role = await openWorkspaceStore(options.db, workspaceId).roleOf(actor.userId);
    assertCan(role, rule.workspace);
    await assertNotBlocked(options.db, workspaceId, actor.userId, rule.workspace);
    members.set(request, { ...actor, workspaceId, role });
  });
});
