// Every JSON route of the API under /api/v1, method and path template → its schemas: the server declares the same
// schema objects (a test checks both ways), and the web client takes its types from here, so that a changed schema
// breaks the web build wherever a page relies on it. Each capability lists its routes in routes/<capability>.ts.
import { accountDataRouteContracts } from "./routes/account-data.ts";
import { accountRouteContracts } from "./routes/accounts.ts";
import { challengeControlRouteContracts } from "./routes/challenge-controls.ts";
import { challengeRouteContracts } from "./routes/challenges.ts";
import { contestRouteContracts } from "./routes/contest.ts";
import { conversationRouteContracts } from "./routes/conversations.ts";
import { debriefRouteContracts } from "./routes/debrief.ts";
import { ideaRouteContracts } from "./routes/ideas.ts";
import { listeningAlertRouteContracts } from "./routes/listening-alerts.ts";
import { listeningAuditRouteContracts } from "./routes/listening-audit.ts";
import { listeningFeedRouteContracts } from "./routes/listening-feeds.ts";
import { moderationRouteContracts } from "./routes/moderation.ts";
import { notificationRouteContracts } from "./routes/notifications.ts";
import { planCalendarRouteContracts } from "./routes/plan-calendar.ts";
import { synthesisRouteContracts } from "./routes/synthesis.ts";
import { workspaceRouteContracts } from "./routes/workspaces.ts";

/** The API's JSON routes, keyed "METHOD /path/:param" as the server registers them under /api/v1. */
export const apiRoutes = {
  ...accountRouteContracts,
  ...accountDataRouteContracts,
  ...workspaceRouteContracts,
  ...challengeRouteContracts,
  ...challengeControlRouteContracts,
  ...ideaRouteContracts,
  ...conversationRouteContracts,
  ...debriefRouteContracts,
  ...contestRouteContracts,
  ...moderationRouteContracts,
  ...notificationRouteContracts,
  ...synthesisRouteContracts,
  ...listeningAlertRouteContracts,
  ...planCalendarRouteContracts,
  ...listeningFeedRouteContracts,
  ...listeningAuditRouteContracts,
} as const;

/** The route table's type, for clients. */
export type ApiRoutes = typeof apiRoutes;
