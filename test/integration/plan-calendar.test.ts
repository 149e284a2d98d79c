import { sql } from "drizzle-orm";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CalendarItem, CalendarView } from "../../src/contracts/plan-calendar.ts";
import type { Context } from "../../src/domain/context.ts";
import { createDemoCalendar } from "../../src/domain/demo/create-demo-calendar.ts";
import { createDemoPlan } from "../../src/domain/demo/create-demo-plan.ts";
import { addDays } from "../../src/domain/plans/calendar-dates.ts";
import { dayIn, setWorkspaceTimeZone } from "../../src/domain/plans/calendar-time-zone.ts";
import { createCalendarItem } from "../support/calendar-fixture.ts";
import { createChallenge } from "../support/challenge-fixture.ts";
import { createPlan, workspaceApi } from "../support/plan-fixture.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { createWorkspaceFixture, type WorkspaceFixture } from "../support/workspace-fixture.ts";

let server: TestServer;
let w: WorkspaceFixture;
let other: WorkspaceFixture;
beforeAll(async () => {
  server = await startTestServer();
  w = await createWorkspaceFixture(server);
  other = await createWorkspaceFixture(server, { name: "Autre" });
});
afterAll(() => server.stop());

const api = () => workspaceApi(w.workspaceId);
type One = { item: CalendarItem };

async function itemCount(planId: string): Promise<number> {
  const result = await server.database.db.execute<{ n: number }>(
    sql`SELECT count(*)::int AS n FROM calendar_items WHERE plan_id = ${planId}`,
  );
  return result.rows[0]?.n ?? -1;
}

