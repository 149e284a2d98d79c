// A workspace's plans: the list, last edited first, and for owners and managers the form that starts one.
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { api } from "../../api/client.ts";
import { formErrorsOf } from "../../api/problems.ts";
import type { WorkspaceData } from "../../api/types.ts";
import { FormAlert, SelectField, TextField } from "../../components/form-field.tsx";
import { Loading, PageTitle } from "../../components/page.tsx";
import { canManagePlans, type PlanData } from "./plan-types.ts";
import "./plans.css";

export function PlansPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = "" } = useParams();
  const navigate = useNavigate();
  const [workspace, setWorkspace] = useState<WorkspaceData & { role: import("../../api/types.ts").Role }>();
  const [plans, setPlans] = useState<PlanData[]>();
  const [error, setError] = useState<string>();
  const [title, setTitle] = useState("");
  const [language, setLanguage] = useState(i18n.language.startsWith("en") ? "en" : "fr");
  const [fieldErrors, setFieldErrors] = useState<Record<string, string | undefined>>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api
      .get<{ workspace: WorkspaceData & { role: import("../../api/types.ts").Role } }>(
        `/workspaces/${workspaceId}`,
      )
      .then((result) => setWorkspace(result.workspace))
      .catch((failure: unknown) => setError(formErrorsOf(failure, []).form));
    api
      .get<{ plans: PlanData[] }>(`/workspaces/${workspaceId}/plans`)
      .then((result) => setPlans(result.plans))
      .catch((failure: unknown) => setError(formErrorsOf(failure, []).form));
  }, [workspaceId]);

  async function create(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (!title.trim()) {
      setFieldErrors({ title: "validation.required" });
      return;
    }
    setBusy(true);
    try {
      const created = await api.post<{ plan: PlanData }>(`/workspaces/${workspaceId}/plans`, {
        title,
        language,
      });
      navigate(`/workspaces/${workspaceId}/plans/${created.plan.id}`);
    } catch (failure) {
      const errors = formErrorsOf(failure, ["title", "language"]);
      setFieldErrors(errors.fields);
      setError(errors.form);
    } finally {
      setBusy(false);
    }
  }

  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: "long", timeStyle: "short" });
  return (
    <section className="narrow">
      <p>
        <Link to={`/workspaces/${workspaceId}`}>{workspace?.name ?? t("plans.backToWorkspace")}</Link>
      </p>
      <PageTitle text={t("plans.title")} />
      <p>{t("plans.intro")}</p>
      <FormAlert error={error} />
      {!plans && !error && <Loading />}
      {plans?.length === 0 && <p>{t("plans.none")}</p>}
      {plans && plans.length > 0 && (
        <ul className="plan-list">
          {plans.map((plan) => (
            <li key={plan.id} className="card plan-item">
              <Link to={`/workspaces/${workspaceId}/plans/${plan.id}`}>{plan.title}</Link>
              <span className="meta">
                {t("plans.updated", { date: dateFormat.format(new Date(plan.updatedAt)) })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {workspace && canManagePlans(workspace.role) && (
        <form onSubmit={create} noValidate className="card" aria-labelledby="new-plan-title">
          <h2 id="new-plan-title">{t("plans.new")}</h2>
          <p className="hint">{t("plans.newHint")}</p>
          <TextField
            idPrefix="plan"
            name="title"
            label={t("plans.planTitle")}
            value={title}
            onValue={setTitle}
            error={fieldErrors.title}
            required
          />
          <SelectField
            idPrefix="plan"
            name="language"
            label={t("plans.language")}
            value={language}
            onValue={setLanguage}
            options={[
              { value: "fr", label: t("plans.languages.fr") },
              { value: "en", label: t("plans.languages.en") },
            ]}
            error={fieldErrors.language}
          />
          <button type="submit" className="button primary" disabled={busy}>
            {t("plans.start")}
          </button>
        </form>
      )}
    </section>
  );
}
