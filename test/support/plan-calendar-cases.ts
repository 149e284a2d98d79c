// The editorial calendar's cases of the authorization matrix: each builds its target in the workspace it is given.
import type { Action, Role } from "../../src/domain/permissions.ts";
import { createCalendarItem } from "./calendar-fixture.ts";
import { createPlan, workspaceApi } from "./plan-fixture.ts";
import type { WorkspaceFixture } from "./workspace-fixture.ts";

interface CalendarRouteCase {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  route: string;
  action: Action;
  prepare(w: WorkspaceFixture, role: Role): Promise<{ path: string; body?: unknown }>;
}

/** One plan per workspace, made by its owner. */
const plans = new Map<string, Promise<string>>();
function planOf(w: WorkspaceFixture): Promise<string> {
  let found = plans.get(w.workspaceId);
  if (!found) {
    found = createPlan(w.people.owner.client, w.workspaceId);
    plans.set(w.workspaceId, found);
  }
  return found;
}
const calendarPath = async (w: WorkspaceFixture, tail = "") =>
  `${workspaceApi(w.workspaceId)}/plans/${await planOf(w)}/calendar${tail}`;
/** A fresh item of the workspace's plan. */
const itemPath = async (w: WorkspaceFixture, tail = "") => {
  const item = await createCalendarItem(w.people.owner.client, w.workspaceId, await planOf(w), {
    dueOn: "2027-04-01",
  });
  return `${workspaceApi(w.workspaceId)}/calendar-items/${item.id}${tail}`;
};
/** A fresh predictable event of the workspace's plan. */
const eventPath = async (w: WorkspaceFixture) => {
  const created = await w.people.owner.client.post<{ event: { id: string } }>(
    await calendarPath(w, "/events"),
    {
      title: "Jour de marché",
    },
  );
  return `${workspaceApi(w.workspaceId)}/calendar-events/${created.body.event.id}`;
};

const plan = "/api/v1/workspaces/{workspaceId}/plans/{planId}/calendar";
const item = "/api/v1/workspaces/{workspaceId}/calendar-items/{itemId}";
const event = "/api/v1/workspaces/{workspaceId}/calendar-events/{eventId}";

export const planCalendarCases: CalendarRouteCase[] = [
  {
    method: "GET",
    route: plan,
    action: "plan.read",
    prepare: async (w) => ({ path: await calendarPath(w) }),
  },
  {
    method: "GET",
    route: `${plan}.ics`,
    action: "plan.read",
    prepare: async (w) => ({ path: await calendarPath(w, ".ics") }),
  },
  {
    method: "PUT",
    route: `${plan}/settings`,
    action: "plan.manage",
    prepare: async (w) => ({ path: await calendarPath(w, "/settings"), body: { soonDays: 4 } }),
  },
  {
    method: "POST",
    route: `${plan}/items`,
    action: "plan.manage",
    prepare: async (w) => ({
      path: await calendarPath(w, "/items"),
      body: { title: "Post", channel: "Web" },
    }),
  },
  {
    method: "PATCH",
    route: item,
    action: "plan.manage",
    prepare: async (w) => ({ path: await itemPath(w), body: { status: "ready" } }),
  },
  {
    method: "DELETE",
    route: item,
    action: "plan.manage",
    prepare: async (w) => ({ path: await itemPath(w) }),
  },
  {
    method: "POST",
    route: `${item}/review`,
    action: "plan.validate",
    prepare: async (w) => ({ path: await itemPath(w, "/review"), body: { decision: "approve" } }),
  },
  {
    method: "POST",
    route: `${plan}/events`,
    action: "plan.manage",
    prepare: async (w) => ({ path: await calendarPath(w, "/events"), body: { title: "Neige" } }),
  },
  {
    method: "PATCH",
    route: event,
    action: "plan.manage",
    prepare: async (w) => ({ path: await eventPath(w), body: { on: "2027-01-12" } }),
  },
  {
    method: "DELETE",
    route: event,
    action: "plan.manage",
    prepare: async (w) => ({ path: await eventPath(w) }),
  },
];
