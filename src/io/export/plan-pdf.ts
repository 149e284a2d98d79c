// The plan as PDF: Chromium prints the plan's HTML with page numbers (print-pdf.ts).
import type { ExportDocument } from "../../domain/plans/export-document-shape.ts";
import { escapeHtml, planHtml } from "./plan-html.ts";
import { labelsOf } from "./plan-labels.ts";
import { chromiumPath, pageFooter, printPdf } from "./print-pdf.ts";

/** Prints `doc` to an A4 PDF; the footer carries the title and "Page n of N". */
export async function planPdf(doc: ExportDocument, executablePath = chromiumPath): Promise<Buffer> {
  const l = labelsOf(doc.language);
  return printPdf(
    planHtml(doc),
    pageFooter(escapeHtml(doc.title), escapeHtml(l.page), escapeHtml(l.of)),
    executablePath,
  );
}
