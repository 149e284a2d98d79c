// Builds the Fastify application (it does not listen): plugins, API routes, OpenAPI, live channel, web app.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import cookie from "@fastify/cookie";
import csrf from "@fastify/csrf-protection";
import rateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import websocket from "@fastify/websocket";
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from "fastify";
import helmet from "helmet";
import type { Logger } from "pino";
import type { Config } from "../config.ts";
import { Problem } from "../contracts/common.ts";
import type { Database, Db } from "../db/open-database.ts";
import { SupportBatcher } from "../domain/challenges/support-batcher.ts";
import type { Context, Mailer } from "../domain/context.ts";
import { sendNotificationEmails } from "../domain/notifications/send-notification-emails.ts";
import { AnalysisRunner } from "../jobs/analysis-runner.ts";
import { Coalescer } from "../jobs/coalescer.ts";
import { LiveHub } from "./live/live-hub.ts";
import access from "./plugins/access.ts";
import problems, { sendProblem } from "./plugins/problems.ts";
import { accountRoutes } from "./routes/accounts.ts";
import { challengeRoutes } from "./routes/challenges.ts";
import { contestRoutes } from "./routes/contest.ts";
import { conversationRoutes } from "./routes/conversations.ts";
import { debriefRoutes } from "./routes/debrief.ts";
import { ideaRoutes } from "./routes/ideas.ts";
import { listeningRoutes } from "./routes/listening.ts";
import { listeningAuditRoutes } from "./routes/listening-audit.ts";
import { liveRoutes } from "./routes/live.ts";
import { moderationRoutes } from "./routes/moderation.ts";
import { notificationRoutes } from "./routes/notifications.ts";
import { synthesisRoutes } from "./routes/synthesis.ts";
import { workspaceRoutes } from "./routes/workspaces.ts";

export interface AppDependencies {
  config: Config;
  database: Database;
  logger: Logger;
  mailer: Mailer;
  /** The worker thread and recomputation queue; made here when not given. */
  background?: BackgroundWork;
}

export type BackgroundWork = Pick<Context, "analysis" | "recomputes" | "supports">;

/** The analysis worker, the coalescer of recomputations and the support batcher that one server process shares. */
export function backgroundWork(logger: Logger, db: Db): BackgroundWork {
  return {
    supports: new SupportBatcher(db, {
      onBatchFailure: (error, requests) =>
        logger.warn({ err: error, requests }, "support batch failed; its requests are retried one by one"),
    }),
    analysis: new AnalysisRunner(),
    recomputes: new Coalescer({
      delayMs: 200,
      onError: (key, error) => logger.error({ err: error, key }, "background recomputation failed"),
    }),
  };
}

const webDist = fileURLToPath(new URL("../../web/dist", import.meta.url));

