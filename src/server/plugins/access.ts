// Who is asking (session cookie) and whether they may: the one place the server decides access, for every route.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { GroupedReads } from "../../db/grouped-reads.ts";
import type { Db } from "../../db/open-database.ts";
import type { SessionMembership, UserRow } from "../../db/stores/account-store.ts";
import { openModerationStore } from "../../db/stores/moderation-store.ts";
import { resolveSessions, sessionDays } from "../../domain/accounts/sessions.ts";
import type { Actor, MemberActor } from "../../domain/context.ts";
import { type Action, assertCan, type Role } from "../../domain/permissions.ts";
import { assertMembershipAllows } from "../../domain/workspaces/block-member.ts";
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

/** The membership read with the session for a workspace route (null: not a member), never kept past the request. */
const memberships = new WeakMap<FastifyRequest, SessionMembership | null>();

/** The `:workspaceId` of a workspace route's URL when it is a well-formed id. */
function workspaceIdOf(request: FastifyRequest): string | undefined {
  const workspaceId = (request.params as { workspaceId?: string } | undefined)?.workspaceId;
  return workspaceId && uuidPattern.test(workspaceId) ? workspaceId : undefined;
}

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

  // Session, user, membership and block state in one query, shared by the requests arriving together; nothing is
  // cached, so signing out, leaving the workspace or being blocked takes effect on the very next request, in every
  // server process.
  const sessionReads = new GroupedReads(
    (keys: Array<{ token: string; workspaceId: string | null }>) =>
      resolveSessions(options.db, keys, new Date()),
    { concurrency: 2, maxKeys: 500 },
  );
  app.addHook("onRequest", async (request) => {
    const token = request.cookies[sessionCookie];
    if (!token) return;
    request.sessionToken = token;
    const rule = request.routeOptions.config.access;
    const workspaceId = typeof rule === "object" ? workspaceIdOf(request) : undefined;
    const found = await sessionReads.read({ token, workspaceId: workspaceId ?? null });
    request.user = found?.user;
    if (found && workspaceId) memberships.set(request, found.membership);
  });

  app.addHook("preValidation", async (request) => {
    const rule = request.routeOptions.config.access;
    if (rule === undefined || rule === "public") return;
    const actor = actorOf(request);
    if (rule === "signed-in") return;
    const workspaceId = workspaceIdOf(request);
    if (!workspaceId) {
      throw new AppError("not-found", "This workspace does not exist or you are not a member of it.");
    }
    const membership = memberships.has(request)
      ? memberships.get(request)
      : await openModerationStore(options.db, workspaceId).membership(actor.userId);
    const role: Role | undefined = membership?.role;
    assertCan(role, rule.workspace);
    assertMembershipAllows(membership, rule.workspace);
    members.set(request, { ...actor, workspaceId, role });
  });
});
