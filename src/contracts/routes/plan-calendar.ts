// JSON routes of a plan's editorial calendar (the iCalendar export answers text/calendar and is not listed).

import { NoContent } from "../common.ts";
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
} from "../plan-calendar.ts";
import { PlanParams } from "../plans.ts";
import type { RouteContract } from "../route-contract.ts";

/** Each route's schemas, keyed "METHOD /path" as the server registers it under /api/v1. */
export const planCalendarRouteContracts = {
  "GET /workspaces/:workspaceId/plans/:planId/calendar": {
    params: PlanParams,
    querystring: CalendarQuery,
    response: { 200: CalendarResponse },
  },
  "PUT /workspaces/:workspaceId/plans/:planId/calendar/settings": {
    params: PlanParams,
    body: CalendarSettingsBody,
    response: { 200: CalendarResponse },
  },
  "POST /workspaces/:workspaceId/plans/:planId/calendar/items": {
    params: PlanParams,
    body: CreateCalendarItemBody,
    response: { 201: CalendarItemResponse },
  },
  "PATCH /workspaces/:workspaceId/calendar-items/:itemId": {
    params: CalendarItemParams,
    body: UpdateCalendarItemBody,
    response: { 200: CalendarItemResponse },
  },
  "DELETE /workspaces/:workspaceId/calendar-items/:itemId": {
    params: CalendarItemParams,
    response: { 204: NoContent },
  },
  "POST /workspaces/:workspaceId/calendar-items/:itemId/review": {
    params: CalendarItemParams,
    body: ReviewCalendarItemBody,
    response: { 200: CalendarItemResponse },
  },
  "POST /workspaces/:workspaceId/plans/:planId/calendar/events": {
    params: PlanParams,
    body: CalendarEventBody,
    response: { 201: CalendarEventResponse },
  },
  "PATCH /workspaces/:workspaceId/calendar-events/:eventId": {
    params: CalendarEventParams,
    body: UpdateCalendarEventBody,
    response: { 200: CalendarEventResponse },
  },
  "DELETE /workspaces/:workspaceId/calendar-events/:eventId": {
    params: CalendarEventParams,
    response: { 204: NoContent },
  },
} as const satisfies Record<string, RouteContract>;
