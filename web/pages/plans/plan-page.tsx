// A plan: its title, then the live editor (loaded on demand, so the rest of the app stays light).
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { api } from "../../api/client.ts";
import { formErrorsOf } from "../../api/problems.ts";
import { useSession } from "../../api/session.tsx";
import type { Role, WorkspaceData } from "../../api/types.ts";
import { FormAlert } from "../../components/form-field.tsx";
import { Loading, PageTitle } from "../../components/page.tsx";
import type { PlanContentData } from "./plan-types.ts";
import "./plans.css";

const PlanEditor = lazy(async () => ({ default: (await import("./plan-editor.tsx")).PlanEditor }));

export function PlanPage() {
  const { t } = useTranslation();
  const { workspaceId = "", planId = "" } = useParams();
  const { user } = useSession();
  const [content, setContent] = useState<PlanContentData>();
  const [role, setRole] = useState<Role>();
  const [error, setError] = useState<string>();

  const reload = useCallback(() => {
    api
      .get<PlanContentData>(`/workspaces/${workspaceId}/plans/${planId}`)
      .then(setContent)
      .catch((failure: unknown) => setError(formErrorsOf(failure, []).form));
  }, [workspaceId, planId]);

  useEffect(() => {
    reload();
    api
      .get<{ workspace: WorkspaceData & { role: Role } }>(`/workspaces/${workspaceId}`)
      .then((result) => setRole(result.workspace.role))
      .catch(() => {});
  }, [workspaceId, reload]);

  const validations = useMemo(
    () => new Map((content?.sections ?? []).map((section) => [section.id, section.validation])),
    [content],
  );

  return (
    <section className="plan-page">
      <p>
        <Link to={`/workspaces/${workspaceId}/plans`}>{t("plans.title")}</Link>
      </p>
      <PageTitle text={content?.plan.title ?? t("plans.title")} />
      <nav className="plan-links" aria-label={t("planCalendar.planLinks")}>
        <Link to={`/workspaces/${workspaceId}/plans/${planId}/sessions`}>{t("planSessions.link")}</Link>
        <Link to={`/workspaces/${workspaceId}/plans/${planId}/calendar`}>{t("planCalendar.link")}</Link>
      </nav>
      <FormAlert error={error} />
      {!content && !error && <Loading />}
      {content && user && (
        <Suspense fallback={<Loading />}>
          <PlanEditor
            workspaceId={workspaceId}
            planId={planId}
            userName={user.name}
            canValidate={role !== undefined}
            validations={validations}
            onEdited={reload}
          />
        </Suspense>
      )}
    </section>
  );
}
