// Routes of a plan's working sessions: schedule, change, close; decisions, paths, urgent needs, deliverables;
// versions compared. Readers of plans read them; who writes what is in permissions.ts (plan.manage, edit, validate).
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import {
  CompareQuery,
  CompareResponse,
  DecisionBody,
  DeliverableBody,
  DeliverableParams,
  DeliverableStatusBody,
  NeedBody,
  PathBody,
  PathParams,
  PathStatusBody,
  PlanSessionsResponse,
  ScheduleSessionBody,
  SessionParams,
  SessionResponse,
  UpdateSessionBody,
} from "../../contracts/plan-sessions.ts";
import { PlanParams } from "../../contracts/plans.ts";
import type { Context, MemberActor } from "../../domain/context.ts";
import { dayIn, workspaceTimeZone } from "../../domain/plans/calendar-time-zone.ts";
import { recordDecision } from "../../domain/plans/decision-record.ts";
import { readDeliverableFile, recordDeliverable } from "../../domain/plans/deliverable-record.ts";
import { changeDeliverableStatus } from "../../domain/plans/deliverable-status.ts";
import { recordUrgentNeed } from "../../domain/plans/need-record.ts";
import { changePathStatus, recordPath } from "../../domain/plans/path-record.ts";
import { closeSession } from "../../domain/plans/session-close.ts";
import { readPlanSessions } from "../../domain/plans/session-read.ts";
import { scheduleSession } from "../../domain/plans/session-schedule.ts";
import { updateSession } from "../../domain/plans/session-update.ts";
import { compareVersions, type VersionRef } from "../../domain/plans/version-compare.ts";
import { AppError } from "../../errors.ts";
import { memberOf } from "../plugins/access.ts";
import { presentPlanSessions } from "../present/plan-sessions.ts";
import type { RouteOptions } from "./accounts.ts";

const tags = ["plan sessions"];
const session = "/workspaces/:workspaceId/plan-sessions/:sessionId";

/** Everything about the plan's sessions, as the panel shows it. */
async function sessionsOf(ctx: Context, member: MemberActor, planId: string) {
  const [view, zone] = await Promise.all([
    readPlanSessions(ctx, member, planId),
    workspaceTimeZone(ctx.db, member.workspaceId),
  ]);
  return presentPlanSessions(view, member.workspaceId, dayIn(zone, ctx.now));
}

/** One session as the panel shows it, after a write. */
async function sessionOf(ctx: Context, member: MemberActor, planId: string, sessionId: string) {
  const found = (await sessionsOf(ctx, member, planId)).sessions.find((s) => s.id === sessionId);
  if (!found) throw new AppError("not-found", "This working session does not exist in this workspace.");
  return { session: found };
}

const refOf = (value: string): VersionRef => (value === "current" ? "current" : Number(value));

