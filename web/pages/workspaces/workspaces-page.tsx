// My workspaces, and the form that creates one.
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { api } from "../../api/client.ts";
import { formErrorsOf } from "../../api/problems.ts";
import { useSession } from "../../api/session.tsx";
import { type WorkspaceData, type WorkspaceKind, workspaceKinds } from "../../api/types.ts";
import { CheckboxField, FormAlert, SelectField, TextField } from "../../components/form-field.tsx";
import { Loading, PageTitle } from "../../components/page.tsx";
import { useForm } from "../../components/use-form.ts";

const fields = ["name", "kind", "allowAnonymous"] as const;

function CreateWorkspaceForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [name, setName] = useState("");
  const [kind, setKind] = useState<WorkspaceKind>("other");
  const [allowAnonymous, setAllowAnonymous] = useState(false);
  const form = useForm(fields, ["name"], () => ({ name }));

  const submit = form.handle(async () => {
    const created = await api.post<{ workspace: WorkspaceData }>("/workspaces", {
      name: name.trim(),
      kind,
      allowAnonymous,
    });
    navigate(`/workspaces/${created.workspace.id}`);
  });

  return (
    <section aria-labelledby="create-title" className="card">
      <h2 id="create-title">{t("workspaces.createTitle")}</h2>
      <form ref={form.formRef} onSubmit={submit} noValidate>
        <FormAlert error={form.errors.form} />
        <TextField
          idPrefix="new"
          name="name"
          label={t("workspaces.name")}
          hint={t("workspaces.nameHint")}
          value={name}
          onValue={setName}
          error={form.errors.fields.name}
          maxLength={120}
          required
        />
        <SelectField
          idPrefix="new"
          name="kind"
          label={t("workspaces.kind")}
          value={kind}
          onValue={(value) => setKind(value as WorkspaceKind)}
          error={form.errors.fields.kind}
          options={workspaceKinds.map((value) => ({ value, label: t(`kinds.${value}`) }))}
        />
        <CheckboxField
          idPrefix="new"
          name="allowAnonymous"
          label={t("workspaces.allowAnonymous")}
          hint={t("workspaces.allowAnonymousHint")}
          checked={allowAnonymous}
          onChecked={setAllowAnonymous}
          error={form.errors.fields.allowAnonymous}
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
    api.get<{ workspaces: WorkspaceData[] }>("/workspaces").then(
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
