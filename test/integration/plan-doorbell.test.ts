// A process whose plan-editing doorbell was away catches up on the edits other processes logged meanwhile.
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { openPlanStore } from "../../src/db/stores/plan-store.ts";
import { readSections } from "../../src/domain/plans/plan-document.ts";
import type { EditingConnection } from "../../src/server/plan-editing/plan-room.ts";
import { PlanRooms } from "../../src/server/plan-editing/plan-rooms.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { createWorkspaceFixture } from "../support/workspace-fixture.ts";

const logger = pino({ level: "silent" });
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

/** A socket that only records what the room sends it. */
function recordingConnection(userId: string): EditingConnection & { received: Uint8Array[] } {
  const received: Uint8Array[] = [];
  return {
    userId,
    readOnly: false,
    clientIds: new Set(),
    received,
    send: (m) => received.push(m),
    close: () => {},
  };
}

const sectionText = (doc: Y.Doc) => JSON.stringify(readSections(doc).sections.map((s) => s.content));

describe("the plan editing doorbell", () => {
  it("brings an open plan up to date with the edits logged while it was away", async () => {
    const home = await createWorkspaceFixture(server);
    const created = await home.people.manager.client.post<{ plan: { id: string } }>(
      `/api/v1/workspaces/${home.workspaceId}/plans`,
      { title: "Plan rattrapé", language: "fr" },
    );
    const planId = created.body.plan.id;
    // The rooms of a process whose doorbell is not listening: nothing tells them of other processes' edits.
    const rooms = new PlanRooms(server.database.db, server.database.url, logger);
    const socket = recordingConnection(home.people.manager.userId);
    expect(await rooms.join(planId, home.workspaceId, socket)).toBe(true);
    const store = openPlanStore(server.database.db, home.workspaceId);
    const stored = await store.documentOf(planId);
    const other = new Y.Doc();
    Y.applyUpdate(other, stored?.state ?? new Uint8Array());
    const before = Y.encodeStateVector(other);
    const sectionId = readSections(other).sections[0]?.id ?? "";
    other.transact(() => {
      const paragraph = new Y.XmlElement("paragraph");
      other.getXmlFragment(`body:${sectionId}`).insert(0, [paragraph]);
      const run = new Y.XmlText();
      paragraph.insert(0, [run]);
      run.insert(0, "Écrit pendant la coupure.");
    });
    await store.appendUpdate(
      planId,
      "update",
      Buffer.from(Y.encodeStateAsUpdate(other, before)),
      "another-process",
    );
    const sentBefore = socket.received.length;

    await rooms.catchUp();

    const room = await (rooms as unknown as { rooms: Map<string, Promise<{ doc: Y.Doc }>> }).rooms.get(
      planId,
    );
    expect(sectionText(room?.doc ?? new Y.Doc())).toContain("Écrit pendant la coupure.");
    expect(socket.received.length).toBeGreaterThan(sentBefore);
    // A second catch-up finds nothing new and sends nothing.
    const sentAfter = socket.received.length;
    await rooms.catchUp();
    expect(socket.received.length).toBe(sentAfter);
    await rooms.close();
  });
});
