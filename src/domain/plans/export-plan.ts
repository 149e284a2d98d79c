// Exporting the plan at any moment as PDF, DOCX or Markdown, optionally with the annex of sessions; each export is
// recorded with the sections it held, so a later one can say what changed since the last delivered to the client.
import { openPlanSessionStore } from "../../db/stores/plan-session-store.ts";
import { openPlanStore } from "../../db/stores/plan-store.ts";
import {
  type ExportFormat,
  type ExportSummary,
  openPlanVersionStore,
} from "../../db/stores/plan-version-store.ts";
import type { Context, MemberActor } from "../context.ts";
import { workspaceTimeZone } from "./calendar-time-zone.ts";
import { exportDocumentOf } from "./export-document.ts";
import type { ExportDocument } from "./export-document-shape.ts";
import { readPlanContent } from "./read-plan-content.ts";
import { frozenOf } from "./session-close.ts";

/** What the domain needs to write a plan in each format; the exporters of io/export provide it (see app.ts). */
export type PlanRenderers = Record<ExportFormat, (doc: ExportDocument) => Promise<Buffer>>;

const formats: Record<ExportFormat, { extension: string; mediaType: string }> = {
  pdf: { extension: "pdf", mediaType: "application/pdf" },
  docx: {
    extension: "docx",
    mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  },
  markdown: { extension: "md", mediaType: "text/markdown; charset=utf-8" },
};

/** A file name from the plan's title: letters, digits and dashes, with the day. */
export function exportFileName(title: string, now: Date, extension: string): string {
  const slug = title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
  return `${slug || "plan"}-${now.toISOString().slice(0, 10)}.${extension}`;
}

/** Renders the plan (outside any transaction: a PDF takes seconds) and records the export. */
export async function exportPlan(
  ctx: Context,
  actor: MemberActor,
  planId: string,
  input: { format: ExportFormat; withAnnex: boolean },
  renderers: PlanRenderers,
): Promise<{ bytes: Buffer; fileName: string; mediaType: string; record: ExportSummary }> {
  const versions = openPlanVersionStore(ctx.db, actor.workspaceId);
  const content = await readPlanContent(openPlanStore(ctx.db, actor.workspaceId), planId);
  const [records, delivered, timeZone] = await Promise.all([
    input.withAnnex ? openPlanSessionStore(ctx.db, actor.workspaceId).records(planId) : null,
    versions.lastDelivered(planId),
    workspaceTimeZone(ctx.db, actor.workspaceId),
  ]);
  const doc = exportDocumentOf(content, { timeZone, now: ctx.now, records, delivered });
  const format = formats[input.format];
  const bytes = await renderers[input.format](doc);
  const record = await versions.insertExport(
    {
      planId,
      format: input.format,
      withAnnex: input.withAnnex,
      sections: content.sections.map(frozenOf),
      createdBy: actor.userId,
    },
    ctx.now,
  );
  return {
    bytes,
    fileName: exportFileName(content.plan.title, ctx.now, format.extension),
    mediaType: format.mediaType,
    record,
  };
}
