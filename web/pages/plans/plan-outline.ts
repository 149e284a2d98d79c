// The plan's outline as Yjs edits: list, add, move, rename and remove sections (shared with every editor live).
import * as Y from "yjs";
import {
  bodyName,
  orderName,
  type SectionKind,
  sectionKinds,
  sectionsName,
} from "../../../src/contracts/plan-document.ts";

export interface OutlineSection {
  id: string;
  title: string;
  kind: SectionKind;
}

const order = (doc: Y.Doc) => doc.getArray<string>(orderName);
const metas = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>(sectionsName);

/** The sections in reading order; an id listed twice (two people moved it at once) counts at its first place. */
export function outlineOf(doc: Y.Doc): OutlineSection[] {
  const seen = new Set<string>();
  const sections: OutlineSection[] = [];
  for (const id of order(doc).toArray()) {
    const meta = metas(doc).get(id);
    if (seen.has(id) || !(meta instanceof Y.Map)) continue;
    seen.add(id);
    const kind = meta.get("kind");
    sections.push({
      id,
      title: String(meta.get("title") ?? ""),
      kind: sectionKinds.includes(kind as SectionKind) ? (kind as SectionKind) : "custom",
    });
  }
  return sections;
}

/** Adds a custom section at the end, with an empty paragraph to type in; returns its id. */
export function addSection(doc: Y.Doc, title: string): string {
  const id = crypto.randomUUID();
  doc.transact(() => {
    const meta = new Y.Map<unknown>();
    metas(doc).set(id, meta);
    meta.set("title", title);
    meta.set("kind", "custom");
    meta.set("createdAt", new Date().toISOString());
    doc.getXmlFragment(bodyName(id)).insert(0, [new Y.XmlElement("paragraph")]);
    order(doc).push([id]);
  });
  return id;
}

/** Moves a section one place up (-1) or down (+1). */
export function moveSection(doc: Y.Doc, id: string, delta: -1 | 1): void {
  const ids = order(doc).toArray();
  const from = ids.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ids.length) return;
  doc.transact(() => {
    order(doc).delete(from, 1);
    order(doc).insert(to, [id]);
  });
}

export function renameSection(doc: Y.Doc, id: string, title: string): void {
  metas(doc).get(id)?.set("title", title);
}

/** Takes a section out of the plan; its text stays in the document, so an edit made meanwhile is not lost. */
export function removeSection(doc: Y.Doc, id: string): void {
  doc.transact(() => {
    const ids = order(doc).toArray();
    for (let i = ids.length - 1; i >= 0; i--) if (ids[i] === id) order(doc).delete(i, 1);
  });
}
