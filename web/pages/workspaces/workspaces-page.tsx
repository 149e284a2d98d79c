// My workspaces, and the form that creates one.
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { formErrorsOf } from "../../api/problems.ts";
import { useSession } from "../../api/session.tsx";
import { client } from "../../api/typed-client.ts";
import type { WorkspaceData } from "../../api/types.ts";
import { FormAlert } from "../../components/form-field.tsx";
import { Loading, PageTitle } from "../../components/page.tsx";
import { useForm } from "../../components/use-form.ts";
import { WorkspaceFields, type WorkspaceValues } from "./workspace-fields.tsx";

const fields = ["name", "kind", "allowAnonymous"] as const;

function CreateWorkspaceForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState<WorkspaceValues>({ name: "", kind: "other", allowAnonymous: false });
  const form = useForm(fields, ["name"], () => ({ name: values.name }));

  const submit = form.handle(async () => {
    const created = await client.post("/workspaces", { body: { ...values, name: values.name.trim() } });
    navigate(`/workspaces/${created.workspace.id}`);
  });

  return (
    <section aria-labelledby="create-title" className="card">
      <h2 id="create-title">{t("workspaces.createTitle")}</h2>
      <form ref={form.formRef} onSubmit={submit} noValidate>
        <FormAlert error={form.errors.form} />
        <WorkspaceFields
          idPrefix="new"
          values={values}
          onChange={setValues}
          errors={form.errors.fields}
          nameHint={t("workspaces.nameHint")}
        />
        <button type="submit" className="primary" aria-disabled={form.busy || undefined}>
          {t("workspaces.createSubmit")}
        </button>
      </form>
    </section>
  );
}

export function WorkspacesPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [workspaces, setWorkspaces] = useState<WorkspaceData[]>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    client.get("/workspaces").then(
      (result) => setWorkspaces(result.workspaces),
      (failure: unknown) => setError(formErrorsOf(failure, []).form),
    );
  }, []);

  return (
    <div className="stack">
      <PageTitle text={t("workspaces.title")} />
      <FormAlert error={error} />
      {workspaces === undefined && !error && <Loading />}
      {workspaces?.length === 0 && <p>{t("workspaces.empty")}</p>}
      {workspaces && workspaces.length > 0 && (
        <ul className="workspace-list">
          {workspaces.map((workspace) => (
            <li key={workspace.id} className="workspace">
              <Link to={`/workspaces/${workspace.id}`}>{workspace.name}</Link>
              <span className="meta">
                {t(`kinds.${workspace.kind}`)} ·{" "}
                {t("workspaces.yourRole", { role: t(`roles.${workspace.role}`) })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to="/public">{t("publicHome.browse")}</Link>
      </p>
      {user?.anonymous ? (
        <p className="aside">
          <Link to="/sign-up">{t("workspaces.anonymousCannotCreate")}</Link>
        </p>
      ) : (
        <CreateWorkspaceForm />
      )}
    </div>
  );
}
