// The readable copy of a plan's Yjs document: one row per section with JSON, Markdown, text and a content hash.
import { createHash } from "node:crypto";
import type * as Y from "yjs";
import type { ReadableSection } from "../../db/stores/plan-store.ts";
import { type DocumentSection, readSections } from "./plan-document.ts";
import { type PlanLanguage, sectionMarkdown, sectionText } from "./section-markdown.ts";

/** SHA-256 of what a reader sees of a section (title and content): equal hashes, same section. */
export function sectionHash(section: Pick<DocumentSection, "title" | "content">): string {
  return createHash("sha256")
    .update(JSON.stringify([section.title, section.content]))
    .digest("hex");
}

function readable(
  section: DocumentSection,
  position: number | null,
  language: PlanLanguage,
): ReadableSection {
  return {
    sectionId: section.id,
    position,
    title: section.title,
    kind: section.kind,
    content: JSON.stringify(section.content),
    markdown: sectionMarkdown(section.content, language),
    text: sectionText(section.content),
    hash: sectionHash(section),
  };
}

/** The readable copy of every section of `doc`: present ones numbered from 0, removed ones with a null position. */
export function readableCopy(doc: Y.Doc, language: PlanLanguage): ReadableSection[] {
  const { sections, removed } = readSections(doc);
  return [
    ...sections.map((section, i) => readable(section, i, language)),
    ...removed.map((section) => readable(section, null, language)),
  ];
}
