// The shape of an exported plan, as the domain hands it to the exporters of io/export: sections, annex, changes.

/** A ProseMirror node as JSON (the plan's rich-text schema, see src/domain/plans/CONTEXT.md). */
export interface RichNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RichNode[];
  text?: string;
  marks?: Array<{ type: string; attrs?: Record<string, unknown> }>;
}

export interface ExportSection {
  id: string;
  title: string;
  /** The section's body as ProseMirror JSON. */
  json: RichNode;
  markdown: string;
}

/** One line of "what changed since the last export delivered to the client". */
export interface ExportChange {
  title: string;
  change: "added" | "removed" | "changed" | "moved";
}

export interface AnnexSession {
  title: string;
  /** ISO instant. */
  scheduledAt: string;
  closed: boolean;
  attendees: string[];
  agenda: Array<{ title: string; durationMinutes: number }>;
  decisions: Array<{
    statement: string;
    options: string[];
    chosenOption: string | null;
    carriedBy: string | null;
    reviewOn: string | null;
  }>;
  paths: Array<{
    title: string;
    description: string;
    status: "explored" | "kept" | "abandoned";
    reason: string | null;
  }>;
  urgentNeeds: Array<{ need: string; kind: string; response: string; metOn: string }>;
  deliverables: Array<{ title: string; status: string }>;
}

export interface ExportDocument {
  title: string;
  language: "fr" | "en";
  /** The workspace's IANA time zone, for the dates shown. */
  timeZone: string;
  generatedAt: Date;
  sections: ExportSection[];
  /** Null for a first export (nothing delivered before). */
  changes: { since: Date; lines: ExportChange[] } | null;
  /** The sessions with their decisions and paths, when the annex was asked for. */
  annex: AnnexSession[] | null;
}

/** The plain text of a node and its descendants. */
export function textOf(node: RichNode): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return "\n";
  return (node.content ?? []).map(textOf).join("");
}

/** A string attribute of a structured block, or "". */
export function attr(node: RichNode, name: string): string {
  const value = node.attrs?.[name];
  return typeof value === "string" || typeof value === "number" ? String(value) : "";
}
