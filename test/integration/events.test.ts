// The events that leave PostgreSQL's NOTIFY channel match their schemas, the one built in SQL by the support batch too.
import { Value } from "@sinclair/typebox/value";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type PublishedEvent, PublishedEventSchema, SupportChanged } from "../../src/contracts/events.ts";
import { eventChannel } from "../../src/db/stores/events.ts";
import { createChallenge, submitIdea } from "../support/challenge-fixture.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { createWorkspaceFixture } from "../support/workspace-fixture.ts";

let server: TestServer;
let listener: pg.Client;
const heard: unknown[] = [];
const waiters: Array<{ wanted: (payload: PublishedEvent) => boolean; resolve: (p: PublishedEvent) => void }> =
  [];

beforeAll(async () => {
  server = await startTestServer();
  listener = new pg.Client({ connectionString: server.database.url });
  await listener.connect();
  listener.on("notification", (message) => {
    const payload = JSON.parse(message.payload ?? "null") as PublishedEvent;
    heard.push(payload);
    for (const waiter of [...waiters]) {
      if (waiter.wanted(payload)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(payload);
      }
    }
  });
  await listener.query(`LISTEN ${eventChannel}`);
});
afterAll(async () => {
  await listener.end();
  await server.stop();
});

function heardEvent(wanted: (payload: PublishedEvent) => boolean): Promise<PublishedEvent> {
  const found = (heard as PublishedEvent[]).find(wanted);
  if (found) return Promise.resolve(found);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not heard; got ${JSON.stringify(heard)}`)), 5000);
    waiters.push({
      wanted,
      resolve: (payload) => {
        clearTimeout(timer);
        resolve(payload);
      },
    });
  });
}

describe("published events", () => {
  it("announces a support written by the batch's SQL with an event its schema accepts", async () => {
    const w = await createWorkspaceFixture(server);
    const challengeId = await createChallenge(w.people.manager.client, w.workspaceId);
    const ideaId = await submitIdea(w.people.participant.client, w.workspaceId, challengeId);
    const response = await w.people.moderator.client.put(
      `/api/v1/workspaces/${w.workspaceId}/ideas/${ideaId}/support`,
    );
    expect(response.status).toBe(200);

    const published = await heardEvent(
      (p) => p.event?.type === "support.changed" && p.event.data.ideaId === ideaId,
    );
    expect([...Value.Errors(PublishedEventSchema, published)]).toEqual([]);
    expect(Value.Check(SupportChanged, published.event)).toBe(true);
    expect(published).toEqual({
      event: {
        type: "support.changed",
        workspaceId: w.workspaceId,
        at: expect.any(String),
        data: { challengeId, ideaId, userId: w.people.moderator.userId, supported: true, supportCount: 1 },
      },
      audience: { kind: "workspace", workspaceId: w.workspaceId },
    });
  });

  it("publishes every event of a contribution, a comment and a reaction in the shape its schema states", async () => {
    const w = await createWorkspaceFixture(server);
    const challengeId = await createChallenge(w.people.manager.client, w.workspaceId);
    const ideaId = await submitIdea(w.people.participant.client, w.workspaceId, challengeId);
    const idea = `/api/v1/workspaces/${w.workspaceId}/ideas/${ideaId}`;
    await w.people.manager.client.post(`${idea}/comments`, { body: "Réponse officielle." });
    const reacted = await w.people.moderator.client.post(`${idea}/reactions`, { emotion: "love" });
    expect(reacted.status).toBe(200);
    await heardEvent((p) => p.event?.type === "reaction.changed" && p.event.data.ideaId === ideaId);
    await heardEvent(
      (p) => p.event?.type === "notification.created" && p.event.workspaceId === w.workspaceId,
    );

    const ours = (heard as PublishedEvent[]).filter((p) => p.event?.workspaceId === w.workspaceId);
    const types = new Set(ours.map((p) => p.event.type));
    for (const type of [
      "member.joined",
      "challenge.published",
      "idea.submitted",
      "comment.posted",
      "notification.created",
      "reaction.changed",
    ] as const)
      expect(types).toContain(type);
    for (const published of ours) expect([...Value.Errors(PublishedEventSchema, published)]).toEqual([]);
    const notification = ours.find((p) => p.event.type === "notification.created");
    expect(notification?.audience).toEqual({
      kind: "person",
      userId: w.people.participant.userId,
      workspaceId: w.workspaceId,
    });
  });
});
