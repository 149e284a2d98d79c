// Two `cocrea serve` processes on one PostgreSQL co-edit the same plan: edits travel through the update log.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import * as Y from "yjs";
import { readSections } from "../../src/domain/plans/plan-document.ts";
import { ApiClient, testPassword, uniqueEmail } from "../support/api-client.ts";
import { type CocreaProcess, startCocrea } from "../support/cocrea-process.ts";
import { signUpConfirmed } from "../support/confirm-sign-up.ts";
import { openPlanEditor } from "../support/plan-editor.ts";

let first: CocreaProcess;
let second: CocreaProcess;
beforeAll(async () => {
  const env = { DATABASE_URL: inject("databaseUrl") };
  [first, second] = await Promise.all([startCocrea(["--no-demo"], env), startCocrea(["--no-demo"], env)]);
});
afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop()]);
});

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

const holds = (sectionId: string, text: string) => (doc: Y.Doc) =>
  JSON.stringify(readSections(doc).sections.find((s) => s.id === sectionId)?.content ?? "").includes(text);

describe("two server processes on one PostgreSQL", () => {
  it("converge on a plan edited through both, and store every edit", async () => {
    const owner = new ApiClient(first.url);
    await signUpConfirmed(
      owner,
      { email: uniqueEmail(), password: testPassword, name: "Consultante" },
      () => first.logs,
    );
    const created = await owner.post<{ workspace: { id: string } }>("/api/v1/workspaces", {
      name: "Deux serveurs",
    });
    const workspaceId = created.body.workspace.id;
    const plan = await owner.post<{ plan: { id: string } }>(`/api/v1/workspaces/${workspaceId}/plans`, {
      title: "Plan partagé",
      language: "fr",
    });
    const planId = plan.body.plan.id;

    const onFirst = await openPlanEditor(owner, workspaceId, planId);
    const onSecond = await openPlanEditor(owner, workspaceId, planId, { baseUrl: second.url });
    const sectionId = readSections(onFirst.doc).sections[0]?.id ?? "";
    type(onFirst.doc, sectionId, "Écrit par le premier serveur.");
    type(onSecond.doc, sectionId, "Écrit par le second serveur.");
    await onSecond.until(holds(sectionId, "premier serveur"));
    await onFirst.until(holds(sectionId, "second serveur"));
    expect(readSections(onFirst.doc)).toEqual(readSections(onSecond.doc));
    onFirst.close();
    onSecond.close();

    // Both closed: each process stored what it had; a fresh editor on either reads everything.
    const fresh = await openPlanEditor(owner, workspaceId, planId, { baseUrl: second.url });
    await fresh.until(
      (doc) => holds(sectionId, "premier serveur")(doc) && holds(sectionId, "second serveur")(doc),
    );
    fresh.close();
    const read = await owner.get<{ sections: Array<{ text: string }> }>(
      `/api/v1/workspaces/${workspaceId}/plans/${planId}`,
    );
    expect(read.body.sections[0]?.text).toContain("Écrit par le premier serveur.");
    expect(read.body.sections[0]?.text).toContain("Écrit par le second serveur.");
  });
});
