// The owner's settings of a workspace: name, kind of organization, anonymous participation.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { type WorkspaceData, type WorkspaceKind, workspaceKinds } from "../../api/types.ts";
import {
  CheckboxField,
  FormAlert,
  SelectField,
  StatusMessage,
  TextField,
} from "../../components/form-field.tsx";
import { useForm } from "../../components/use-form.ts";

const fields = ["name", "kind", "allowAnonymous"] as const;

export function SettingsSection({
  workspace,
  onSaved,
}: {
  workspace: WorkspaceData;
  onSaved: (workspace: WorkspaceData) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(workspace.name);
  const [kind, setKind] = useState<WorkspaceKind>(workspace.kind);
  const [allowAnonymous, setAllowAnonymous] = useState(workspace.allowAnonymous);
  const [saved, setSaved] = useState(false);
  const form = useForm(fields, ["name"], () => ({ name }));

  const submit = form.handle(async () => {
    setSaved(false);
    const result = await api.patch<{ workspace: WorkspaceData }>(`/workspaces/${workspace.id}`, {
      name: name.trim(),
      kind,
      allowAnonymous,
    });
    onSaved(result.workspace);
    setSaved(true);
  });

  return (
    <section aria-labelledby="settings-title" className="card">
      <h2 id="settings-title">{t("settings.title")}</h2>
      <form ref={form.formRef} onSubmit={submit} noValidate>
        <FormAlert error={form.errors.form} />
        <StatusMessage>{saved && t("settings.saved")}</StatusMessage>
        <TextField
          idPrefix="settings"
          name="name"
          label={t("workspaces.name")}
          value={name}
          onValue={setName}
          error={form.errors.fields.name}
          maxLength={120}
          required
        />
        <SelectField
          idPrefix="settings"
          name="kind"
          label={t("workspaces.kind")}
          value={kind}
          onValue={(value) => setKind(value as WorkspaceKind)}
          error={form.errors.fields.kind}
          options={workspaceKinds.map((value) => ({ value, label: t(`kinds.${value}`) }))}
        />
        <CheckboxField
          idPrefix="settings"
          name="allowAnonymous"
          label={t("workspaces.allowAnonymous")}
          hint={t("workspaces.allowAnonymousHint")}
          checked={allowAnonymous}
          onChecked={setAllowAnonymous}
          error={form.errors.fields.allowAnonymous}
        />
        <button type="submit" className="primary" aria-disabled={form.busy || undefined}>
          {t("settings.submit")}
        </button>
      </form>
    </section>
  );
}
