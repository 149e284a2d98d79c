// Review reminders of plans' decisions: sent on the review day of the workspace's time zone, once across processes.
import pino from "pino";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Database, openDatabase } from "../../src/db/open-database.ts";
import { remindDecisionReviews } from "../../src/domain/plans/remind-decision-reviews.ts";
import { createPlan, scheduleSession, workspaceApi } from "../support/plan-fixture.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { createWorkspaceFixture, type WorkspaceFixture } from "../support/workspace-fixture.ts";

let server: TestServer;
let second: Database;
beforeAll(async () => {
  server = await startTestServer();
  second = await openDatabase({
    databaseUrl: inject("databaseUrl"),
    dataDir: "",
    logger: pino({ level: "silent" }),
  });
});
afterAll(async () => {
  await second.close();
  await server.stop();
});

type Client = WorkspaceFixture["people"]["owner"]["client"];
type Centre = {
  notifications: Array<{
    kind: string;
    plan: { id: string; title: string } | null;
    workspace: { id: string };
    details: { type: string; statement?: string; reviewOn?: string } | null;
  }>;
};

const reviewsOf = async (w: WorkspaceFixture, client: Client) =>
  (await client.get<Centre>("/api/v1/notifications")).body.notifications.filter(
    (n) => n.kind === "decision-review" && n.workspace.id === w.workspaceId,
  );

describe("decision review reminders", () => {
  it("remind the plan's managers and the carrier on the review day, once across two processes", async () => {
    const w = await createWorkspaceFixture(server);
    const { owner, manager, guest, participant, moderator } = w.people;
    const planId = await createPlan(manager.client, w.workspaceId);
    const sessionId = await scheduleSession(manager.client, w.workspaceId, planId);
    const decisions = `${workspaceApi(w.workspaceId)}/plan-sessions/${sessionId}/decisions`;
    const recorded = await manager.client.post(decisions, {
      statement: "Ouvrir un compte Instagram",
      carriedBy: guest.userId,
      reviewOn: "2031-01-10",
    });
    expect(recorded.status).toBe(201);
    await manager.client.post(decisions, { statement: "Refaire le site", reviewOn: "2031-01-12" });

    // 23:30 UTC on the 9th is still the 9th in Paris (the workspace's zone by default): not yet.
    await remindDecisionReviews({ db: server.database.db, now: new Date("2031-01-09T22:30:00Z") });
    expect(await reviewsOf(w, manager.client)).toEqual([]);

    // 00:30 on the 10th in Paris: two processes look at once, and again later; one reminder each.
    const due = new Date("2031-01-09T23:30:00Z");
    await Promise.all([
      remindDecisionReviews({ db: server.database.db, now: due }),
      remindDecisionReviews({ db: second.db, now: due }),
    ]);
    await remindDecisionReviews({ db: second.db, now: new Date("2031-01-10T12:00:00Z") });

    const heard = await reviewsOf(w, manager.client);
    expect(heard).toEqual([
      expect.objectContaining({
        plan: { id: planId, title: "Plan de communication du marché" },
        details: expect.objectContaining({
          type: "decision-review",
          statement: "Ouvrir un compte Instagram",
          reviewOn: "2031-01-10",
        }),
      }),
    ]);
    expect(await reviewsOf(w, owner.client)).toHaveLength(1);
    expect(await reviewsOf(w, guest.client)).toHaveLength(1);
    expect(await reviewsOf(w, participant.client)).toEqual([]);
    expect(await reviewsOf(w, moderator.client)).toEqual([]);

    // The preferences show the kind to those it may reach, and not to a participant.
    type Prefs = { preferences: Array<{ kind: string }> };
    const kinds = async (client: Client) =>
      (await client.get<Prefs>("/api/v1/notifications/preferences")).body.preferences.map((p) => p.kind);
    expect(await kinds(manager.client)).toEqual(
      expect.arrayContaining(["listening-alert", "decision-review"]),
    );
    expect(await kinds(participant.client)).not.toContain("decision-review");

    const mail = await until(() =>
      server.mails.find((m) => m.to === manager.email && m.subject.startsWith("Décision à revoir")),
    );
    expect(mail.text).toContain(`/workspaces/${w.workspaceId}/plans/${planId}/sessions`);
  });
});

async function until<T>(probe: () => T | undefined, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const found = probe();
    if (found !== undefined) return found;
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
