// Builds what the exporters print from the plan's readable copy, its sessions' records and its last delivered export.
import type { SessionRecords } from "../../db/stores/plan-session-store.ts";
import type { AnnexSession, ExportDocument, RichNode } from "./export-document-shape.ts";
import type { PlanContent } from "./read-plan-content.ts";
import { changesBetween } from "./session-read.ts";

/** The annex: each session with its agenda, decisions, paths, urgent needs and deliverables. */
export function annexOf(records: SessionRecords): AnnexSession[] {
  return records.sessions.map((session) => {
    const of = <T extends { sessionId: string }>(rows: T[]) =>
      rows.filter((row) => row.sessionId === session.id);
    return {
      title: session.title,
      scheduledAt: session.scheduledAt.toISOString(),
      closed: session.status === "closed",
      attendees: of(records.attendees).map((a) => a.name),
      agenda: of(records.agenda).map(({ title, durationMinutes }) => ({ title, durationMinutes })),
      decisions: of(records.decisions).map((d) => ({
        statement: d.statement,
        options: d.options,
        chosenOption: d.chosenOption,
        carriedBy: d.carriedByName,
        reviewOn: d.reviewOn,
      })),
      paths: of(records.paths).map(({ title, description, status, reason }) => ({
        title,
        description,
        status,
        reason,
      })),
      urgentNeeds: of(records.needs).map(({ need, kind, response, metOn }) => ({
        need,
        kind,
        response,
        metOn,
      })),
      deliverables: of(records.deliverables).map(({ title, status }) => ({ title, status })),
    };
  });
}

/** The document to export; `delivered` is the last export delivered to the client, if any. */
export function exportDocumentOf(
  content: PlanContent,
  options: {
    timeZone: string;
    now: Date;
    records: SessionRecords | null;
    delivered: { deliveredAt: Date | null; sections: unknown[] } | undefined;
  },
): ExportDocument {
  const { delivered } = options;
  return {
    title: content.plan.title,
    language: content.plan.language,
    timeZone: options.timeZone,
    generatedAt: options.now,
    sections: content.sections.map((s) => ({
      id: s.id,
      title: s.title,
      json: s.json as RichNode,
      markdown: s.markdown,
    })),
    changes: delivered?.deliveredAt
      ? { since: delivered.deliveredAt, lines: changesBetween(delivered.sections, content.sections) }
      : null,
    annex: options.records ? annexOf(options.records) : null,
  };
}
