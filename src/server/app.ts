// Builds the Fastify application (it does not listen): plugins, API routes, OpenAPI, live channel, web app.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import cookie from "@fastify/cookie";
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
import type { Database } from "../db/open-database.ts";
import { instanceSecret } from "../db/stores/notification-outbox.ts";
import type { Mailer } from "../domain/context.ts";
import { auditReportPdf, auditReportWebParts } from "../io/export/listening-report-pdf.ts";
import { calendarIcs } from "../io/export/plan-calendar-ics.ts";
import { planDocx } from "../io/export/plan-docx.ts";
import { planMarkdown } from "../io/export/plan-markdown.ts";
import { planPdf } from "../io/export/plan-pdf.ts";
import { readPolisTexts } from "../io/import/polis-texts.ts";
import { type BackgroundWork, backgroundWork, contextFactory } from "../jobs/process-context.ts";
import { lazySchemaCompilers } from "./lazy-schema-compilers.ts";
import { LiveHub } from "./live/live-hub.ts";
import { watchPlanEditors } from "./plan-editing/plan-editors-watch.ts";
import { PlanRooms } from "./plan-editing/plan-rooms.ts";
import access from "./plugins/access.ts";
import problems, { sendProblem } from "./plugins/problems.ts";
import requestForgery from "./plugins/request-forgery.ts";
import textGuard from "./plugins/text-guard.ts";
import { accountDataRoutes } from "./routes/account-data.ts";
import { accountRoutes } from "./routes/accounts.ts";
import { challengeControlRoutes } from "./routes/challenge-controls.ts";
import { challengeRoutes } from "./routes/challenges.ts";
import { contestRoutes } from "./routes/contest.ts";
import { conversationRoutes } from "./routes/conversations.ts";
import { debriefRoutes } from "./routes/debrief.ts";
import { healthRoutes } from "./routes/health.ts";
import { ideaRoutes } from "./routes/ideas.ts";
import { listeningRoutes } from "./routes/listening.ts";
import { listeningAlertRoutes } from "./routes/listening-alerts.ts";
import { listeningAuditRoutes } from "./routes/listening-audit.ts";
import { listeningFeedRoutes } from "./routes/listening-feeds.ts";
import { liveRoutes } from "./routes/live.ts";
import { moderationRoutes } from "./routes/moderation.ts";
import { notificationRoutes } from "./routes/notifications.ts";
import { planCalendarRoutes } from "./routes/plan-calendar.ts";
import { planCommentRoutes } from "./routes/plan-comments.ts";
import { planEditingRoutes } from "./routes/plan-editing.ts";
import { planExportRoutes } from "./routes/plan-exports.ts";
import { planImageRoutes } from "./routes/plan-images.ts";
import { planSessionRoutes } from "./routes/plan-sessions.ts";
import { planRoutes } from "./routes/plans.ts";
import { publicRoutes } from "./routes/public.ts";
import { synthesisRoutes } from "./routes/synthesis.ts";
import { workspaceRoutes } from "./routes/workspaces.ts";

export interface AppDependencies {
  config: Config;
  database: Database;
  logger: Logger;
  mailer: Mailer;
  /** The support batcher, analysis thread and job queue this process shares; made here when not given. */
  background?: BackgroundWork;
}

const webDist = fileURLToPath(new URL("../../web/dist", import.meta.url));

declare module "fastify" {
  interface FastifyInstance {
    /** Compiles now every route schema not used yet (tests do, so that a broken schema fails them); returns how many. */
    compilePendingSchemas(): number;
  }
}

