// The shape of a plan's Yjs document, shared by the server and the web editor (see src/domain/plans/CONTEXT.md).

/** What a section is about; `custom` is any section a user adds. */
export const sectionKinds = [
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
  "custom",
] as const;
export type SectionKind = (typeof sectionKinds)[number];

/** `Y.Array<string>`: the section ids in reading order. */
export const orderName = "order";
/** `Y.Map<Y.Map>`: per section id, a map of `title`, `kind`, `createdAt`. */
export const sectionsName = "sections";
/** The `Y.XmlFragment` holding a section's rich text. */
export function bodyName(sectionId: string): string {
  return `body:${sectionId}`;
}

/** The structured blocks of a section's text, as ProseMirror atom nodes, with their attributes (strings). */
export const structuredBlocks = {
  objective: ["statement", "kpi", "baseline", "target", "date"],
  budgetLine: ["item", "amount", "currency", "note"],
  actionItem: ["title", "owner", "date", "status"],
} as const;
export type StructuredBlock = keyof typeof structuredBlocks;

/** A ProseMirror node as JSON (what Tiptap's getJSON gives and the readable copy stores). */
export interface ProseNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: ProseNode[];
  text?: string;
  marks?: Array<{ type: string; attrs?: Record<string, unknown> }>;
}

/** Largest image accepted in a plan, in bytes, and the types accepted. */
export const planImageMaxBytes = 5 * 1024 * 1024;
export const planImageTypes = ["image/png", "image/jpeg", "image/webp", "image/gif"] as const;
