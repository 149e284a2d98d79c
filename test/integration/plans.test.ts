// Plans: starting one from the template, reading its readable copy, co-editing it live over the editing socket.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { orderName } from "../../src/contracts/plan-document.ts";
import { openPlanStore } from "../../src/db/stores/plan-store.ts";
import type { Context } from "../../src/domain/context.ts";
import { createDemoPlan } from "../../src/domain/demo/create-demo-plan.ts";
import { readSections } from "../../src/domain/plans/plan-document.ts";
import { replaceSectionContent } from "../../src/domain/plans/replace-section-content.ts";
import { editingPath, openPlanEditor, rawEditingSocket } from "../support/plan-editor.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { createWorkspaceFixture, type WorkspaceFixture } from "../support/workspace-fixture.ts";

let server: TestServer;
let home: WorkspaceFixture;
let other: WorkspaceFixture;

beforeAll(async () => {
  server = await startTestServer({ COCREA_DATA: await mkdtemp(join(tmpdir(), "cocrea-plans-")) });
  home = await createWorkspaceFixture(server, { name: "Ville de Sainte-Aurore" });
  other = await createWorkspaceFixture(server, { name: "Autre" });
});
afterAll(() => server.stop());

interface Section {
  id: string;
  title: string;
  kind: string;
  text: string;
  markdown: string;
  validation: { changedSince: boolean } | null;
}

async function newPlan(title = "Plan de communication 2027", language: "fr" | "en" = "fr") {
  const response = await home.people.manager.client.post<{ plan: { id: string } }>(
    `/api/v1/workspaces/${home.workspaceId}/plans`,
    { title, language },
  );
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.plan.id;
}

