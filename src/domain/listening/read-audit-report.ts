// A listening project's audit report: the audit, who speaks, and the comparison with the last snapshot, for the
// report page and its PDF.
import type { Context, MemberActor } from "../context.ts";
import { exportFileName } from "../plans/export-plan.ts";
import { compareSnapshotAudits } from "./compare-snapshots.ts";
import { projectOf } from "./listening-project.ts";
import { type Audit, type AuditScope, computeAudit } from "./read-audit.ts";
import { computeAuthors } from "./read-authors.ts";

/** Everything the report shows; the same for the page and the PDF. */
export async function readAuditReport(
  ctx: Context,
  actor: MemberActor,
  projectId: string,
  scope: AuditScope = {},
) {
  const { project, store } = await projectOf(ctx.db, actor.workspaceId, projectId);
  const [audit, who, snapshots] = await Promise.all([
    computeAudit(ctx.db, actor.workspaceId, project, scope),
    computeAuthors(ctx.db, actor.workspaceId, project, scope),
    store.snapshots(project.id),
  ]);
  const last = snapshots[0];
  const frozen = last ? await store.snapshot(project.id, last.id) : undefined;
  return {
    project: { id: project.id, name: project.name },
    generatedAt: ctx.now.toISOString(),
    audit,
    who,
    previous:
      last && frozen
        ? {
            snapshot: { id: last.id, name: last.name, frozenAt: last.frozenAt.toISOString() },
            comparison: compareSnapshotAudits(frozen.content as unknown as Audit, audit),
          }
        : null,
  };
}

export type AuditReport = Awaited<ReturnType<typeof readAuditReport>>;
export type ReportLanguage = "fr" | "en";

/**
 * What the domain needs to write a report: its PDF, and its page for the web app (title, stylesheet, body);
 * `io/export/listening-report-pdf.ts` provides both (see app.ts).
 */
export interface AuditReportRenderers {
  pdf(report: AuditReport, language: ReportLanguage): Promise<Buffer>;
  page(
    report: AuditReport,
    language: ReportLanguage,
  ): Promise<{ title: string; style: string; body: string }>;
}

/** The report as a PDF in `language`, with its file name (project name and day). */
export async function exportAuditReport(
  ctx: Context,
  actor: MemberActor,
  projectId: string,
  input: AuditScope & { language: ReportLanguage },
  renderers: AuditReportRenderers,
): Promise<{ bytes: Buffer; fileName: string }> {
  const { language, ...scope } = input;
  const report = await readAuditReport(ctx, actor, projectId, scope);
  const bytes = await renderers.pdf(report, language);
  return { bytes, fileName: exportFileName(report.project.name, ctx.now, "pdf") };
}

/** The report's page in `language`, as the web app shows it. */
export async function readAuditReportPage(
  ctx: Context,
  actor: MemberActor,
  projectId: string,
  input: AuditScope & { language: ReportLanguage },
  renderers: AuditReportRenderers,
) {
  const { language, ...scope } = input;
  const report = await readAuditReport(ctx, actor, projectId, scope);
  return { ...(await renderers.page(report, language)), hasPrevious: report.previous !== null };
}
