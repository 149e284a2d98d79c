import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { orderName, sectionsName } from "../../contracts/plan-document.ts";
import { buildPlanDocument, readSections, writeFragment } from "./plan-document.ts";

const at = "2026-12-07T10:00:00.000Z";
const section = (id: string, text: string) => ({
  id,
  title: `Titre ${id}`,
  kind: "custom" as const,
  content: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] },
});

/** Applies every update of `from` to `to`. */
const sync = (from: Y.Doc, to: Y.Doc) =>
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));

describe("the plan's Yjs document", () => {
  it("keeps the text a person typed into a section another person removed at the same time", () => {
    const a = buildPlanDocument([section("s1", "Un"), section("s2", "Deux")], at);
    const b = new Y.Doc();
    sync(a, b);
    a.getArray<string>(orderName).delete(0, 1);
    const fragment = b.getXmlFragment("body:s1");
    writeFragment(fragment, {
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "Un, complété hors ligne" }] }],
    });
    sync(a, b);
    sync(b, a);
    for (const doc of [a, b]) {
      const { sections, removed } = readSections(doc);
      expect(sections.map((s) => s.id)).toEqual(["s2"]);
      expect(removed.map((s) => s.id)).toEqual(["s1"]);
      expect(JSON.stringify(removed[0]?.content)).toContain("Un, complété hors ligne");
    }
  });

  it("reads a section moved by two people at once only once, at its first place", () => {
    const a = buildPlanDocument([section("s1", "Un"), section("s2", "Deux"), section("s3", "Trois")], at);
    const b = new Y.Doc();
    sync(a, b);
    for (const doc of [a, b]) {
      const order = doc.getArray<string>(orderName);
      order.delete(0, 1);
      order.insert(doc === a ? 2 : 1, ["s1"]);
    }
    sync(a, b);
    sync(b, a);
    expect(readSections(a).sections.map((s) => s.id)).toEqual(readSections(b).sections.map((s) => s.id));
    expect(
      readSections(a)
        .sections.map((s) => s.id)
        .sort(),
    ).toEqual(["s1", "s2", "s3"]);
  });

  it("skips an id of the order whose section map is missing, and an unknown kind reads as custom", () => {
    const doc = buildPlanDocument([section("s1", "Un")], at);
    doc.getArray<string>(orderName).insert(0, ["ghost"]);
    doc.getMap<Y.Map<unknown>>(sectionsName).get("s1")?.set("kind", "poème");
    const { sections } = readSections(doc);
    expect(sections.map((s) => [s.id, s.kind])).toEqual([["s1", "custom"]]);
  });
});
