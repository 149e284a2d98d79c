// Routes of a plan's editorial calendar: its items and predictable events (plan.manage), the client's review of an
// item (plan.validate), the views' data and the iCalendar export (plan.read).
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { NoContent } from "../../contracts/common.ts";
import {
  CalendarEventBody,
  CalendarEventParams,
  CalendarEventResponse,
  CalendarItemParams,
  CalendarItemResponse,
  CalendarQuery,
  CalendarResponse,
  CalendarSettingsBody,
  CreateCalendarItemBody,
  ReviewCalendarItemBody,
  UpdateCalendarEventBody,
  UpdateCalendarItemBody,
} from "../../contracts/plan-calendar.ts";
import { PlanParams } from "../../contracts/plans.ts";
import type { Context, MemberActor } from "../../domain/context.ts";
import {
  createCalendarEvent,
  removeCalendarEvent,
  setCalendarSoonDays,
  updateCalendarEvent,
} from "../../domain/plans/calendar-event-write.ts";
import { type CalendarWriter, exportCalendar } from "../../domain/plans/calendar-export.ts";
import { reviewCalendarItem } from "../../domain/plans/calendar-item-review.ts";
import {
  createCalendarItem,
  removeCalendarItem,
  updateCalendarItem,
} from "../../domain/plans/calendar-item-write.ts";
import { readCalendar } from "../../domain/plans/calendar-read.ts";
import { AppError } from "../../errors.ts";
import { memberOf } from "../plugins/access.ts";
import type { RouteOptions } from "./accounts.ts";

const tags = ["plan calendar"];
const calendar = "/workspaces/:workspaceId/plans/:planId/calendar";
const item = "/workspaces/:workspaceId/calendar-items/:itemId";
const event = "/workspaces/:workspaceId/calendar-events/:eventId";

/** One item as the views show it, after a write. */
async function itemOf(ctx: Context, member: MemberActor, planId: string, itemId: string) {
  const found = (await readCalendar(ctx, member, planId)).items.find((i) => i.id === itemId);
  if (!found) throw new AppError("not-found", "This calendar item does not exist in this workspace.");
  return { item: found };
}

/** One predictable event as the views show it, after a write. */
async function eventOf(ctx: Context, member: MemberActor, planId: string, eventId: string) {
  const found = (await readCalendar(ctx, member, planId)).events.find((e) => e.id === eventId);
  if (!found) throw new AppError("not-found", "This predictable event does not exist in this workspace.");
  return { event: found };
}

/** The routes; `calendarIcs` writes the iCalendar file (io/export/plan-calendar-ics.ts, given by app.ts). */
export const planCalendarRoutes: FastifyPluginAsyncTypebox<
  RouteOptions & { calendarIcs: CalendarWriter }