describe("the editorial calendar", () => {
  it("stores an item with its owner, channel, day and time, and the challenge it launches", async () => {
    const { manager, guest } = w.people;
    const planId = await createPlan(manager.client, w.workspaceId);
    const challengeId = await createChallenge(manager.client, w.workspaceId);
    const item = await createCalendarItem(manager.client, w.workspaceId, planId, {
      kind: "action",
      title: "Lancer le défi des marchés",
      message: "Appel aux idées : <b>vos marchés</b>",
      ownerId: guest.userId,
      dueOn: "2027-05-04",
      dueTime: "18:30",
      challengeId,
      checklist: { textWritten: true, visualReady: false, validated: false, scheduled: false },
    });
    expect(item).toMatchObject({
      kind: "action",
      ownerName: expect.any(String),
      day: "2027-05-04",
      startsAt: "2027-05-04T16:30:00.000Z",
      challengeId,
      challengeTitle: expect.any(String),
      message: "Appel aux idées : <b>vos marchés</b>",
      ready: false,
    });
    const read = await guest.client.get<CalendarView>(`${api()}/plans/${planId}/calendar`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ timeZone: "Europe/Paris", soonDays: 3, channels: ["Instagram"] });
    expect(read.body.items.map((i) => i.id)).toEqual([item.id]);
  });

  it("refuses a wrong day, a participant as owner, another workspace's challenge, and stores nothing", async () => {
    const { manager, participant } = w.people;
    const planId = await createPlan(manager.client, w.workspaceId);
    const foreign = await createChallenge(other.people.manager.client, other.workspaceId);
    const path = `${api()}/plans/${planId}/calendar/items`;
    const base = { title: "Post", channel: "Facebook" };
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ dueOn: "2027-02-30" }, "dueOn"],
      [{ dueOn: "2027-02-03", dueTime: "25:00" }, "dueTime"],
      [{ ownerId: participant.userId }, "ownerId"],
      [{ challengeId: foreign }, "challengeId"],
      [{ status: "approved" }, "status"],
      [{ title: "   " }, "title"],
    ];
    for (const [fields, field] of cases) {
      const refused = await manager.client.post(path, { ...base, ...fields });
      expect(refused.status, field).toBe(400);
      expect(refused.body, field).toMatchObject({ code: "invalid-input", field });
    }
    expect(await itemCount(planId)).toBe(0);
  });

  it("lets the client ask changes with a comment, then approve; an edit of the text asks a new approval", async () => {
    const { manager, guest } = w.people;
    const planId = await createPlan(manager.client, w.workspaceId);
    const item = await createCalendarItem(manager.client, w.workspaceId, planId, { dueOn: "2027-06-01" });
    const review = `${api()}/calendar-items/${item.id}/review`;
    const bare = await guest.client.post(review, { decision: "ask-changes" });
    expect(bare.status).toBe(400);
    expect(bare.body).toMatchObject({ field: "comment" });
    const asked = await guest.client.post<One>(review, { decision: "ask-changes", comment: "Plus court" });
    expect(asked.body.item).toMatchObject({ status: "draft", changesAsked: "Plus court" });
    const approved = await guest.client.post<One>(review, { decision: "approve" });
    expect(approved.body.item).toMatchObject({ status: "approved", changesAsked: null });
    expect(approved.body.item.checklist.validated).toBe(true);
    const edited = await manager.client.patch<One>(`${api()}/calendar-items/${item.id}`, {
      message: "Plus court.",
    });
    expect(edited.body.item).toMatchObject({ status: "ready", message: "Plus court." });
    expect(edited.body.item.checklist.validated).toBe(false);
    const forbidden = await guest.client.patch(`${api()}/calendar-items/${item.id}`, { message: "x" });
    expect(forbidden.status).toBe(403);
  });

  it("flags items due within the plan's days and not ready, and follows a change of those days", async () => {
    const { manager } = w.people;
    const planId = await createPlan(manager.client, w.workspaceId);
    const today = dayIn("Europe/Paris", new Date());
    const soon = await createCalendarItem(manager.client, w.workspaceId, planId, {
      dueOn: addDays(today, 2),
    });
    const later = await createCalendarItem(manager.client, w.workspaceId, planId, {
      dueOn: addDays(today, 5),
    });
    const late = await createCalendarItem(manager.client, w.workspaceId, planId, {
      dueOn: addDays(today, -1),
    });
    const flags = (view: CalendarView) => Object.fromEntries(view.items.map((i) => [i.id, i.flag]));
    const read = await manager.client.get<CalendarView>(`${api()}/plans/${planId}/calendar`);
    expect(flags(read.body)).toEqual({ [soon.id]: "due-soon", [later.id]: null, [late.id]: "late" });
    const set = await manager.client.put<CalendarView>(`${api()}/plans/${planId}/calendar/settings`, {
      soonDays: 7,
    });
    expect(flags(set.body)).toEqual({ [soon.id]: "due-soon", [later.id]: "due-soon", [late.id]: "late" });
  });

  it("holds content for a predictable event and dates it on the event's day once known", async () => {
    const { manager } = w.people;
    const planId = await createPlan(manager.client, w.workspaceId);
    const created = await manager.client.post<{ event: { id: string } }>(
      `${api()}/plans/${planId}/calendar/events`,
      {
        title: "Première neige",
      },
    );
    expect(created.status).toBe(201);
    const eventId = created.body.event.id;
    const both = await manager.client.post(`${api()}/plans/${planId}/calendar/items`, {
      title: "Photo de la neige",
      channel: "Instagram",
      eventId,
      dueOn: "2027-01-10",
    });
    expect(both.status).toBe(400);
    expect(both.body).toMatchObject({ field: "eventId" });
    const item = await createCalendarItem(manager.client, w.workspaceId, planId, {
      eventId,
      dueTime: "08:00",
    });
    expect(item).toMatchObject({ day: null, flag: "event-not-ready", eventTitle: "Première neige" });
    const fallen = await manager.client.patch(`${api()}/calendar-events/${eventId}`, { on: "2027-01-12" });
    expect(fallen.body).toMatchObject({ event: { on: "2027-01-12", itemCount: 1, readyCount: 0 } });
    const view = await manager.client.get<CalendarView>(
      `${api()}/plans/${planId}/calendar?from=2027-01-11&to=2027-01-17`,
    );
    expect(view.body.items.map((i) => [i.day, i.startsAt])).toEqual([
      ["2027-01-12", "2027-01-12T07:00:00.000Z"],
    ]);
  });
});

