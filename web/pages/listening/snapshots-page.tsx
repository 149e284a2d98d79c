// A project's snapshots: freeze the audit under a name, list them, compare two side by side.
import { type FormEvent, useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { api } from "../../api/client.ts";
import { formErrorsOf } from "../../api/problems.ts";
import { canManageListening, type WorkspaceData } from "../../api/types.ts";
import { FormAlert, StatusMessage, TextField } from "../../components/form-field.tsx";
import { Loading, PageTitle } from "../../components/page.tsx";
import { useForm } from "../../components/use-form.ts";
import { formatDateTime } from "../challenges/format.ts";
import { type ComparisonData, ComparisonView } from "./comparison-view.tsx";
import { projectPage, projectPath, type SnapshotData } from "./listening-api.ts";

function FreezeForm({ path, onFrozen }: { path: string; onFrozen: (name: string) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState("");
  const form = useForm(["name"], ["name"], () => ({ name }));
  const submit = form.handle(async () => {
    await api.post(`${path}/snapshots`, { name: name.trim() });
    onFrozen(name.trim());
    setName("");
  });
  return (
    <form ref={form.formRef} onSubmit={submit} noValidate className="card" aria-labelledby="freeze-title">
      <h2 id="freeze-title">{t("listening.freeze")}</h2>
      <p className="hint">{t("listening.freezeHint")}</p>
      <FormAlert error={form.errors.form} />
      <TextField
        idPrefix="snapshot"
        name="name"
        label={t("listening.snapshotName")}
        value={name}
        onValue={setName}
        required
        maxLength={200}
        error={form.errors.fields.name}
      />
      <button type="submit" className="primary" aria-disabled={form.busy || undefined}>
        {t("listening.freezeSubmit")}
      </button>
    </form>
  );
}

export function SnapshotsPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = "", projectId = "" } = useParams();
  const path = projectPath(workspaceId, projectId);
  const [workspace, setWorkspace] = useState<WorkspaceData>();
  const [snapshots, setSnapshots] = useState<SnapshotData[]>();
  const [before, setBefore] = useState("");
  const [after, setAfter] = useState("");
  const [comparison, setComparison] = useState<ComparisonData>();
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<string>();

  const load = useCallback(async () => {
    const list = (await api.get<{ snapshots: SnapshotData[] }>(`${path}/snapshots`)).snapshots;
    setSnapshots(list);
    // Newest first: compare the one before the last with the last by default.
    setAfter((current) => current || list[0]?.id || "");
    setBefore((current) => current || list[1]?.id || "");
  }, [path]);

  useEffect(() => {
    const fail = (failure: unknown) => setError(formErrorsOf(failure, []).form);
    api
      .get<{ workspace: WorkspaceData }>(`/workspaces/${workspaceId}`)
      .then((r) => setWorkspace(r.workspace), fail);
    load().catch(fail);
  }, [workspaceId, load]);

  const compare = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    try {
      setComparison(await api.get<ComparisonData>(`${path}/comparison?before=${before}&after=${after}`));
    } catch (failure) {
      setError(formErrorsOf(failure, []).form);
    }
  };

  const choice = (id: string, label: string, value: string, set: (v: string) => void) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => set(event.target.value)}>
        {snapshots?.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name} — {formatDateTime(s.frozenAt, i18n.language)}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <div className="stack">
      <p className="breadcrumb">
        <Link to={projectPage(workspaceId, projectId)}>{t("listening.backToDashboard")}</Link>
      </p>
      <PageTitle text={t("listening.snapshots")} />
      <StatusMessage>{notice}</StatusMessage>
      <FormAlert error={error} />
      {workspace && canManageListening(workspace.role) && (
        <FreezeForm
          path={path}
          onFrozen={(name) => {
            setNotice(t("listening.frozen", { name }));
            setAfter("");
            setBefore("");
            void load();
          }}
        />
      )}
      <section aria-labelledby="snapshot-list-title" className="card">
        <h2 id="snapshot-list-title">{t("listening.snapshotList")}</h2>
        {!snapshots && <Loading />}
        {snapshots?.length === 0 && <p>{t("listening.noSnapshot")}</p>}
        {snapshots && snapshots.length > 0 && (
          <ul>
            {snapshots.map((s) => (
              <li key={s.id}>
                <strong>{s.name}</strong>{" "}
                <span className="meta">{formatDateTime(s.frozenAt, i18n.language)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {snapshots && snapshots.length > 1 && (
        <form onSubmit={compare} className="card" aria-labelledby="compare-title">
          <h2 id="compare-title">{t("listening.compare")}</h2>
          <div className="compare-choices">
            {choice("compare-before", t("listening.before"), before, setBefore)}
            {choice("compare-after", t("listening.after"), after, setAfter)}
          </div>
          <button type="submit" className="primary">
            {t("listening.compareSubmit")}
          </button>
        </form>
      )}
      {comparison && <ComparisonView data={comparison} />}
    </div>
  );
}
