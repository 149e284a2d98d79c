// Routes of a listening project's alert rules: read them with the latest alerts, set, edit, pause, delete, follow.
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { NoContent } from "../../contracts/common.ts";
import { ProjectParams } from "../../contracts/listening.ts";
import {
  AlertRuleParams,
  AlertRuleResponse,
  AlertRulesResponse,
  AlertSubscriptionBody,
  AlertSubscriptionResponse,
  ChangeAlertRuleBody,
  CreateAlertRuleBody,
} from "../../contracts/listening-alerts.ts";
import { changeAlertRule, deleteAlertRule } from "../../domain/listening/change-alert-rule.ts";
import { createAlertRule } from "../../domain/listening/create-alert-rule.ts";
import { followAlerts, readAlertRules } from "../../domain/listening/read-alert-rules.ts";
import { memberOf } from "../plugins/access.ts";
import { presentAlertFiring, presentAlertRule } from "../present/listening-alerts.ts";
import type { RouteOptions } from "./accounts.ts";

const tags = ["listening"];

export const listeningAlertRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { context }) => {
  const alerts = "/workspaces/:workspaceId/listening/projects/:projectId/alerts";

  app.get(
    alerts,
    {
      config: { access: { workspace: "listening.read" } },
      schema: {
        tags,
        summary: "The project's alert rules, its latest alerts, and whether I follow them",
        params: ProjectParams,
        response: { 200: AlertRulesResponse },
      },
    },
    async (request) => {
      const view = await readAlertRules(context(), memberOf(request), request.params.projectId);
      return {
        rules: view.rules.map(presentAlertRule),
        firings: view.firings.map(presentAlertFiring),
        subscribed: view.subscribed,
      };
    },
  );

  app.post(
    `${alerts}/rules`,
    {
      config: { access: { workspace: "listening.manage" } },
      schema: {
        tags,
        summary: "Set an alert rule (I follow the project's alerts from then on)",
        params: ProjectParams,
        body: CreateAlertRuleBody,
        response: { 201: AlertRuleResponse },
      },
    },
    async (request, reply) => {
      const rule = await createAlertRule(
        context(),
        memberOf(request),
        request.params.projectId,
        request.body,
      );
      return reply.code(201).send({ rule: presentAlertRule(rule) });
    },
  );

  app.patch(
    `${alerts}/rules/:ruleId`,
    {
      config: { access: { workspace: "listening.manage" } },
      schema: {
        tags,
        summary: "Edit, pause or resume an alert rule (its kind stays)",
        params: AlertRuleParams,
        body: ChangeAlertRuleBody,
        response: { 200: AlertRuleResponse },
      },
    },
    async (request) => {
      const { projectId, ruleId } = request.params;
      const rule = await changeAlertRule(context(), memberOf(request), projectId, ruleId, request.body);
      return { rule: presentAlertRule(rule) };
    },
  );

  app.delete(
    `${alerts}/rules/:ruleId`,
    {
      config: { access: { workspace: "listening.manage" } },
      schema: {
        tags,
        summary: "Delete an alert rule and the alerts it fired",
        params: AlertRuleParams,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      const { projectId, ruleId } = request.params;
      await deleteAlertRule(context(), memberOf(request), projectId, ruleId);
      return reply.code(204).send(null);
    },
  );

  app.put(
    `${alerts}/subscription`,
    {
      config: { access: { workspace: "listening.read" } },
      schema: {
        tags,
        summary: "Follow the project's alerts or stop (channels as my notification preferences say)",
        params: ProjectParams,
        body: AlertSubscriptionBody,
        response: { 200: AlertSubscriptionResponse },
      },
    },
    async (request) => ({
      subscribed: await followAlerts(
        context(),
        memberOf(request),
        request.params.projectId,
        request.body.subscribed,
      ),
    }),
  );
};