export const planSessionRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { context }) => {
  app.get(
    "/workspaces/:workspaceId/plans/:planId/sessions",
    {
      config: { access: { workspace: "plan.read" } },
      schema: {
        tags,
        summary: "A plan's working sessions with their records, and its versions with what each changed",
        params: PlanParams,
        response: { 200: PlanSessionsResponse },
      },
    },
    async (request) => sessionsOf(context(), memberOf(request), request.params.planId),
  );

  app.post(
    "/workspaces/:workspaceId/plans/:planId/sessions",
    {
      config: { access: { workspace: "plan.manage" } },
      schema: {
        tags,
        summary: "Schedule a working session: date, attendees, agenda with durations",
        params: PlanParams,
        body: ScheduleSessionBody,
        response: { 201: SessionResponse },
      },
    },
    async (request, reply) => {
      const ctx = context();
      const member = memberOf(request);
      const created = await scheduleSession(ctx, member, request.params.planId, request.body);
      return reply.code(201).send(await sessionOf(ctx, member, created.planId, created.id));
    },
  );

  app.patch(
    session,
    {
      config: { access: { workspace: "plan.edit" } },
      schema: {
        tags,
        summary: "Change an open session: title, date, attendees, agenda, minutes",
        params: SessionParams,
        body: UpdateSessionBody,
        response: { 200: SessionResponse },
      },
    },
    async (request) => {
      const ctx = context();
      const member = memberOf(request);
      const updated = await updateSession(ctx, member, request.params.sessionId, request.body);
      return sessionOf(ctx, member, updated.planId, updated.id);
    },
  );

  app.post(
    `${session}/close`,
    {
      config: { access: { workspace: "plan.manage" } },
      schema: {
        tags,
        summary: "Close a session: its record is frozen and a version of the plan is kept",
        params: SessionParams,
        response: { 200: SessionResponse },
      },
    },
    async (request) => {
      const ctx = context();
      const member = memberOf(request);
      const closed = await closeSession(ctx, member, request.params.sessionId);
      return sessionOf(ctx, member, closed.session.planId, closed.session.id);
    },
  );

  const record = <B>(
    path: string,
    summary: string,
    body: B,
    write: (
      ctx: Context,
      member: MemberActor,
      sessionId: string,
      input: never,
    ) => Promise<{ planId: string }>,
  ) =>
    app.post(
      `${session}/${path}`,
      {
        config: { access: { workspace: "plan.edit" } },
        bodyLimit: 8 * 1024 * 1024,
        schema: {
          tags,
          summary,
          params: SessionParams,
          body: body as typeof DecisionBody,
          response: { 201: SessionResponse },
        },
      },
      async (request, reply) => {
        const ctx = context();
        const member = memberOf(request);
        const row = await write(ctx, member, request.params.sessionId, request.body as never);
        return reply.code(201).send(await sessionOf(ctx, member, row.planId, request.params.sessionId));
      },
    );
  record(
    "decisions",
    "Record a decision: the option chosen, who carries it, when to review it",
    DecisionBody,
    recordDecision,
  );
  record("paths", "Record an explored path, kept or abandoned with why", PathBody, recordPath);
  record(
    "needs",
    "Record an urgent need of the client met since the last session",
    NeedBody,
    recordUrgentNeed,
  );
  record(
    "deliverables",
    "Record a deliverable: a text or a file (base64, at most 5 MiB)",
    DeliverableBody,
    recordDeliverable,
  );

  app.put(
    "/workspaces/:workspaceId/plan-paths/:pathId/status",
    {
      config: { access: { workspace: "plan.edit" } },
      schema: {
        tags,
        summary: "Keep or abandon a path (abandoning says why); it stays visible",
        params: PathParams,
        body: PathStatusBody,
        response: { 200: SessionResponse },
      },
    },
    async (request) => {
      const ctx = context();
      const member = memberOf(request);
      const path = await changePathStatus(ctx, member, request.params.pathId, request.body);
      return sessionOf(ctx, member, path.planId, path.sessionId);
    },
  );

  app.put(
    "/workspaces/:workspaceId/plan-deliverables/:deliverableId/status",
    {
      config: { access: { workspace: "plan.validate" } },
      schema: {
        tags,
        summary: "Submit a deliverable to the client, validate it, or ask changes (saying which)",
        params: DeliverableParams,
        body: DeliverableStatusBody,
        response: { 200: SessionResponse },
      },
    },
    async (request) => {
      const ctx = context();
      const member = memberOf(request);
      const row = await changeDeliverableStatus(ctx, member, request.params.deliverableId, request.body);
      return sessionOf(ctx, member, row.planId, row.sessionId);
    },
  );

  app.get(
    "/workspaces/:workspaceId/plan-deliverables/:deliverableId/file",
    {
      config: { access: { workspace: "plan.read" } },
      schema: { tags, summary: "Download a deliverable's file", params: DeliverableParams },
    },
    async (request, reply) => {
      const file = await readDeliverableFile(context(), memberOf(request), request.params.deliverableId);
      return reply
        .header("content-type", file.mediaType)
        .header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`)
        .send(file.bytes);
    },
  );

  app.get(
    "/workspaces/:workspaceId/plans/:planId/versions/compare",
    {
      config: { access: { workspace: "plan.read" } },
      schema: {
        tags,
        summary: "Compare two versions of the plan (or a version and the current plan), section by section",
        params: PlanParams,
        querystring: CompareQuery,
        response: { 200: CompareResponse },
      },
    },
    async (request) => ({
      sections: await compareVersions(
        context(),
        memberOf(request),
        request.params.planId,
        refOf(request.query.from),
        refOf(request.query.to),
      ),
    }),
  );
};