async function readPlan(planId: string, by = home.people.guest.client) {
  const response = await by.get<{ plan: { title: string }; sections: Section[] }>(
    `/api/v1/workspaces/${home.workspaceId}/plans/${planId}`,
  );
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

/** Appends a paragraph holding `text` to a section's body, as an editor typing would. */
function type(doc: Y.Doc, sectionId: string, text: string): void {
  doc.transact(() => {
    const fragment = doc.getXmlFragment(`body:${sectionId}`);
    const paragraph = new Y.XmlElement("paragraph");
    fragment.insert(fragment.length, [paragraph]);
    const run = new Y.XmlText();
    paragraph.insert(0, [run]);
    run.insert(0, text);
  });
}

/** Waits until the server holds `text` in a section: a second editor sees it there. */
async function serverHolds(planId: string, sectionId: string, text: string): Promise<void> {
  const witness = await openPlanEditor(home.people.owner.client, home.workspaceId, planId);
  await witness.until(sectionHolds(sectionId, text));
  witness.close();
}

const sectionHolds = (sectionId: string, text: string) => (doc: Y.Doc) =>
  JSON.stringify(readSections(doc).sections.find((s) => s.id === sectionId)?.content ?? "").includes(text);

describe("plans", () => {
  it("starts a plan from the French template with its ten sections, readable by the client", async () => {
    const planId = await newPlan();
    const { plan, sections } = await readPlan(planId);
    expect(plan.title).toBe("Plan de communication 2027");
    expect(sections.map((s) => s.kind)).toEqual([
      "context",
      "questions",
      "objectives",
      "publics",
      "messages",
      "channels",
      "resources",
      "action-plan",
      "evaluation",
      "charter",
    ]);
    expect(sections[1]?.text).toContain("« Nous n'avons pas besoin d'y être » est une réponse valable");
    const list = await home.people.guest.client.get<{ plans: Array<{ id: string }> }>(
      `/api/v1/workspaces/${home.workspaceId}/plans`,
    );
    expect(list.body.plans.map((p) => p.id)).toContain(planId);
  });

  it("holds the demo city's plan half-written: diagnosis, questions, objectives and publics done", async () => {
    const ctx = { db: server.database.db, now: new Date() } as Context;
    const plan = await createDemoPlan(ctx, home.workspaceId, home.people.manager.userId);
    const { sections } = await readPlan(plan.id);
    expect(sections).toHaveLength(10);
    expect(sections[0]?.text).toContain("Belleville-sur-Loire compte 6 200 habitants.");
    expect(sections[1]?.text).toContain("Instagram et X : nous n'avons pas besoin d'y être.");
    expect(sections[2]?.markdown).toContain("Point de départ : 30 % · Cible : 90 % · Échéance : 2027-03-31");
    // Still the template's prompts: the working sessions have not reached the action plan yet.
    expect(sections[7]?.text).toContain("80 % du travail se fait dans les préparatifs.");
  });

  it("refuses a plan without a title or in another language, naming the field, and stores nothing", async () => {
    const path = `/api/v1/workspaces/${home.workspaceId}/plans`;
    const before = await home.people.owner.client.get<{ plans: unknown[] }>(path);
    const untitled = await home.people.owner.client.post(path, { title: "  ", language: "fr" });
    expect(untitled.status).toBe(400);
    expect(JSON.stringify(untitled.body)).toContain("title");
    const german = await home.people.owner.client.post(path, { title: "Plan", language: "de" });
    expect(german.status).toBe(400);
    expect(JSON.stringify(german.body)).toContain("language");
    const after = await home.people.owner.client.get<{ plans: unknown[] }>(path);
    expect(after.body.plans.length).toBe(before.body.plans.length);
  });

  it("refuses the editing socket to a participant, a moderator, another workspace's owner and a visitor", async () => {
    const planId = await newPlan();
    const path = editingPath(home.workspaceId, planId);
    for (const role of ["participant", "moderator"] as const) {
      expect((await rawEditingSocket(server.url, path, home.people[role].client.cookieHeader())).status).toBe(
        403,
      );
    }
    expect((await rawEditingSocket(server.url, path, other.people.owner.client.cookieHeader())).status).toBe(
      404,
    );
    expect((await rawEditingSocket(server.url, path)).status).toBe(401);
    // Another workspace's plan through one's own workspace id: the socket opens, then closes, the plan unknown there.
    const foreign = editingPath(other.workspaceId, planId);
    const opened = await rawEditingSocket(server.url, foreign, other.people.owner.client.cookieHeader());
    const code = await new Promise<number>((resolve) => opened.socket?.once("close", (c) => resolve(c)));
    expect(code).toBe(4404);
  });

  it("lets the consultant and the client co-edit one section, each seeing the other's text, then stores it", async () => {
    const planId = await newPlan();
    const consultant = await openPlanEditor(home.people.manager.client, home.workspaceId, planId);
    const client = await openPlanEditor(home.people.guest.client, home.workspaceId, planId);
    const sectionId = readSections(client.doc).sections[0]?.id ?? "";
    type(consultant.doc, sectionId, "La mairie parle peu sur les réseaux.");
    type(client.doc, sectionId, "Les habitants nous lisent surtout sur le panneau lumineux.");
    await client.until(sectionHolds(sectionId, "La mairie parle peu"));
    await consultant.until(sectionHolds(sectionId, "panneau lumineux"));
    expect(readSections(client.doc)).toEqual(readSections(consultant.doc));
    const stored = (await readPlan(planId)).sections[0]?.text ?? "";
    expect(stored).toContain("La mairie parle peu sur les réseaux.");
    expect(stored).toContain("Les habitants nous lisent surtout sur le panneau lumineux.");
    consultant.close();
    client.close();
  });

  it("merges edits made offline when the connection comes back", async () => {
    const planId = await newPlan();
    const consultant = await openPlanEditor(home.people.manager.client, home.workspaceId, planId);
    const client = await openPlanEditor(home.people.guest.client, home.workspaceId, planId);
    const sectionId = readSections(client.doc).sections[2]?.id ?? "";
    client.provider.disconnect();
    type(client.doc, sectionId, "Écrit dans le train, sans réseau.");
    type(consultant.doc, sectionId, "Écrit au bureau pendant ce temps.");
    client.provider.connect();
    await consultant.until(sectionHolds(sectionId, "sans réseau"));
    await client.until(sectionHolds(sectionId, "au bureau"));
    consultant.close();
    client.close();
  });

  it("closes a socket that sends a corrupt update, with a clear reason, and keeps the stored document intact", async () => {
    const planId = await newPlan();
    const editor = await openPlanEditor(home.people.manager.client, home.workspaceId, planId);
    const sectionId = readSections(editor.doc).sections[0]?.id ?? "";
    type(editor.doc, sectionId, "Texte avant l'incident.");
    await serverHolds(planId, sectionId, "Texte avant l'incident.");
    const before = await readPlan(planId);
    expect(before.sections[0]?.text).toContain("Texte avant l'incident.");
    const raw = await rawEditingSocket(
      server.url,
      editingPath(home.workspaceId, planId),
      home.people.guest.client.cookieHeader(),
    );
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      raw.socket?.once("close", (code, reason) => resolve({ code, reason: String(reason) })),
    );
    // A sync "update" message whose payload claims 200 structs it does not hold.
    raw.socket?.send(new Uint8Array([0, 2, 6, 200, 1, 7, 7, 7, 7]));
    expect(await closed).toMatchObject({ code: 4400, reason: expect.stringMatching(/^invalid-input: /) });
    const after = await readPlan(planId);
    expect(after.sections).toEqual(before.sections);
    const fresh = await openPlanEditor(home.people.guest.client, home.workspaceId, planId);
    expect(sectionHolds(sectionId, "Texte avant l'incident.")(fresh.doc)).toBe(true);
    fresh.close();
    editor.close();
  });

  it("keeps the text typed into a section that another person removed at the same time", async () => {
    const planId = await newPlan();
    const consultant = await openPlanEditor(home.people.manager.client, home.workspaceId, planId);
    const client = await openPlanEditor(home.people.guest.client, home.workspaceId, planId);
    const removedId = readSections(client.doc).sections[3]?.id ?? "";
    client.provider.disconnect();
    consultant.doc.getArray<string>(orderName).delete(3, 1);
    type(client.doc, removedId, "Ajout du client sur les publics.");
    await consultant.until((doc) => !readSections(doc).sections.some((s) => s.id === removedId));
    client.provider.connect();
    await consultant.until((doc) =>
      JSON.stringify(readSections(doc).removed).includes("Ajout du client sur les publics."),
    );
    await client.until((doc) => !readSections(doc).sections.some((s) => s.id === removedId));
    const { sections } = await readPlan(planId);
    expect(sections.map((s) => s.id)).not.toContain(removedId);
    expect(sections).toHaveLength(9);
    consultant.close();
    client.close();
  });

  it("shows a validated section as changed once it is edited after its validation", async () => {
    const planId = await newPlan();
    const editor = await openPlanEditor(home.people.manager.client, home.workspaceId, planId);
    const sectionId = readSections(editor.doc).sections[4]?.id ?? "";
    const validation = `/api/v1/workspaces/${home.workspaceId}/plans/${planId}/sections/${sectionId}/validation`;
    expect((await home.people.guest.client.request("PUT", validation)).status).toBe(204);
    expect((await readPlan(planId)).sections[4]?.validation).toMatchObject({ changedSince: false });
    type(editor.doc, sectionId, "Message central : une ville qui écoute.");
    await serverHolds(planId, sectionId, "une ville qui écoute");
    expect((await readPlan(planId)).sections[4]?.validation).toMatchObject({ changedSince: true });
    const unknown = await home.people.guest.client.request(
      "PUT",
      `/api/v1/workspaces/${home.workspaceId}/plans/${planId}/sections/nope/validation`,
    );
    expect(unknown.status).toBe(404);
    editor.close();
  });

  it("lets the client comment a passage, the consultant reply, and the client resolve the thread", async () => {
    const planId = await newPlan();
    const base = `/api/v1/workspaces/${home.workspaceId}/plans/${planId}/comments`;
    const sectionId = (await readPlan(planId)).sections[2]?.id ?? "";
    const posted = await home.people.guest.client.post<{ comment: { id: string } }>(base, {
      sectionId,
      quote: "sa cible et son échéance",
      body: "Peut-on fixer l'échéance à juin ?",
    });
    expect(posted.status).toBe(201);
    const threadId = posted.body.comment.id;
    const reply = await home.people.manager.client.post(base, {
      sectionId,
      parentId: threadId,
      body: "Oui, juin 2027.",
    });
    expect(reply.status).toBe(201);
    const blank = await home.people.manager.client.post(base, { sectionId, body: "   " });
    expect(blank.status).toBe(400);
    expect(JSON.stringify(blank.body)).toContain("body");
    const resolved = await home.people.guest.client.request("PUT", `${base}/${threadId}/resolution`, {
      resolved: true,
    });
    expect(resolved.status).toBe(204);
    type Comments = {
      comments: Array<{ parentId: string | null; body: string; author: string; resolvedAt: string | null }>;
    };
    const list = await home.people.owner.client.get<Comments>(base);
    expect(list.body.comments).toHaveLength(2);
    expect(list.body.comments[0]).toMatchObject({ parentId: null, quote: "sa cible et son échéance" });
    expect(list.body.comments[0]?.resolvedAt).not.toBeNull();
    expect(list.body.comments[1]).toMatchObject({ parentId: threadId, body: "Oui, juin 2027." });
    // A thread of another plan cannot be answered through this one.
    const elsewhere = await newPlan("Autre plan");
    const foreign = await home.people.manager.client.post(
      `/api/v1/workspaces/${home.workspaceId}/plans/${elsewhere}/comments`,
      { sectionId, parentId: threadId, body: "Égaré" },
    );
    expect(foreign.status).toBe(404);
    expect((await home.people.owner.client.get<Comments>(base)).body.comments).toHaveLength(2);
  });

  it("restores a section's older content into the live plan, seen by an open editor and stored", async () => {
    const planId = await newPlan();
    const editor = await openPlanEditor(home.people.guest.client, home.workspaceId, planId);
    const { id: sectionId, content } = readSections(editor.doc).sections[4] ?? {
      id: "",
      content: { type: "doc" },
    };
    type(editor.doc, sectionId, "Un message à abandonner.");
    await serverHolds(planId, sectionId, "Un message à abandonner.");
    const store = openPlanStore(server.database.db, home.workspaceId);
    await replaceSectionContent(store, planId, sectionId, content);
    await editor.until((doc) => !sectionHolds(sectionId, "Un message à abandonner.")(doc));
    expect(readSections(editor.doc).sections[4]?.content).toEqual(content);
    expect((await readPlan(planId)).sections[4]?.text).not.toContain("Un message à abandonner.");
    await expect(replaceSectionContent(store, planId, "nope", content)).rejects.toMatchObject({
      code: "not-found",
    });
    editor.close();
  });

  it("stores an image uploaded into a plan, and refuses one too heavy or not of its declared type", async () => {
    const planId = await newPlan();
    const base = `/api/v1/workspaces/${home.workspaceId}/plans/${planId}/images`;
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
      "base64",
    );
    const uploaded = await home.people.guest.client.post<{ image: { url: string } }>(base, {
      mediaType: "image/png",
      data: png.toString("base64"),
    });
    expect(uploaded.status).toBe(201);
    const read = await fetch(server.url + uploaded.body.image.url, {
      headers: { cookie: home.people.manager.client.cookieHeader() },
    });
    expect(read.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await read.arrayBuffer()).equals(png)).toBe(true);

    const disguised = await home.people.guest.client.post(base, {
      mediaType: "image/png",
      data: Buffer.from("<svg onload=alert(1)>").toString("base64"),
    });
    expect(disguised.status).toBe(400);
    expect(disguised.body).toMatchObject({ code: "invalid-file", field: "data" });
    const heavy = Buffer.concat([png, Buffer.alloc(5 * 1024 * 1024)]);
    const tooHeavy = await home.people.guest.client.post(base, {
      mediaType: "image/png",
      data: heavy.toString("base64"),
    });
    // Refused by its length before decoding: the schema's limit on `data` is 5 MiB of bytes in base64.
    expect(tooHeavy.status).toBe(400);
    expect(JSON.stringify(tooHeavy.body)).toContain('"field":"data"');
    const other = await fetch(server.url + uploaded.body.image.url, {
      headers: { cookie: home.people.participant.client.cookieHeader() },
    });
    expect(other.status).toBe(403);
  });

  it("closes the editing socket of a client whose role becomes participant", async () => {
    const planId = await newPlan();
    const guest = await home.addMember("guest");
    const editor = await openPlanEditor(guest.client, home.workspaceId, planId);
    const closed = new Promise<number>((resolve) => {
      editor.provider.on("connection-close", (event) => resolve(event?.code ?? 0));
    });
    const changed = await home.people.owner.client.patch(
      `/api/v1/workspaces/${home.workspaceId}/members/${guest.userId}`,
      { role: "participant" },
    );
    expect(changed.status).toBeLessThan(300);
    expect(await closed).toBe(4403);
    editor.close();
  });
});
