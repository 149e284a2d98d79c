// A plan's working sessions: the exports, the sessions (the one running, with its record, and the past ones) and the
// history of versions. It follows the workspace's live events, so both people see each record arrive.
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { PlanSessionsBody } from "../../../src/contracts/plan-sessions.ts";
import { api } from "../../api/client.ts";
import { formErrorsOf } from "../../api/problems.ts";
import type { MemberData, Role } from "../../api/types.ts";
import { FormAlert } from "../../components/form-field.tsx";
import { Loading, PageTitle } from "../../components/page.tsx";
import { useLive } from "../../live/use-live.ts";
import { PlanExportsSection } from "./plan-exports-section.tsx";
import { SessionCard } from "./session-card.tsx";
import { ScheduleSessionForm } from "./session-schedule-form.tsx";
import type { SessionsContext } from "./sessions-context.ts";
import { VersionHistory } from "./version-history.tsx";
import "./sessions.css";

export function SessionsPage() {
  const { t } = useTranslation();
  const { workspaceId = "", planId = "" } = useParams();
  const [data, setData] = useState<PlanSessionsBody>();
  const [title, setTitle] = useState<string>();
  const [role, setRole] = useState<Role>();
  const [members, setMembers] = useState<MemberData[]>([]);
  const [error, setError] = useState<string>();

  const reload = useCallback(() => {
    api
      .get<PlanSessionsBody>(`/workspaces/${workspaceId}/plans/${planId}/sessions`)
      .then(setData)
      .catch((failure: unknown) => setError(formErrorsOf(failure, []).form));
  }, [workspaceId, planId]);

  useEffect(() => {
    reload();
    api
      .get<{ plan: { title: string } }>(`/workspaces/${workspaceId}/plans/${planId}`)
      .then((result) => setTitle(result.plan.title))
      .catch(() => {});
    api
      .get<{ workspace: { role: Role } }>(`/workspaces/${workspaceId}`)
      .then((result) => setRole(result.workspace.role))
      .catch(() => {});
    api
      .get<{ members: MemberData[] }>(`/workspaces/${workspaceId}/members`)
      .then((result) => setMembers(result.members))
      .catch(() => {});
  }, [workspaceId, planId, reload]);

  useLive(
    workspaceId,
    (event) => {
      if ("planId" in event.data && event.data.planId === planId) reload();
    },
    reload,
  );

  const context: SessionsContext | undefined = role && { workspaceId, planId, role, members, reload };
  const open = data?.sessions.filter((s) => s.status === "scheduled") ?? [];
  const closed = [...(data?.sessions.filter((s) => s.status === "closed") ?? [])].reverse();
  const manages = role === "owner" || role === "manager";
  return (
    <section className="sessions-page">
      <p>
        <Link to={`/workspaces/${workspaceId}/plans/${planId}`}>{title ?? t("plans.title")}</Link>
      </p>
      <PageTitle text={t("planSessions.title")} />
      <FormAlert error={error} />
      {(!data || !context) && !error && <Loading />}
      {data && context && (
        <div className="sessions-layout">
          <div className="sessions-main">
            <h2>{t("planSessions.open")}</h2>
            {open.length === 0 && <p>{t("planSessions.noneOpen")}</p>}
            {open.map((session) => (
              <SessionCard key={session.id} session={session} context={context} />
            ))}
            {manages && <ScheduleSessionForm context={context} />}
            <h2>{t("planSessions.past")}</h2>
            {closed.length === 0 && <p>{t("planSessions.nonePast")}</p>}
            {closed.map((session) => (
              <SessionCard key={session.id} session={session} context={context} />
            ))}
          </div>
          <aside className="sessions-side">
            <PlanExportsSection context={context} />
            <VersionHistory context={context} versions={data.versions} />
          </aside>
        </div>
      )}
    </section>
  );
}
