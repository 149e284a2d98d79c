// JSON routes of a listening project's alert rules.

import { NoContent } from "../common.ts";
import { ProjectParams } from "../listening.ts";
import {
  AlertRuleParams,
  AlertRuleResponse,
  AlertRulesResponse,
  AlertSubscriptionBody,
  AlertSubscriptionResponse,
  ChangeAlertRuleBody,
  CreateAlertRuleBody,
} from "../listening-alerts.ts";
import type { RouteContract } from "../route-contract.ts";

/** Each route's schemas, keyed "METHOD /path" as the server registers it under /api/v1. */
export const listeningAlertRouteContracts = {
  "GET /workspaces/:workspaceId/listening/projects/:projectId/alerts": {
    params: ProjectParams,
    response: { 200: AlertRulesResponse },
  },
  "POST /workspaces/:workspaceId/listening/projects/:projectId/alerts/rules": {
    params: ProjectParams,
    body: CreateAlertRuleBody,
    response: { 201: AlertRuleResponse },
  },
  "PATCH /workspaces/:workspaceId/listening/projects/:projectId/alerts/rules/:ruleId": {
    params: AlertRuleParams,
    body: ChangeAlertRuleBody,
    response: { 200: AlertRuleResponse },
  },
  "DELETE /workspaces/:workspaceId/listening/projects/:projectId/alerts/rules/:ruleId": {
    params: AlertRuleParams,
    response: { 204: NoContent },
  },
  "PUT /workspaces/:workspaceId/listening/projects/:projectId/alerts/subscription": {
    params: ProjectParams,
    body: AlertSubscriptionBody,
    response: { 200: AlertSubscriptionResponse },
  },
} as const satisfies Record<string, RouteContract>;