export async function buildApp({
  config,
  database,
  logger,
  mailer,
  background,
}: AppDependencies): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    bodyLimit: 1 << 20,
    trustProxy: config.trustProxy,
    // Our own onResponse hook writes the one line per request.
    logController: new LogController({ disableRequestLogging: true }),
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: true } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  // One structured line per request, without cookies, bodies or tokens in the URL.
  app.addHook("onResponse", async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        url: request.routeOptions.url ?? request.url.split("?")[0],
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
        user: request.user?.id,
      },
      "request",
    );
  });

  const { analysis, recomputes, supports } = background ?? backgroundWork(logger, database.db);
  app.addHook("onClose", () => analysis.close());
  const context = (): Context => ({
    db: database.db,
    now: new Date(),
    mailer,
    publicUrl: config.publicUrl,
    analysis,
    recomputes,
    supports,
  });
  const secureCookies = config.publicUrl.startsWith("https://");
  const hub = new LiveHub(database.url, logger);
  await hub.start();
  app.addHook("onClose", () => hub.close());
  // E-mails of notifications leave after their transaction commits: woken by the notification's own event, and
  // swept every minute for any left behind (a process stopped in the middle, a missed event).
  const sendEmails = () =>
    recomputes.request("notification-emails", async () => {
      await sendNotificationEmails(context(), (error, notificationId) =>
        logger.error({ err: error, notificationId }, "notification e-mail not sent"),
      );
    });
  hub.onEvent((event) => {
    if (event.type === "notification.created") sendEmails();
  });
  sendEmails();
  const emailSweep = setInterval(sendEmails, 60_000).unref();
  app.addHook("onClose", async () => clearInterval(emailSweep));

  await app.register(problems);
  // Security headers on every response, from one helmet middleware built here (building it parses the policy, so
  // it is not rebuilt at each request).
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "https:"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: secureCookies ? [] : null,
      },
    },
  });
  app.addHook("onRequest", (request, reply, done) => {
    securityHeaders(request.raw, reply.raw, (error) => done(error as Error | undefined));
  });
  await app.register(cookie);
  await app.register(csrf, {
    cookieKey: "cocrea_csrf",
    cookieOpts: { httpOnly: true, sameSite: "strict", path: "/", secure: secureCookies },
    getToken: (request) => request.headers["x-csrf-token"] as string | undefined,
  });
  await app.register(rateLimit, { global: false });
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });
  await app.register(access, { db: database.db });

  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Cocrea API",
        version: "1",
        description:
          "JSON API of Cocrea. Sign in with the session cookie; send the csrfToken from GET /api/v1/session in the x-csrf-token header of every POST, PUT, PATCH and DELETE. Errors are application/problem+json (RFC 9457) with a stable `code` and the offending `field`.",
      },
      servers: [{ url: config.publicUrl }],
      components: { securitySchemes: { session: { type: "apiKey", in: "cookie", name: "cocrea_session" } } },
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) },
  });
  app.addSchema(Problem);
  await app.register(swaggerUi, { routePrefix: "/api/docs", staticCSP: true });

  await app.register(
    async (api) => {
      // State-changing requests need the CSRF token; safe ones (GET, HEAD) do not change anything.
      api.addHook("preValidation", (request, reply, done) => {
        if (request.method === "GET" || request.method === "HEAD" || request.method === "OPTIONS")
          return done();
        api.csrfProtection(request, reply, done);
      });
      await api.register(accountRoutes, { context, secureCookies, authRateLimit: config.authRateLimit });
      await api.register(workspaceRoutes, { context, secureCookies, authRateLimit: config.authRateLimit });
      await api.register(challengeRoutes, { context, secureCookies, authRateLimit: config.authRateLimit });
      await api.register(ideaRoutes, { context, secureCookies, authRateLimit: config.authRateLimit });
      await api.register(conversationRoutes, { context, secureCookies, authRateLimit: config.authRateLimit });
      await api.register(debriefRoutes, {
        context,
        secureCookies,
        authRateLimit: config.authRateLimit,
        hub,
      });
      await api.register(contestRoutes, { context, secureCookies, authRateLimit: config.authRateLimit });
      await api.register(moderationRoutes, { context, secureCookies, authRateLimit: config.authRateLimit });
      await api.register(notificationRoutes, { context, secureCookies, authRateLimit: config.authRateLimit });
      await api.register(synthesisRoutes, { context, secureCookies, authRateLimit: config.authRateLimit });
      await api.register(listeningRoutes, { context, secureCookies, authRateLimit: config.authRateLimit });
      await api.register(listeningAuditRoutes, {
        context,
        secureCookies,
        authRateLimit: config.authRateLimit,
      });
      await api.register(liveRoutes, { hub, db: database.db, publicUrl: config.publicUrl });
    },
    { prefix: "/api/v1" },
  );

  await registerWebApp(app);
  return app;
}

/** Serves the built React app, with index.html for every client-side route. */
async function registerWebApp(app: FastifyInstance): Promise<void> {
  if (!existsSync(webDist)) {
    app.get("/", { config: { access: "public" }, schema: { hide: true } }, async (_request, reply) =>
      reply.type("text/plain").send("Cocrea API is running. Build the web app with `npm run build:web`."),
    );
    return;
  }
  await app.register(fastifyStatic, { root: webDist, wildcard: false, index: ["index.html"] });
  // A catch-all route, not a second not-found handler: the problems plugin already owns the root's one.
  app.get("/*", { config: { access: "public" }, schema: { hide: true } }, async (request, reply) => {
    const path = request.url.split("?")[0] ?? "/";
    // API paths and missing files (an old /assets/*.js after a rebuild) get a 404, not the page.
    if (path.startsWith("/api/") || /\.[a-z0-9]+$/i.test(path)) {
      return sendProblem(reply, "not-found", `Nothing at ${request.method} ${path}.`);
    }
    return reply.sendFile("index.html");
  });
}
