// The listening audit report as PDF: its HTML and server-drawn charts, printed by Chromium (print-pdf.ts).
import type { AuditReport, ReportLanguage } from "../../domain/listening/read-audit-report.ts";
import { reportCharts } from "./listening-report-charts.ts";
import { auditReportHtml, auditReportParts } from "./listening-report-html.ts";
import { reportLabelsOf } from "./listening-report-labels.ts";
import { escapeHtml } from "./plan-html.ts";
import { chromiumPath, pageFooter, printPdf } from "./print-pdf.ts";

/** The report's printable page in `language`, charts included. */
export async function auditReportPage(report: AuditReport, language: ReportLanguage): Promise<string> {
  const labels = reportLabelsOf(language);
  return auditReportHtml(report, await reportCharts(report, labels, language), labels, language);
}

/** The report's title, stylesheet and body for the web page (no table of contents). */
export async function auditReportWebParts(report: AuditReport, language: ReportLanguage) {
  const labels = reportLabelsOf(language);
  const charts = await reportCharts(report, labels, language);
  return auditReportParts(report, charts, labels, language, { contents: false });
}

/** Prints the report to an A4 PDF, the project's name and "Page n of N" in the footer. */
export async function auditReportPdf(
  report: AuditReport,
  language: ReportLanguage,
  executablePath = chromiumPath,
): Promise<Buffer> {
  const labels = reportLabelsOf(language);
  return printPdf(
    await auditReportPage(report, language),
    pageFooter(
      escapeHtml(`${labels.title} — ${report.project.name}`),
      escapeHtml(labels.page),
      escapeHtml(labels.of),
    ),
    executablePath,
  );
}