export async function buildApp({
  config,
  database,
  logger,
  mailer,
  background,
}: AppDependencies): Promise<FastifyInstance> {
  // Schemas compile at their route's first use rather than all at start-up (see lazy-schema-compilers.ts).
  const schemaCompilers = lazySchemaCompilers();
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    bodyLimit: 1 << 20,
    trustProxy: config.trustProxy,
    // Our own onResponse hook writes the one line per request.
    logController: new LogController({ disableRequestLogging: true }),
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: true } },
    schemaController: {
      compilersFactory: {
        buildValidator: schemaCompilers.buildValidator,
        buildSerializer: schemaCompilers.buildSerializer,
      },
    },
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.decorate("compilePendingSchemas", () => schemaCompilers.compilePending());

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

  const shared = background ?? backgroundWork(logger, database.db);
  app.addHook("onClose", () => shared.analysis.close());
  // The requests of people are held to the per-person write limits; the instance's own work is not.
  const context = contextFactory(
    { db: database.db, mailer, publicUrl: config.publicUrl, writeLimits: config.writeLimits },
    shared,
  );
  const secureCookies = config.publicUrl.startsWith("https://");
  const hub = new LiveHub(database.url, logger);
  await hub.start();
  app.addHook("onClose", () => hub.close());
  // Live editing of plans: one room per open plan in this process, edits exchanged through the update log.
  const rooms = new PlanRooms(database.db, database.url, logger);
  await rooms.start();
  app.addHook("onClose", () => rooms.close());
  watchPlanEditors(hub, rooms);

  await app.register(problems);
  // Security headers on every response, from one helmet middleware built here (building it parses the policy, so
  // it is not rebuilt at each request).
  const securityHeaders = helmet({
    // HSTS only when Cocrea is reached over HTTPS: over plain HTTP it would pin a browser to an address without TLS.
    strictTransportSecurity: secureCookies,
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
  await app.register(rateLimit, { global: false });
  // A plan editor coming back online sends all its offline edits in one message: 4 MiB leaves room for a long plan.
  await app.register(websocket, { options: { maxPayload: 4 * 1024 * 1024 } });
  await app.register(access, { db: database.db });

  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Cocrea API",
        version: "1",
        description:
          "JSON API of Cocrea. Sign in with the session cookie; send the csrfToken from GET /api/v1/session (bound to the session: fetch it again after signing in or out) in the x-csrf-token header of every POST, PUT, PATCH and DELETE, which are refused when their Origin (or Referer) is another site. Errors are application/problem+json (RFC 9457) with a stable `code` and the offending `field`.",
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
      // State-changing requests must come from this site's pages with their session's CSRF token.
      await api.register(requestForgery, {
        publicUrl: config.publicUrl,
        hmacKey: await instanceSecret(database.db, "csrf-hmac"),
        secureCookies,
      });
      await api.register(textGuard);
      await api.register(accountRoutes, { context, secureCookies, authRateLimit: config.authRateLimit });
      await api.register(accountDataRoutes, { context, secureCookies, authRateLimit: config.authRateLimit });
      await api.register(workspaceRoutes, { context, secureCookies, authRateLimit: config.authRateLimit });
      await api.register(challengeRoutes, { context, secureCookies, authRateLimit: config.authRateLimit });
      await api.register(challengeControlRoutes, {
        context,
        secureCookies,
        authRateLimit: config.authRateLimit,
      });
      await api.register(ideaRoutes, { context, secureCookies, authRateLimit: config.authRateLimit });
      await api.register(conversationRoutes, {
        context,
        secureCookies,
        authRateLimit: config.authRateLimit,
        readPolisTexts,
      });
      await api.register(debriefRoutes, {
        context,
        secureCookies,
        authRateLimit: config.authRateLimit,
        hub,
      });
      await api.register(contestRoutes, { context, secureCookies, authRateLimit: config.authRateLimit });
      await api.register(moderationRoutes, { context, secureCookies, authRateLimit: config.authRateLimit });
      await api.register(notificationRoutes, { context, secureCookies, authRateLimit: config.authRateLimit });
      await api.register(publicRoutes, { context, secureCookies, authRateLimit: config.authRateLimit });
      await api.register(synthesisRoutes, { context, secureCookies, authRateLimit: config.authRateLimit });
      await api.register(planSessionRoutes, { context, secureCookies, authRateLimit: config.authRateLimit });
      await api.register(planCalendarRoutes, {
        context,
        secureCookies,
        authRateLimit: config.authRateLimit,
        calendarIcs,
      });
      await api.register(planExportRoutes, {
        context,
        secureCookies,
        authRateLimit: config.authRateLimit,
        renderers: { pdf: planPdf, docx: planDocx, markdown: async (doc) => Buffer.from(planMarkdown(doc)) },
      });
      await api.register(listeningRoutes, { context, secureCookies, authRateLimit: config.authRateLimit });
      await api.register(listeningAlertRoutes, {
        context,
        secureCookies,
        authRateLimit: config.authRateLimit,
      });
      await api.register(listeningFeedRoutes, {
        context,
        secureCookies,
        authRateLimit: config.authRateLimit,
      });
      await api.register(listeningAuditRoutes, {
        context,
        secureCookies,
        authRateLimit: config.authRateLimit,
        reportRenderers: {
          pdf: (report, language) => auditReportPdf(report, language),
          page: auditReportWebParts,
        },
      });
      await api.register(liveRoutes, { hub, db: database.db, publicUrl: config.publicUrl });
      await api.register(healthRoutes, { pool: database.pool, listening: () => hub.listening });
      await api.register(planRoutes, { context, secureCookies, authRateLimit: config.authRateLimit, rooms });
      await api.register(planCommentRoutes, { context, secureCookies, authRateLimit: config.authRateLimit });
      await api.register(planImageRoutes, {
        context,
        secureCookies,
        authRateLimit: config.authRateLimit,
        dataDir: config.dataDir,
      });
      await api.register(planEditingRoutes, { rooms, db: database.db, publicUrl: config.publicUrl, hub });
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
