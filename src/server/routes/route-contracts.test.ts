import Fastify, { type RouteOptions } from "fastify";
import { beforeAll, describe, expect, it } from "vitest";
import { apiRoutes } from "../../contracts/api-routes.ts";
import type { RouteContract } from "../../contracts/route-contract.ts";
import type { Context } from "../../domain/context.ts";
import type { LiveHub } from "../live/live-hub.ts";
import { accountDataRoutes } from "./account-data.ts";
import { accountRoutes } from "./accounts.ts";
import { challengeControlRoutes } from "./challenge-controls.ts";
import { challengeRoutes } from "./challenges.ts";
import { contestRoutes } from "./contest.ts";
import { conversationRoutes } from "./conversations.ts";
import { debriefRoutes } from "./debrief.ts";
import { ideaRoutes } from "./ideas.ts";
import { listeningAlertRoutes } from "./listening-alerts.ts";
import { listeningAuditRoutes } from "./listening-audit.ts";
import { listeningFeedRoutes } from "./listening-feeds.ts";
import { moderationRoutes } from "./moderation.ts";
import { notificationRoutes } from "./notifications.ts";
import { planCalendarRoutes } from "./plan-calendar.ts";
import { synthesisRoutes } from "./synthesis.ts";
import { workspaceRoutes } from "./workspaces.ts";

interface Declared {
  params?: unknown;
  querystring?: unknown;
  body?: unknown;
  response?: Record<string, unknown>;
}

/** Every route the JSON route plugins register, keyed like the route table, with the schemas it declares. */
async function serverRoutes(): Promise<Map<string, Declared>> {
  const routes = new Map<string, Declared>();
  const app = Fastify();
  app.addHook("onRoute", (route: RouteOptions) => {
    for (const method of [route.method].flat()) {
      if (method !== "HEAD") routes.set(`${method} ${route.url}`, (route.schema ?? {}) as Declared);
    }
  });
  // Registering declares the routes; no handler runs, so no context is ever opened.
  const options = {
    context: (): Context => {
      throw new Error("no request is served here");
    },
    secureCookies: false,
    authRateLimit: 1,
    hub: {} as LiveHub,
  };
  for (const plugin of [
    accountRoutes,
    accountDataRoutes,
    workspaceRoutes,
    challengeRoutes,
    challengeControlRoutes,
    ideaRoutes,
    conversationRoutes,
    debriefRoutes,
    contestRoutes,
    moderationRoutes,
    notificationRoutes,
    synthesisRoutes,
    listeningAlertRoutes,
    planCalendarRoutes,
    listeningFeedRoutes,
    listeningAuditRoutes,
  ]) {
    await app.register(plugin as typeof debriefRoutes, options);
  }
  await app.ready();
  await app.close();
  return routes;
}

describe("the API's route table", () => {
  let server = new Map<string, Declared>();
  // Importing every route module takes a few seconds on a busy machine.
  beforeAll(async () => {
    server = await serverRoutes();
  }, 60_000);

  it("gives every route the very schemas the server validates and answers with", () => {
    for (const [key, contract] of Object.entries(apiRoutes) as [string, RouteContract][]) {
      const declared = server.get(key);
      expect(declared, `${key} is not a route of the server`).toBeDefined();
      for (const part of ["params", "querystring", "body"] as const) {
        expect(declared?.[part] === contract[part], `${key}: ${part} differs from the server's`).toBe(true);
      }
      const codes = Object.keys(declared?.response ?? {});
      expect(codes, `${key}: response codes`).toEqual(Object.keys(contract.response));
      for (const code of codes) {
        const schema = contract.response[Number(code) as keyof RouteContract["response"]];
        expect(declared?.response?.[code] === schema, `${key}: response ${code} differs`).toBe(true);
      }
    }
  });

  it("lists every route of the server that answers JSON", () => {
    const json = [...server].filter(([, declared]) => declared.response !== undefined).map(([key]) => key);
    expect(json.filter((key) => !(key in apiRoutes))).toEqual([]);
  });
});
