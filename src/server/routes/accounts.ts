// Routes of sign-up, sign-in, sign-out, anonymous identities, password reset and the profile.
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
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
} from "../../contracts/accounts.ts";
import { NoContent } from "../../contracts/common.ts";
import { confirmSignUp } from "../../domain/accounts/confirm-sign-up.ts";
import { createAnonymousIdentity } from "../../domain/accounts/create-anonymous-identity.ts";
import { requestPasswordReset, resetPassword } from "../../domain/accounts/reset-password.ts";
import { closeSession, openSession } from "../../domain/accounts/sessions.ts";
import { signIn } from "../../domain/accounts/sign-in.ts";
import { signUp } from "../../domain/accounts/sign-up.ts";
import { updateProfile } from "../../domain/accounts/update-profile.ts";
import type { Context } from "../../domain/context.ts";
import { actorOf, clearSessionCookie, setSessionCookie } from "../plugins/access.ts";
import { presentUser } from "../present/present.ts";

export interface RouteOptions {
  context: () => Context;
  secureCookies: boolean;
  authRateLimit: number;
}

const tags = ["accounts"];

export const accountRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (
  app,
  { context, secureCookies, authRateLimit },
) => {
  const limited = { access: "public" as const, rateLimit: { max: authRateLimit, timeWindow: "1 minute" } };

  app.get(
    "/session",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "Who is signed in, and the CSRF token for state-changing requests",
        response: { 200: SessionBody },
      },
    },
    async (request, reply) => ({
      user: request.user ? presentUser(request.user) : null,
      csrfToken: reply.csrfToken(),
    }),
  );

  app.post(
    "/auth/sign-up",
    {
      config: limited,
      schema: {
        tags,
        summary:
          "Ask for an account: e-mails a confirmation link, or a note when the address has one (always 202, same answer)",
        body: SignUpBody,
        response: { 202: NoContent },
      },
    },
    async (request, reply) => {
      await signUp(context(), request.user ? actorOf(request) : undefined, request.body);
      return reply.code(202).send(null);
    },
  );

  app.post(
    "/auth/sign-up/confirm",
    {
      config: limited,
      schema: {
        tags,
        summary:
          "Create the account of an e-mailed confirmation link (claims the anonymous identity if any), and sign in",
        body: SignUpConfirmBody,
        response: { 200: SignUpConfirmed },
      },
    },
    async (request, reply) => {
      const ctx = context();
      const { user, next } = await confirmSignUp(ctx, request.body.token);
      if (request.sessionToken) await closeSession(ctx.db, request.sessionToken, ctx.now);
      const session = await openSession(ctx.db, user.id, ctx.now);
      setSessionCookie(reply, session.token, secureCookies);
      return { user: presentUser(user), next };
    },
  );

  app.post(
    "/auth/sign-in",
    {
      config: limited,
      schema: {
        tags,
        summary: "Sign in with e-mail and password",
        body: SignInBody,
        response: { 200: UserResponse },
      },
    },
    async (request, reply) => {
      const ctx = context();
      const user = await signIn(ctx, request.body);
      if (request.sessionToken) await closeSession(ctx.db, request.sessionToken, ctx.now);
      const session = await openSession(ctx.db, user.id, ctx.now);
      setSessionCookie(reply, session.token, secureCookies);
      return { user: presentUser(user) };
    },
  );

  app.post(
    "/auth/sign-out",
    {
      config: { access: "public" },
      schema: { tags, summary: "Sign out this browser", response: { 204: NoContent } },
    },
    async (request, reply) => {
      if (request.sessionToken) await closeSession(context().db, request.sessionToken, new Date());
      clearSessionCookie(reply);
      return reply.code(204).send(null);
    },
  );

  app.post(
    "/auth/anonymous",
    {
      config: limited,
      schema: {
        tags,
        summary: "Get a pseudonymous identity bound to this browser",
        body: AnonymousBody,
        response: { 201: UserResponse },
      },
    },
    async (request, reply) => {
      if (request.user) return reply.code(201).send({ user: presentUser(request.user) });
      const ctx = context();
      const user = await createAnonymousIdentity(ctx, request.body.locale);
      const session = await openSession(ctx.db, user.id, ctx.now);
      setSessionCookie(reply, session.token, secureCookies);
      return reply.code(201).send({ user: presentUser(user) });
    },
  );

  app.post(
    "/auth/password-reset",
    {
      config: limited,
      schema: {
        tags,
        summary: "E-mail a one-time reset link (always answers 202)",
        body: ResetRequestBody,
        response: { 202: NoContent },
      },
    },
    async (request, reply) => {
      await requestPasswordReset(context(), request.body.email);
      return reply.code(202).send(null);
    },
  );

  app.post(
    "/auth/password-reset/confirm",
    {
      config: limited,
      schema: {
        tags,
        summary: "Set a new password from a reset link, and sign in",
        body: ResetConfirmBody,
        response: { 200: UserResponse },
      },
    },
    async (request, reply) => {
      const ctx = context();
      const user = await resetPassword(ctx, request.body);
      const session = await openSession(ctx.db, user.id, ctx.now);
      setSessionCookie(reply, session.token, secureCookies);
      return { user: presentUser(user) };
    },
  );

  app.patch(
    "/me",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "Change my name or language",
        body: ProfileBody,
        response: { 200: UserResponse },
      },
    },
    async (request) => ({
      user: presentUser(await updateProfile(context(), actorOf(request), request.body)),
    }),
  );
};
