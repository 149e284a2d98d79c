// Working sessions' rows → API JSON: each session with its records and the version it froze; dates as ISO strings.
import type { PlanExportsBody, PlanSessionsBody, SessionBody } from "../../contracts/plan-sessions.ts";
import type { ExportSummary } from "../../db/stores/plan-version-store.ts";
import type { PlanSessionsView, VersionChange } from "../../domain/plans/session-read.ts";

type Version = PlanSessionsBody["versions"][number];
type PlanExport = PlanExportsBody["exports"][number];

/** Every session of the plan and its versions; `today` (YYYY-MM-DD in the workspace's zone) flags reviews due. */
export function presentPlanSessions(
  view: PlanSessionsView,
  workspaceId: string,
  today: string,
): PlanSessionsBody {
  const versions: Version[] = view.versions.map((v) => ({
    number: v.number,
    sessionId: v.sessionId,
    createdAt: v.createdAt.toISOString(),
    changes: v.changes,
  }));
  const sessions: SessionBody[] = view.sessions.map((session) => {
    const of = <T extends { sessionId: string }>(rows: T[]) =>
      rows.filter((row) => row.sessionId === session.id);
    return {
      id: session.id,
      planId: session.planId,
      title: session.title,
      scheduledAt: session.scheduledAt.toISOString(),
      status: session.status,
      notes: session.notes,
      closedAt: session.closedAt?.toISOString() ?? null,
      attendees: of(view.attendees).map(({ userId, name }) => ({ userId, name })),
      agenda: of(view.agenda).map(({ title, durationMinutes }) => ({ title, durationMinutes })),
      decisions: of(view.decisions).map((d) => ({
        id: d.id,
        sessionId: d.sessionId,
        statement: d.statement,
        options: d.options,
        chosenOption: d.chosenOption,
        carriedBy: d.carriedBy ? { userId: d.carriedBy, name: d.carriedByName ?? "" } : null,
        reviewOn: d.reviewOn,
        reviewDue: d.reviewOn !== null && d.reviewOn <= today,
        createdAt: d.createdAt.toISOString(),
      })),
      paths: of(view.paths).map((p) => ({
        id: p.id,
        sessionId: p.sessionId,
        title: p.title,
        description: p.description,
        status: p.status,
        reason: p.reason,
        updatedAt: p.updatedAt.toISOString(),
      })),
      needs: of(view.needs).map(({ id, sessionId, need, kind, response, metOn }) => ({
        id,
        sessionId,
        need,
        kind,
        response,
        metOn,
      })),
      deliverables: of(view.deliverables).map((d) => ({
        id: d.id,
        sessionId: d.sessionId,
        title: d.title,
        body: d.body,
        file:
          d.fileName && d.mediaType
            ? {
                name: d.fileName,
                mediaType: d.mediaType,
                url: `/api/v1/workspaces/${workspaceId}/plan-deliverables/${d.id}/file`,
              }
            : null,
        status: d.status,
        statusNote: d.statusNote,
        updatedAt: d.updatedAt.toISOString(),
      })),
      version: versions.find((v) => v.sessionId === session.id) ?? null,
    };
  });
  return { sessions, versions };
}

export function presentExport(row: ExportSummary): PlanExport {
  return {
    id: row.id,
    format: row.format,
    withAnnex: row.withAnnex,
    createdAt: row.createdAt.toISOString(),
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
  };
}

export function presentExports(rows: ExportSummary[], changes: VersionChange[] | null): PlanExportsBody {
  return { exports: rows.map(presentExport), changesSinceDelivery: changes };
}
