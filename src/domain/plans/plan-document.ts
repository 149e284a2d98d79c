// The plan's Yjs document as data: build one from sections, read its sections back as ProseMirror JSON (pure).
import * as Y from "yjs";
import {
  bodyName,
  orderName,
  type ProseNode,
  type SectionKind,
  sectionKinds,
  sectionsName,
} from "../../contracts/plan-document.ts";

/** A section as written into, or read from, the Yjs document. */
export interface DocumentSection {
  id: string;
  title: string;
  kind: SectionKind;
  /** The section's body: a ProseMirror `doc` node. */
  content: ProseNode;
}

/** Mark attributes on Yjs text follow y-prosemirror: `{ markName: markAttrs }`; overlapping marks get `name--hash`. */
function marksToAttributes(marks: ProseNode["marks"]): Record<string, unknown> | undefined {
  if (!marks || marks.length === 0) return undefined;
  const attributes: Record<string, unknown> = {};
  for (const mark of marks) attributes[mark.type] = mark.attrs ?? {};
  return attributes;
}

/** Writes ProseMirror nodes into a Yjs XML element or fragment the way Tiptap's collaboration binding does. */
function writeNodes(parent: Y.XmlFragment | Y.XmlElement, nodes: readonly ProseNode[]): void {
  const children: Array<Y.XmlElement | Y.XmlText> = [];
  let run: ProseNode[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const text = new Y.XmlText();
    children.push(text);
    const pending = run;
    run = [];
    // Inserted after the element joins the document: a detached XmlText keeps only its first delta.
    afterInsert.push(() =>
      text.applyDelta(pending.map((n) => ({ insert: n.text ?? "", attributes: marksToAttributes(n.marks) }))),
    );
  };
  const afterInsert: Array<() => void> = [];
  for (const node of nodes) {
    if (node.type === "text") {
      if (node.text) run.push(node);
      continue;
    }
    flush();
    const element = new Y.XmlElement(node.type);
    for (const [key, value] of Object.entries(node.attrs ?? {})) {
      if (value !== null && value !== undefined) element.setAttribute(key, value as string);
    }
    children.push(element);
    const content = node.content ?? [];
    afterInsert.push(() => writeNodes(element, content));
  }
  flush();
  parent.insert(parent.length, children);
  for (const step of afterInsert) step();
}

/** Replaces a fragment's content with a ProseMirror doc's content (the fragment must belong to a document). */
export function writeFragment(fragment: Y.XmlFragment, doc: ProseNode): void {
  fragment.delete(0, fragment.length);
  writeNodes(fragment, doc.content ?? []);
}

function readText(text: Y.XmlText): ProseNode[] {
  const delta = text.toDelta() as Array<{ insert: unknown; attributes?: Record<string, unknown> }>;
  const nodes: ProseNode[] = [];
  for (const op of delta) {
    if (typeof op.insert !== "string" || op.insert === "") continue;
    const node: ProseNode = { type: "text", text: op.insert };
    const marks = Object.entries(op.attributes ?? {}).map(([name, attrs]) => {
      const type = name.split("--")[0] ?? name;
      return attrs && typeof attrs === "object" && Object.keys(attrs).length > 0
        ? { type, attrs: attrs as Record<string, unknown> }
        : { type };
    });
    if (marks.length > 0) node.marks = marks;
    nodes.push(node);
  }
  return nodes;
}

function readChildren(parent: Y.XmlFragment | Y.XmlElement): ProseNode[] {
  const nodes: ProseNode[] = [];
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlText) nodes.push(...readText(child));
    else if (child instanceof Y.XmlElement) {
      const node: ProseNode = { type: child.nodeName };
      const attrs = child.getAttributes();
      if (Object.keys(attrs).length > 0) node.attrs = attrs;
      const content = readChildren(child);
      if (content.length > 0) node.content = content;
      nodes.push(node);
    }
  }
  return nodes;
}

/** A fragment's content as a ProseMirror `doc` node. */
export function readFragment(fragment: Y.XmlFragment): ProseNode {
  return { type: "doc", content: readChildren(fragment) };
}

function kindOf(value: unknown): SectionKind {
  return sectionKinds.includes(value as SectionKind) ? (value as SectionKind) : "custom";
}

/** Adds a section to the document at `index` of the order (at the end when absent). */
export function insertSection(doc: Y.Doc, section: DocumentSection, createdAt: string, index?: number): void {
  doc.transact(() => {
    const order = doc.getArray<string>(orderName);
    const meta = new Y.Map<unknown>();
    doc.getMap<Y.Map<unknown>>(sectionsName).set(section.id, meta);
    meta.set("title", section.title);
    meta.set("kind", section.kind);
    meta.set("createdAt", createdAt);
    writeFragment(doc.getXmlFragment(bodyName(section.id)), section.content);
    order.insert(index ?? order.length, [section.id]);
  });
}

/** A new plan document holding `sections` in order. */
export function buildPlanDocument(sections: readonly DocumentSection[], createdAt: string): Y.Doc {
  const doc = new Y.Doc();
  for (const section of sections) insertSection(doc, section, createdAt);
  return doc;
}

/**
 * The sections of a document in reading order: an id listed twice is read at its first place, an id without its
 * map is skipped. `removed` lists the sections whose map remains but which left the order (their text is kept).
 */
export function readSections(doc: Y.Doc): { sections: DocumentSection[]; removed: DocumentSection[] } {
  const metas = doc.getMap<Y.Map<unknown>>(sectionsName);
  const seen = new Set<string>();
  const read = (id: string): DocumentSection | undefined => {
    const meta = metas.get(id);
    if (!(meta instanceof Y.Map)) return undefined;
    const title = meta.get("title");
    return {
      id,
      title: typeof title === "string" ? title : "",
      kind: kindOf(meta.get("kind")),
      content: readFragment(doc.getXmlFragment(bodyName(id))),
    };
  };
  const sections: DocumentSection[] = [];
  for (const id of doc.getArray<string>(orderName).toArray()) {
    if (typeof id !== "string" || seen.has(id)) continue;
    seen.add(id);
    const section = read(id);
    if (section) sections.push(section);
  }
  const removed: DocumentSection[] = [];
  for (const id of metas.keys()) {
    if (seen.has(id)) continue;
    const section = read(id);
    if (section) removed.push(section);
  }
  return { sections, removed };
}
