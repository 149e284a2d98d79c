// The short form in which the template and the demo write a plan's sections.
import type { SectionKind, StructuredBlock } from "../../contracts/plan-document.ts";

/** A block of a template or demo section, short to write: a paragraph, a list, a table or a structured block. */
export type TemplateBlock =
  | string
  | { heading: string; level?: number }
  | { list: string[] }
  | { ordered: string[] }
  | { table: string[][] }
  | { [K in StructuredBlock]: { [P in K]: Record<string, string> } }[StructuredBlock];

export interface TemplateSection {
  kind: SectionKind;
  title: string;
  blocks: TemplateBlock[];
}