> = async (app, { context, calendarIcs }) => {
  app.get(
    calendar,
    {
      config: { access: { workspace: "plan.read" } },
      schema: {
        tags,
        summary:
          "The plan's calendar between two days (both included), items flagged, in the workspace's time zone",
        params: PlanParams,
        querystring: CalendarQuery,
        response: { 200: CalendarResponse },
      },
    },
    async (request) => readCalendar(context(), memberOf(request), request.params.planId, request.query),
  );

  app.get(
    `${calendar}.ics`,
    {
      config: { access: { workspace: "plan.read" } },
      schema: {
        tags,
        summary: "The plan's dated calendar items as iCalendar (RFC 5545)",
        params: PlanParams,
      },
    },
    async (request, reply) => {
      const text = await exportCalendar(context(), memberOf(request), request.params.planId, calendarIcs);
      return reply
        .header("content-type", "text/calendar; charset=utf-8")
        .header("content-disposition", 'attachment; filename="calendar.ics"')
        .send(text);
    },
  );

  app.put(
    `${calendar}/settings`,
    {
      config: { access: { workspace: "plan.manage" } },
      schema: {
        tags,
        summary: "How many days ahead an item not ready is flagged",
        params: PlanParams,
        body: CalendarSettingsBody,
        response: { 200: CalendarResponse },
      },
    },
    async (request) => {
      const ctx = context();
      const member = memberOf(request);
      await setCalendarSoonDays(ctx, member, request.params.planId, request.body.soonDays);
      return readCalendar(ctx, member, request.params.planId);
    },
  );

  app.post(
    `${calendar}/items`,
    {
      config: { access: { workspace: "plan.manage" } },
      schema: {
        tags,
        summary: "Add an action or a publication to the calendar",
        params: PlanParams,
        body: CreateCalendarItemBody,
        response: { 201: CalendarItemResponse },
      },
    },
    async (request, reply) => {
      const ctx = context();
      const member = memberOf(request);
      const created = await createCalendarItem(ctx, member, request.params.planId, request.body);
      return reply.code(201).send(await itemOf(ctx, member, created.planId, created.id));
    },
  );

  app.patch(
    item,
    {
      config: { access: { workspace: "plan.manage" } },
      schema: {
        tags,
        summary: "Change a calendar item; a change to what the client approved asks for a new approval",
        params: CalendarItemParams,
        body: UpdateCalendarItemBody,
        response: { 200: CalendarItemResponse },
      },
    },
    async (request) => {
      const ctx = context();
      const member = memberOf(request);
      const updated = await updateCalendarItem(ctx, member, request.params.itemId, request.body);
      return itemOf(ctx, member, updated.planId, updated.id);
    },
  );

  app.delete(
    item,
    {
      config: { access: { workspace: "plan.manage" } },
      schema: {
        tags,
        summary: "Remove a calendar item",
        params: CalendarItemParams,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      await removeCalendarItem(context(), memberOf(request), request.params.itemId);
      return reply.code(204).send(null);
    },
  );

  app.post(
    `${item}/review`,
    {
      config: { access: { workspace: "plan.validate" } },
      schema: {
        tags,
        summary: "The client approves an item or asks changes, saying what",
        params: CalendarItemParams,
        body: ReviewCalendarItemBody,
        response: { 200: CalendarItemResponse },
      },
    },
    async (request) => {
      const ctx = context();
      const member = memberOf(request);
      const reviewed = await reviewCalendarItem(ctx, member, request.params.itemId, request.body);
      return itemOf(ctx, member, reviewed.planId, reviewed.id);
    },
  );

  app.post(
    `${calendar}/events`,
    {
      config: { access: { workspace: "plan.manage" } },
      schema: {
        tags,
        summary: "Add a predictable event (a snowfall, a market day) that content is prepared for",
        params: PlanParams,
        body: CalendarEventBody,
        response: { 201: CalendarEventResponse },
      },
    },
    async (request, reply) => {
      const ctx = context();
      const member = memberOf(request);
      const created = await createCalendarEvent(ctx, member, request.params.planId, request.body);
      return reply.code(201).send(await eventOf(ctx, member, created.planId, created.id));
    },
  );

  app.patch(
    event,
    {
      config: { access: { workspace: "plan.manage" } },
      schema: {
        tags,
        summary: "Change a predictable event, or give its day once it is known",
        params: CalendarEventParams,
        body: UpdateCalendarEventBody,
        response: { 200: CalendarEventResponse },
      },
    },
    async (request) => {
      const ctx = context();
      const member = memberOf(request);
      const updated = await updateCalendarEvent(ctx, member, request.params.eventId, request.body);
      return eventOf(ctx, member, updated.planId, updated.id);
    },
  );

  app.delete(
    event,
    {
      config: { access: { workspace: "plan.manage" } },
      schema: {
        tags,
        summary: "Remove a predictable event; its items stay, undated",
        params: CalendarEventParams,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      await removeCalendarEvent(context(), memberOf(request), request.params.eventId);
      return reply.code(204).send(null);
    },
  );
};
