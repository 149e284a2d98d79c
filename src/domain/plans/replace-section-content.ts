// Writes a section's content into the live plan (restoring it from an older version): open editors see it at once.
import * as Y from "yjs";
import { orderName, type ProseNode, sectionsName } from "../../contracts/plan-document.ts";
import type { PlanStore } from "../../db/stores/plan-store.ts";
import { AppError } from "../../errors.ts";
import { writeFragment } from "./plan-document.ts";

/**
 * Replaces a section's body (and title, when given) with `content`, a ProseMirror `doc`; a removed section is put
 * back at the end of the plan. The change is one Yjs update appended to the plan's update log, so every server
 * process with the plan open applies it (the doorbell names the row) and its editors see it; edits made meanwhile
 * merge as any concurrent edits do. Throws not-found for an unknown plan or section.
 */
export async function replaceSectionContent(
  store: PlanStore,
  planId: string,
  sectionId: string,
  content: ProseNode,
  title?: string,
): Promise<void> {
  const document = await store.documentOf(planId);
  if (!document) throw new AppError("not-found", "This plan does not exist in this workspace.");
  const doc = new Y.Doc();
  Y.applyUpdate(doc, document.state);
  for (const row of document.updates) Y.applyUpdate(doc, row.update);
  const meta = doc.getMap<Y.Map<unknown>>(sectionsName).get(sectionId);
  if (!(meta instanceof Y.Map)) {
    throw new AppError("not-found", "This section is not in the plan.", { field: "sectionId" });
  }
  const before = Y.encodeStateVector(doc);
  doc.transact(() => {
    writeFragment(doc.getXmlFragment(`body:${sectionId}`), content);
    if (title !== undefined) meta.set("title", title);
    const order = doc.getArray<string>(orderName);
    if (!order.toArray().includes(sectionId)) order.push([sectionId]);
  });
  await store.appendUpdate(planId, "update", Buffer.from(Y.encodeStateAsUpdate(doc, before)), "restore");
  doc.destroy();
}