describe("dates in the workspace's time zone", () => {
  const around = ["2027-03-27", "2027-03-28", "2027-10-30", "2027-10-31"];

  it("keeps Paris' days and instants across the March and October changes, in the week view and the iCal", async () => {
    const { manager, guest } = w.people;
    const planId = await createPlan(manager.client, w.workspaceId);
    for (const dueOn of around)
      await createCalendarItem(manager.client, w.workspaceId, planId, { dueOn, dueTime: "10:00" });
    const week = await guest.client.get<CalendarView>(
      `${api()}/plans/${planId}/calendar?from=2027-03-22&to=2027-03-28`,
    );
    expect(week.body.items.map((i) => [i.day, i.startsAt])).toEqual([
      ["2027-03-27", "2027-03-27T09:00:00.000Z"],
      ["2027-03-28", "2027-03-28T08:00:00.000Z"],
    ]);
    const month = await guest.client.get<CalendarView>(
      `${api()}/plans/${planId}/calendar?from=2027-10-01&to=2027-10-31`,
    );
    expect(month.body.items.map((i) => [i.day, i.startsAt])).toEqual([
      ["2027-10-30", "2027-10-30T08:00:00.000Z"],
      ["2027-10-31", "2027-10-31T09:00:00.000Z"],
    ]);
    const ics = await guest.client.get<string>(`${api()}/plans/${planId}/calendar.ics`);
    expect(ics.status).toBe(200);
    expect(ics.headers.get("content-type")).toContain("text/calendar");
    const starts = new ICAL.Component(ICAL.parse(ics.body))
      .getAllSubcomponents("vevent")
      .map((v) => new ICAL.Event(v).startDate.toJSDate().toISOString());
    expect(starts).toEqual([
      "2027-03-27T09:00:00.000Z",
      "2027-03-28T08:00:00.000Z",
      "2027-10-30T08:00:00.000Z",
      "2027-10-31T09:00:00.000Z",
    ]);
  });

  it("reads the same wall-clock times in New York's zone across its March change", async () => {
    const ny = await createWorkspaceFixture(server, { name: "New York" });
    await setWorkspaceTimeZone(server.database.db, ny.workspaceId, "America/New_York", new Date());
    const { manager } = ny.people;
    const planId = await createPlan(manager.client, ny.workspaceId);
    for (const dueOn of ["2027-03-13", "2027-03-14"])
      await createCalendarItem(manager.client, ny.workspaceId, planId, { dueOn, dueTime: "09:00" });
    const week = await manager.client.get<CalendarView>(
      `${workspaceApi(ny.workspaceId)}/plans/${planId}/calendar?from=2027-03-08&to=2027-03-14`,
    );
    expect(week.body.timeZone).toBe("America/New_York");
    expect(week.body.items.map((i) => [i.day, i.startsAt])).toEqual([
      ["2027-03-13", "2027-03-13T14:00:00.000Z"],
      ["2027-03-14", "2027-03-14T13:00:00.000Z"],
    ]);
    const ics = await manager.client.get<string>(
      `${workspaceApi(ny.workspaceId)}/plans/${planId}/calendar.ics`,
    );
    expect(ics.body).toContain("DTSTART:20270313T140000Z");
    expect(ics.body).toContain("DTSTART:20270314T130000Z");
    expect(ics.body).toContain("X-WR-TIMEZONE:America/New_York");
  });
});

describe("the demo's calendar", () => {
  it("fills the coming weeks from the day it is created: flags, an approval, the challenge, a predictable event", async () => {
    const demo = await createWorkspaceFixture(server, { name: "Démo" });
    const { manager, guest } = demo.people;
    const challengeId = await createChallenge(manager.client, demo.workspaceId);
    const now = new Date();
    const ctx = { db: server.database.db, now } as Context;
    const plan = await createDemoPlan(ctx, demo.workspaceId, manager.userId);
    await createDemoCalendar(ctx, demo.workspaceId, plan.id, {
      managerId: manager.userId,
      guestId: guest.userId,
    });
    const { body } = await guest.client.get<CalendarView>(
      `${workspaceApi(demo.workspaceId)}/plans/${plan.id}/calendar`,
    );
    const today = dayIn("Europe/Paris", now);
    const dated = body.items.filter((i) => i.day !== null);
    expect(dated.filter((i) => (i.day ?? "") >= today).length).toBeGreaterThanOrEqual(5);
    expect(dated.every((i) => (i.day ?? "") <= addDays(today, 21))).toBe(true);
    expect(body.items.filter((i) => i.flag === "due-soon").length).toBeGreaterThanOrEqual(2);
    expect(body.items.filter((i) => i.flag === "late")).toHaveLength(1);
    expect(body.items.filter((i) => i.status === "approved")).toHaveLength(1);
    expect(body.items.filter((i) => i.changesAsked)).toHaveLength(1);
    expect(body.items.filter((i) => i.challengeId === challengeId)).toHaveLength(1);
    expect(body.events).toMatchObject([{ title: "Première neige", on: null, itemCount: 1 }]);
    expect(body.items.find((i) => i.eventId !== null)).toMatchObject({ day: null, flag: "event-not-ready" });
    expect(new Set(body.channels).size).toBeGreaterThanOrEqual(4);
  });
});
