// The owner's settings of a workspace: name, kind of organization, anonymous participation.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { client } from "../../api/typed-client.ts";
import type { WorkspaceData } from "../../api/types.ts";
import { FormAlert, StatusMessage } from "../../components/form-field.tsx";
import { useForm } from "../../components/use-form.ts";
import { WorkspaceFields, type WorkspaceValues } from "./workspace-fields.tsx";

const fields = ["name", "kind", "allowAnonymous"] as const;

export function SettingsSection({
  workspace,
  onSaved,
}: {
  workspace: WorkspaceData;
  onSaved: (workspace: WorkspaceData) => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<WorkspaceValues>({
    name: workspace.name,
    kind: workspace.kind,
    allowAnonymous: workspace.allowAnonymous,
  });
  const [saved, setSaved] = useState(false);
  const form = useForm(fields, ["name"], () => ({ name: values.name }));

  const submit = form.handle(async () => {
    setSaved(false);
    const result = await client.patch("/workspaces/:workspaceId", {
      params: { workspaceId: workspace.id },
      body: { ...values, name: values.name.trim() },
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
        <WorkspaceFields
          idPrefix="settings"
          values={values}
          onChange={setValues}
          errors={form.errors.fields}
        />
        <button type="submit" className="primary" aria-disabled={form.busy || undefined}>
          {t("settings.submit")}
        </button>
      </form>
    </section>
  );
}
