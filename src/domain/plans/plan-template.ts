// The communication-plan template (French or English) as the sections of a new plan (pure).
import { randomUUID } from "node:crypto";
import type { ProseNode } from "../../contracts/plan-document.ts";
import type { DocumentSection } from "./plan-document.ts";
import type { PlanLanguage } from "./section-markdown.ts";
import { templateEn } from "./template-en.ts";
import { templateFr } from "./template-fr.ts";
import type { TemplateBlock, TemplateSection } from "./template-section.ts";

const text = (value: string): ProseNode[] => (value ? [{ type: "text", text: value }] : []);
const paragraph = (value: string): ProseNode => {
  const content = text(value);
  return content.length > 0 ? { type: "paragraph", content } : { type: "paragraph" };
};
const listItem = (value: string): ProseNode => ({ type: "listItem", content: [paragraph(value)] });

/** One template block as a ProseMirror node (Tiptap's node and attribute names). */
export function blockNode(block: TemplateBlock): ProseNode {
  if (typeof block === "string") return paragraph(block);
  if ("heading" in block)
    return { type: "heading", attrs: { level: block.level ?? 3 }, content: text(block.heading) };
  if ("list" in block) return { type: "bulletList", content: block.list.map(listItem) };
  if ("ordered" in block)
    return { type: "orderedList", attrs: { start: 1 }, content: block.ordered.map(listItem) };
  if ("table" in block) {
    return {
      type: "table",
      content: block.table.map((row, r) => ({
        type: "tableRow",
        content: row.map((cell) => ({
          type: r === 0 ? "tableHeader" : "tableCell",
          attrs: { colspan: 1, rowspan: 1 },
          content: [paragraph(cell)],
        })),
      })),
    };
  }
  const [type, attrs] = Object.entries(block)[0] as [string, Record<string, string>];
  return { type, attrs: { ...attrs } };
}

/** A template section as a document section with a fresh id. */
export function sectionOf(section: TemplateSection, id: string = randomUUID()): DocumentSection {
  return {
    id,
    title: section.title,
    kind: section.kind,
    content: { type: "doc", content: section.blocks.map(blockNode) },
  };
}

/** The ten sections of the communication-plan template in `language`, each with a fresh id. */
export function planTemplate(language: PlanLanguage): DocumentSection[] {
  return (language === "fr" ? templateFr : templateEn).map((section) => sectionOf(section));
}
