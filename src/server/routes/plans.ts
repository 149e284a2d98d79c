// Routes of plans: list, start from the template, read the readable copy, rename, delete, validate sections.
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { NoContent } from "../../contracts/common.ts";
import {
  CreatePlanBody,
  PlanContentResponse,
  PlanListResponse,
  PlanParams,
  PlanResponse,
  PlanSectionParams,
  RenamePlanBody,
} from "../../contracts/plans.ts";
import { openPlanStore } from "../../db/stores/plan-store.ts";
import { deletePlan, renamePlan } from "../../domain/plans/change-plan.ts";
import { createPlan } from "../../domain/plans/create-plan.ts";
import { readPlanContent } from "../../domain/plans/read-plan-content.ts";
import { setSectionValidation } from "../../domain/plans/validate-section.ts";
import type { PlanRooms } from "../plan-editing/plan-rooms.ts";
import { memberOf } from "../plugins/access.ts";
import { presentPlan, presentPlanSections } from "../present/plans.ts";
import type { RouteOptions } from "./accounts.ts";

const tags = ["plans"];

export const planRoutes: FastifyPluginAsyncTypebox<RouteOptions & { rooms: PlanRooms }> = async (
  app,
  { context, rooms },
) => {
  const plans = "/workspaces/:workspaceId/plans";

  app.get(
    plans,
    {
      config: { access: { workspace: "plan.read" } },
      schema: {
        tags,
        summary: "The workspace's plans, last edited first",
        response: { 200: PlanListResponse },
      },
    },
    async (request) => {
      const rows = await openPlanStore(context().db, memberOf(request).workspaceId).list();
      return { plans: rows.map(presentPlan) };
    },
  );

  app.post(
    plans,
    {
      config: { access: { workspace: "plan.manage" } },
      schema: {
        tags,
        summary: "Start a plan from the communication-plan template (French or English)",
        body: CreatePlanBody,
        response: { 201: PlanResponse },
      },
    },
    async (request, reply) => {
      const plan = await createPlan(context(), memberOf(request), request.body);
      return reply.code(201).send({ plan: presentPlan(plan) });
    },
  );

  app.get(
    `${plans}/:planId`,
    {
      config: { access: { workspace: "plan.read" } },
      schema: {
        tags,
        summary:
          "A plan's sections as text and Markdown, with their validation (the live text is on the editing socket)",
        params: PlanParams,
        response: { 200: PlanContentResponse },
      },
    },
    async (request) => {
      const { workspaceId } = memberOf(request);
      await rooms.flushPlan(request.params.planId);
      const content = await readPlanContent(openPlanStore(context().db, workspaceId), request.params.planId);
      const plan = await openPlanStore(context().db, workspaceId).plan(request.params.planId);
      if (!plan) throw new Error("plan vanished while read");
      return { plan: presentPlan(plan), sections: presentPlanSections(content) };
    },
  );

  app.patch(
    `${plans}/:planId`,
    {
      config: { access: { workspace: "plan.manage" } },
      schema: {
        tags,
        summary: "Rename a plan",
        params: PlanParams,
        body: RenamePlanBody,
        response: { 200: PlanResponse },
      },
    },
    async (request) => ({
      plan: presentPlan(
        await renamePlan(context(), memberOf(request), request.params.planId, request.body.title),
      ),
    }),
  );

  app.delete(
    `${plans}/:planId`,
    {
      config: { access: { workspace: "plan.manage" } },
      schema: {
        tags,
        summary: "Delete a plan, closing its editors",
        params: PlanParams,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      await deletePlan(context(), memberOf(request), request.params.planId);
      return reply.code(204).send(null);
    },
  );

  for (const validated of [true, false]) {
    app.route({
      method: validated ? "PUT" : "DELETE",
      url: `${plans}/:planId/sections/:sectionId/validation`,
      config: { access: { workspace: "plan.validate" } },
      schema: {
        tags,
        summary: validated
          ? "The client validates a section as it reads now"
          : "Take back a section's validation",
        params: PlanSectionParams,
        response: { 204: NoContent },
      },
      handler: async (request, reply) => {
        const { planId, sectionId } = request.params as { planId: string; sectionId: string };
        await rooms.flushPlan(planId);
        await setSectionValidation(context(), memberOf(request), planId, sectionId, validated);
        return reply.code(204).send(null);
      },
    });
  }
};
