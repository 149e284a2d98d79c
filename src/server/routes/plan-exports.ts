// Routes of a plan's exports: download it as PDF, DOCX or Markdown at any moment, list the exports, mark one delivered.
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import {
  ExportParams,
  ExportQuery,
  PlanExportResponse,
  PlanExportsResponse,
} from "../../contracts/plan-sessions.ts";
import { PlanParams } from "../../contracts/plans.ts";
import { markExportDelivered } from "../../domain/plans/export-deliver.ts";
import { exportPlan, type PlanRenderers } from "../../domain/plans/export-plan.ts";
import { readPlanExports } from "../../domain/plans/export-read.ts";
import { memberOf } from "../plugins/access.ts";
import { presentExport, presentExports } from "../present/plan-sessions.ts";
import type { RouteOptions } from "./accounts.ts";

const tags = ["plan exports"];

export const planExportRoutes: FastifyPluginAsyncTypebox<
  RouteOptions & { renderers: PlanRenderers }
> = async (app, { context, renderers }) => {
  app.get(
    "/workspaces/:workspaceId/plans/:planId/export",
    {
      config: { access: { workspace: "plan.read" } },
      schema: {
        tags,
        summary: "Download the plan now as PDF, DOCX or Markdown, optionally with the annex of sessions",
        params: PlanParams,
        querystring: ExportQuery,
        produces: [
          "application/pdf",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "text/markdown",
        ],
      },
    },
    async (request, reply) => {
      const file = await exportPlan(
        context(),
        memberOf(request),
        request.params.planId,
        {
          format: request.query.format,
          withAnnex: request.query.annex === "true",
        },
        renderers,
      );
      return reply
        .header("content-type", file.mediaType)
        .header("content-disposition", `attachment; filename="${file.fileName}"`)
        .header("x-export-id", file.record.id)
        .send(file.bytes);
    },
  );

  app.get(
    "/workspaces/:workspaceId/plans/:planId/exports",
    {
      config: { access: { workspace: "plan.read" } },
      schema: {
        tags,
        summary: "The plan's exports, and what changed since the last one delivered to the client",
        params: PlanParams,
        response: { 200: PlanExportsResponse },
      },
    },
    async (request) => {
      const found = await readPlanExports(context(), memberOf(request), request.params.planId);
      return presentExports(found.exports, found.changesSinceDelivery);
    },
  );

  app.post(
    "/workspaces/:workspaceId/plan-exports/:exportId/delivered",
    {
      config: { access: { workspace: "plan.manage" } },
      schema: {
        tags,
        summary: "Mark an export as delivered to the client",
        params: ExportParams,
        response: { 200: PlanExportResponse },
      },
    },
    async (request) => ({
      export: presentExport(await markExportDelivered(context(), memberOf(request), request.params.exportId)),
    }),
  );
};
